namespace NtSim.Samples.Zero;

/// <summary>The Zero device's extension: its two byte counters. Reads and writes may run on several
/// processors at once, so every update is one interlocked operation (InterlockedAdd64) and no lock is needed.</summary>
internal sealed class ZERO_DEVICE_EXTENSION
{
    public long TotalRead;
    public long TotalWritten;
}
