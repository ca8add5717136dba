using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace NtSim;

/// <summary>
/// Why the machine broke into the kernel debugger (<see cref="RunStatus.Break"/>): the exception the
/// debugger was told of (STATUS_BREAKPOINT for DbgBreakPoint and RtlAssert's int 3,
/// STATUS_ASSERTION_FAILURE for NT_ASSERT's int 2c), the assertion's text and message, and where the
/// driver's code stood: its module, its routine, file and line.
/// </summary>
[DebuggerDisplay("{FirstLine,nq}")]
public sealed class BreakReport
{
    internal BreakReport(NTSTATUS code, string? assertion, string? message, uint? status, string? file, int line,
        string? module, string? location, bool debuggerAttached, string thread, int processor, long interruptTime)
    {
        Code = code;
        Assertion = assertion;
        Message = message;
        Status = status;
        File = file;
        Line = line;
        Module = module;
        Location = location;
        DebuggerAttached = debuggerAttached;
        Thread = thread;
        Processor = processor;
        InterruptTime = interruptTime;
    }

    /// <summary>The exception code: STATUS_BREAKPOINT (0x80000003) or STATUS_ASSERTION_FAILURE (0xC0000420).</summary>
    public NTSTATUS Code { get; }

    /// <summary>The failed assertion's expression as written ("Irp != NULL"); null for a breakpoint.</summary>
    public string? Assertion { get; }

    /// <summary>The message of ASSERTMSG, NT_ASSERTMSG or NT_VERIFYMSG; null otherwise.</summary>
    public string? Message { get; }

    /// <summary>The value DbgBreakPointWithStatus sent to the debugger; null for the other breaks.</summary>
    public uint? Status { get; }

    /// <summary>The source file of the assertion (its [CallerFilePath]); for a breakpoint, null.</summary>
    public string? File { get; }

    /// <summary>The assertion's line (its [CallerLineNumber]); 0 for a breakpoint.</summary>
    public int Line { get; }

    /// <summary>The module whose code broke in ("Sample").</summary>
    public string? Module { get; }

    /// <summary>The driver's frame: "Sample!SampleDriver.DispatchRead, SampleDriver.cs:42".</summary>
    public string? Location { get; }

    /// <summary>False when debugging is enabled but no debugger is connected: the machine waits for one.</summary>
    public bool DebuggerAttached { get; }

    /// <summary>The simulated thread that broke in.</summary>
    public string Thread { get; }

    /// <summary>The number of the processor that broke in.</summary>
    public int Processor { get; }

    /// <summary>Interrupt time (100 ns units since boot) of the break.</summary>
    public long InterruptTime { get; }

    /// <summary>The number of the breakpoint that was hit (<see cref="BreakpointTable"/>), or null.</summary>
    public int? Breakpoint { get; internal init; }

    /// <summary>Where a breakpoint, a step or a break-in request stopped the thread: the DDI or routine it was entering.</summary>
    public BreakpointTarget? Reached { get; internal init; }

    /// <summary>The break ends a debugger's step (<c>p</c>, <c>t</c>).</summary>
    public bool IsStep { get; internal init; }

    /// <summary>The frames of driver and client code on the thread's stack at a breakpoint or step, innermost first, each
    /// "Module!Type.Method, File.cs:42" (the line where the frame stands, when its image has symbols).</summary>
    public IReadOnlyList<string> Frames { get; internal init; } = [];

    /// <summary>The debugger's first line: "Assertion failure - code c0000420 (first chance)",
    /// "Break instruction exception - code 80000003 (first chance)", or "Breakpoint 0 hit".</summary>
    public string FirstLine => Breakpoint is { } id
        ? string.Create(CultureInfo.InvariantCulture, $"Breakpoint {id} hit")
        : string.Create(CultureInfo.InvariantCulture,
            $"{(Code == Wdm.STATUS_ASSERTION_FAILURE ? "Assertion failure" : "Break instruction exception")} - code {(uint)Code:x8} (first chance)");

    /// <summary>The report as the debugger's console will print it: the first line, the assertion and
    /// its message, the driver's frame, file and line, and the thread.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(FirstLine);
        if (Message is not null)
        {
            text.AppendLine().Append("Message: ").Append(Message);
        }

        if (Assertion is not null)
        {
            text.AppendLine().Append("Assertion: ").Append(Assertion);
        }

        if (Status is { } status)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"Status: 0x{status:X8}");
        }

        text.AppendLine().Append("  in ").Append(Location ?? Module ?? "kernel code");
        if (File is not null && (Location is null || !Location.EndsWith(SourceSite.Format(File, Line), StringComparison.Ordinal)))
        {
            text.Append(" (").Append(SourceSite.Format(File, Line)).Append(')');
        }

        text.Append(CultureInfo.InvariantCulture, $" [{Thread} on processor {Processor}]");
        if (!DebuggerAttached)
        {
            text.AppendLine().Append("Kernel debugging is enabled but no debugger is connected: the machine waits for one.");
        }

        return text.ToString();
    }
}
