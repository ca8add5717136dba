namespace NtSim;

public sealed partial class EPROCESS
{
    /// <summary>The process's base priority (KPROCESS.BasePriority): its priority class's level,
    /// NORMAL_PRIORITY_CLASS's 8 unless SetPriorityClass changed it; the System process's is 8.</summary>
    internal int BasePriority { get; set; } = Priorities.Normal;
}
