namespace NtSim;

/// <summary>Where a probe sits in a driver's code.</summary>
internal enum ProbeKind
{
    /// <summary>The first instruction of a method: where a method breakpoint hooks; checks the stack.</summary>
    MethodEntry,

    /// <summary>A branch back to an earlier instruction (a loop's back-edge): checks the thread's budget.</summary>
    BackEdge,

    /// <summary>A visible sequence point (where a source line's code starts): where line breakpoints and stepping by
    /// line hook; does nothing while no machine of the process has a line breakpoint or a line step armed.</summary>
    Line,
}
