using System.Diagnostics;
using NtSim.Debugger.Dump;
using NtSim.Debugger.Commands.Breakpoints;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target;

namespace NtSim.Debugger;

/// <summary>
/// A kernel debugger session on a machine, as WinDbg/KD attached to a target: <see cref="Execute"/>
/// runs one command line (several commands separated by ';') and returns the text WinDbg would print
/// for it, with NtSim's real addresses, names and values. The machine should be stopped (a bug check,
/// a break, or a host that is not running it) while commands read it. docs/debugger.md.
/// </summary>
[DebuggerDisplay("kd on {Target}")]
public sealed partial class KernelDebugger
{
    private readonly KdCommandTable _commands = KdCommandTable.Default;
    private int _currentProcessor;
    private object? _stopSeen;

    /// <summary>A session on <paramref name="machine"/>.</summary>
    public KernelDebugger(Machine machine)
    {
        ArgumentNullException.ThrowIfNull(machine);
        Target = new KdLiveTarget(machine);
    }

    private KernelDebugger(KdTarget target, int processor)
    {
        Target = target;
        CurrentProcessor = processor;
    }

    /// <summary>A session on the crash dump at <paramref name="path"/>, as <c>kd -z</c> opens one. A file that is not an
    /// NtSim crash dump (or is damaged) throws <see cref="InvalidDataException"/> naming what is wrong and where.</summary>
    public static KernelDebugger OpenDump(string path)
    {
        var dump = CrashDumpFile.Read(path);
        return new KernelDebugger(new KdDumpTarget(dump), Math.Max(0, dump.BugCheckProcessor));
    }

    /// <summary>The machine the session reads; null for a session on a crash dump.</summary>
    public Machine? Machine => Target.Live;

    /// <summary>The crash dump the session reads, or null for a live machine.</summary>
    public string? DumpPath => Target.DumpPath;

    internal KdTarget Target { get; }

    /// <summary>The processor the session's commands refer to: each time the machine stops anew (a bug check, a
    /// break), the processor that stopped it, as WinDbg's prompt shows the processor that broke in; else 0.</summary>
    public int CurrentProcessor
    {
        get
        {
            FollowStop();
            return _currentProcessor;
        }

        internal set
        {
            FollowStop();
            _currentProcessor = value;
        }
    }

    /// <summary>The prompt: <c>0: kd&gt; </c>.</summary>
    public string Prompt => $"{CurrentProcessor}: kd> ";

    /// <summary>Set by the console when its output is a terminal: <c>.cls</c> then clears the screen (with an ANSI sequence).</summary>
    public bool Terminal { get; init; }

    /// <summary>Set by <c>q</c>: the console ends the session.</summary>
    public bool QuitRequested { get; internal set; }

    /// <summary>Runs <paramref name="commandLine"/> and returns what it printed (each line ending in '\n').
    /// An unknown command or a bad argument prints WinDbg's error text; nothing throws for bad input.</summary>
    public string Execute(string commandLine)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        var output = new StringWriter { NewLine = "\n" };
        var context = new KdContext(this, output);
        foreach (var command in KdCommandLine.Split(commandLine))
        {
            _commands.Run(context, command);
            if (QuitRequested)
            {
                break;
            }
        }

        return output.ToString();
    }

    /// <summary>Moves to the processor of a stop the session has not seen yet (a chosen processor holds until then).</summary>
    private void FollowStop()
    {
        if (Machine is null)
        {
            return; // a dump's session starts on the processor that bug checked and stays where it is put
        }

        var (stop, processor) = Machine.BugCheck is { } bugCheck
            ? ((object?)bugCheck, bugCheck.Processor)
            : Machine.Debugger.Break is { } report ? (report, report.Processor) : (null, _currentProcessor);
        if (!ReferenceEquals(stop, _stopSeen))
        {
            _stopSeen = stop;
            _currentProcessor = processor;
        }
    }

    /// <summary>What the debugger prints when the machine has just stopped by itself (a breakpoint, a break, a bug check):
    /// the arrival text, after which a breakpoint's condition and command string are honoured as after <c>g</c> (a
    /// false condition or a command string ending in <c>g</c> lets the machine run on). Returns the text.</summary>
    public string Arrived()
    {
        var output = new StringWriter { NewLine = "\n" };
        KdResume.Arrived(new KdContext(this, output));
        return output.ToString();
    }

    /// <summary>The commands this session knows, with their one-line help, in <c>.help</c>'s order.</summary>
    public IReadOnlyList<(string Name, string Help)> Commands => _commands.HelpLines;
}
