namespace NtSim;

public sealed partial class Machine
{
    /// <summary>The executive pool: nonpaged and paged pool, per-tag use, validation.</summary>
    public ExPool Pool { get; }

    /// <summary>What every module holds (pool, lookaside lists, ...), with the lines that allocated it.</summary>
    public ResourceTracker Tracking { get; }

    /// <summary>Mm: address spaces, pages, and memory access.</summary>
    internal MemoryManager Memory { get; }
}
