using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace NtSim;

/// <summary>What a bug check recorded: the code and its four parameters, as KeBugCheckEx takes
/// them, and what NtSim knows beyond Windows: the module at fault, the source line, and an account.</summary>
[DebuggerDisplay("{Summary,nq}")]
public sealed class BugCheckInfo
{
    internal BugCheckInfo(uint code, ulong p1, ulong p2, ulong p3, ulong p4, string detail, string? module, string? location, string thread, int processor, long interruptTime)
    {
        Code = code;
        Parameter1 = p1;
        Parameter2 = p2;
        Parameter3 = p3;
        Parameter4 = p4;
        Name = NtNames.BugCheckName(code);
        Detail = detail;
        Module = module;
        Location = location;
        Thread = thread;
        Processor = processor;
        InterruptTime = interruptTime;
    }

    /// <summary>The bug check code (0xD1 for DRIVER_IRQL_NOT_LESS_OR_EQUAL).</summary>
    public uint Code { get; }
    /// <summary>The bug check's symbolic name ("DRIVER_IRQL_NOT_LESS_OR_EQUAL").</summary>
    public string Name { get; }
    /// <summary>The first parameter; its meaning depends on the code (see the Bug Check Code Reference).</summary>
    public ulong Parameter1 { get; }
    /// <summary>The second parameter; its meaning depends on the code.</summary>
    public ulong Parameter2 { get; }
    /// <summary>The third parameter; its meaning depends on the code.</summary>
    public ulong Parameter3 { get; }
    /// <summary>The fourth parameter; its meaning depends on the code.</summary>
    public ulong Parameter4 { get; }

    /// <summary>The four parameters, as a debugger lists them.</summary>
    public IReadOnlyList<ulong> Parameters => [Parameter1, Parameter2, Parameter3, Parameter4];

    /// <summary>The rule that was broken, in words.</summary>
    public string Detail { get; }

    /// <summary>The module (driver) whose code was running, e.g. "Sample"; null if only the kernel ran.</summary>
    public string? Module { get; }

    /// <summary>The first frame outside NtSim: "Sample!SampleDpcRoutine, SampleDriver.cs:42".</summary>
    public string? Location { get; }

    /// <summary>The simulated thread that was running.</summary>
    public string Thread { get; }

    /// <summary>The number of the processor that bug checked.</summary>
    public int Processor { get; }

    /// <summary>Interrupt time (100 ns units since boot) of the crash.</summary>
    public long InterruptTime { get; }

    /// <summary>"DRIVER_IRQL_NOT_LESS_OR_EQUAL (d1)".</summary>
    public string Summary => $"{Name} ({Code.ToString("x", CultureInfo.InvariantCulture)})";

    /// <summary>One readable paragraph: name, code, parameters, rule, module and line.</summary>
    public string Account
    {
        get
        {
            var text = new StringBuilder();
            text.Append(Summary).Append(": ").Append(Detail);
            if (Location is not null)
            {
                text.Append("; in ").Append(Location);
            }
            else if (Module is not null)
            {
                text.Append("; in ").Append(Module);
            }

            text.Append(CultureInfo.InvariantCulture, $" [{Thread} on processor {Processor}]");
            return text.ToString();
        }
    }

    /// <summary>The stop line as the blue screen and the debugger print it.</summary>
    public string StopLine => string.Create(CultureInfo.InvariantCulture,
        $"*** STOP: 0x{Code:X8} (0x{Parameter1:X16},0x{Parameter2:X16},0x{Parameter3:X16},0x{Parameter4:X16})");

    /// <summary>The stop line and, after it, the account.</summary>
    public override string ToString() => StopLine + Environment.NewLine + Account;
}
