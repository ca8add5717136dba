namespace NtSim;

public sealed partial class Machine
{
    private PhysicalMemory? _physicalMemory;

    /// <summary>Contiguous buffers and MDL page allocations (MmAllocateContiguousMemory*, MmAllocatePagesForMdl*).</summary>
    internal PhysicalMemory PhysicalMemory => LazyInitializer.EnsureInitialized(ref _physicalMemory, () => new PhysicalMemory(this));
}

public sealed partial class Machine
{
    private PagableSections? _pagableSections;

    /// <summary>The lock counts of drivers' pageable sections (MmLockPagable*Section).</summary>
    internal PagableSections PagableSections => LazyInitializer.EnsureInitialized(ref _pagableSections, () => new PagableSections());
}

public sealed partial class Machine
{
    private SecurePools? _securePools;

    /// <summary>The secure pools (ExCreatePool) and their allocations.</summary>
    internal SecurePools SecurePools => LazyInitializer.EnsureInitialized(ref _securePools, () => new SecurePools(this));
}
