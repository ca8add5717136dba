using System.Diagnostics;

namespace NtSim;

/// <summary>Where a breakpoint stops: a DDI by name (<c>nt!IoCompleteRequest</c>), a driver routine by its module and
/// "Type.Method" name (<c>Zero!ZeroRead</c>), or a source line of an instrumented driver (<c>ZeroDriver.cs:72</c>).</summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record BreakpointTarget
{
    private BreakpointTarget(BreakpointKind kind, string module, string name, int line)
    {
        Kind = kind;
        Module = module;
        Name = name;
        Line = line;
    }

    /// <summary>What the breakpoint is set on.</summary>
    public BreakpointKind Kind { get; }

    /// <summary>The module: "nt" for a DDI, the driver's module name for a routine, "" for a line.</summary>
    public string Module { get; }

    /// <summary>The DDI's name, the routine's "Type.Method", or the source file's name for a line.</summary>
    public string Name { get; }

    /// <summary>The line of a line breakpoint; 0 otherwise.</summary>
    public int Line { get; }

    /// <summary>A breakpoint on entry to the DDI <paramref name="ddi"/>.</summary>
    public static BreakpointTarget Ddi(string ddi) => new(BreakpointKind.Ddi, "nt", ddi, 0);

    /// <summary>A breakpoint on entry to the routine "Type.Method" of the module <paramref name="module"/>.</summary>
    public static BreakpointTarget Routine(string module, string routine) => new(BreakpointKind.Routine, module, routine, 0);

    /// <summary>A breakpoint on a source line (the file's name, without its folder).</summary>
    public static BreakpointTarget SourceLine(string file, int line) => new(BreakpointKind.Line, "", Path.GetFileName(file), line);

    /// <summary>A breakpoint on a source line of the driver <paramref name="module"/> ("" for any loaded driver):
    /// <paramref name="file"/> is a file's name or the tail of its path, as WinDbg's <c>`[[Module!]Filename][:LineNumber]`</c>.</summary>
    public static BreakpointTarget SourceLine(string module, string file, int line) => new(BreakpointKind.Line, module, file, line);

    /// <summary>"nt!IoCompleteRequest", "Zero!ZeroDriver.ZeroRead", "ZeroDriver.cs:72" or "Zero!ZeroDriver.cs:72".</summary>
    public override string ToString() => Kind == BreakpointKind.Line
        ? (Module.Length == 0 ? "" : Module + "!") + $"{Name}:{Line}"
        : $"{Module}!{Name}";
}

/// <summary>The kinds of <see cref="BreakpointTarget"/>.</summary>
public enum BreakpointKind
{
    /// <summary>Entry to a DDI, at the DDI gate.</summary>
    Ddi,

    /// <summary>Entry to a driver routine: its entry probe (instrumented image) or the kernel's call into it.</summary>
    Routine,

    /// <summary>A source line: the line probes of an instrumented image.</summary>
    Line,
}
