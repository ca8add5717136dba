namespace NtSim;

public sealed partial class Machine
{
    private Hardware? _hardware;

    /// <summary>The I/O port and memory-mapped register spaces, where device models decode ranges (docs/hardware.md).</summary>
    public Hardware Hardware => LazyInitializer.EnsureInitialized(ref _hardware, () => new Hardware(this));
}
