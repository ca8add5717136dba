namespace NtSim.Samples.Zero;

/// <summary>The Zero device's extension: the statistics and the spin lock that guards them
/// (reads and writes may run on several processors at once).</summary>
internal sealed class ZERO_DEVICE_EXTENSION
{
    public readonly KSPIN_LOCK StatisticsLock = new();
    public ZERO_STATISTICS Statistics;
}
