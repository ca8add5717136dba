namespace NtSim.Debugger.Target.Views;

/// <summary>The machine as a whole: its Windows release, processors, kernel base and clocks (vertarget's lines).</summary>
internal sealed record KdSystemView(string KernelName, uint Build, string? ServicePack, int Processors, ulong KernelBase,
    long InterruptTime, long SystemTimeAtBoot);

/// <summary>The bug check as the machine recorded it (BugCheckInfo's fields), and the KMDF client driver a
/// WDF_VIOLATION's FxDriverGlobals (P4) names, read while the framework still knew it.</summary>
internal sealed record KdBugCheckView(uint Code, ulong Parameter1, ulong Parameter2, ulong Parameter3, ulong Parameter4,
    string Detail, string? Module, string? Location, string Thread, int Processor, long InterruptTime, string? FrameworkClient)
{
    /// <summary>The kernel's record, rebuilt (commands share their formatting with the live machine's).</summary>
    internal BugCheckInfo ToInfo() => new(Code, Parameter1, Parameter2, Parameter3, Parameter4, Detail, Module, Location, Thread, Processor, InterruptTime);
}
