namespace NtSim;

public sealed partial class KTHREAD
{
    /// <summary>The processors the thread may run on (bit n: processor n); every processor by default.
    /// The schedulers assign the thread only to a processor in the mask.</summary>
    internal ulong Affinity { get; set; } = ulong.MaxValue;

    /// <summary>The affinity KeRevertToUserAffinityThread returns to: the one before the first
    /// KeSetSystemAffinityThread, or null while no system affinity is set.</summary>
    internal ulong? UserAffinity { get; set; }

    internal bool CanRunOn(Processor p) => (Affinity & (1UL << p.Number)) != 0;
}
