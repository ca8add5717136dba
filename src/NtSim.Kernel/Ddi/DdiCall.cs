namespace NtSim;

/// <summary>One call of a DDI as a hook sees it: the DDI, the thread, the module that called it
/// and the IRQL it was called at.</summary>
public readonly record struct DdiCall(string Ddi, KTHREAD Thread, string Module, KIRQL Irql)
{
    /// <summary>"Ddi from Module at IRQL n [thread]".</summary>
    public override string ToString() => $"{Ddi} from {Module} at IRQL {(int)Irql} [{Thread}]";
}
