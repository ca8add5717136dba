namespace NtSim;

public sealed partial class Machine
{
    /// <summary>The executive pool: nonpaged and paged pool, per-tag use, validation.</summary>
    public ExPool Pool { get; private set; } = null!;

    /// <summary>What every module holds (pool, lookaside lists, ...), with the lines that allocated it.</summary>
    public ResourceTracker Tracking { get; private set; } = null!;

    /// <summary>Mm: address spaces, pages, and memory access.</summary>
    internal MemoryManager Memory { get; private set; } = null!;

    /// <summary>Creates Mm, the pool and tracking (InitializeExecutive, before any thread runs).</summary>
    private void InitializeMemory()
    {
        Memory = new MemoryManager();
        Tracking = new ResourceTracker();
        Pool = new ExPool(Memory, Tracking, (ulong)Options.MemoryMegabytes << 20);
    }
}
