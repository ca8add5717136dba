using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// Mm: the machine's virtual memory. System space has one page map shared by every process and
/// holds the pool regions; user space belongs to the address space of the current process.
/// </summary>
internal sealed partial class MemoryManager
{
    internal MemoryManager()
    {
        NonPagedPool = new SystemRegion("nonpaged pool", SystemMap, MmLayout.NonPagedPoolStart, MmLayout.PoolRegionSize, paged: false);
        PagedPool = new SystemRegion("paged pool", SystemMap, MmLayout.PagedPoolStart, MmLayout.PoolRegionSize, paged: true);
        AddressSpaceResolver = static thread => thread.ApcStateProcess.AddressSpace;
        SystemPtes = new SystemPtes(SystemMap);
    }

    /// <summary>The page map of system space (the upper half of every address space).</summary>
    internal PageMap SystemMap { get; } = new();

    internal SystemRegion NonPagedPool { get; }

    internal SystemRegion PagedPool { get; }

    /// <summary>Where MDLs are mapped into system space.</summary>
    internal SystemPtes SystemPtes { get; }

    /// <summary>Finds the address space a thread runs in: that of its current process (its own, or
    /// the one it is attached to). Tests may replace it.</summary>
    internal Func<KTHREAD, AddressSpace> AddressSpaceResolver { get; set; }

    /// <summary>The page entry for <paramref name="address"/> as <paramref name="thread"/> sees it,
    /// or a null ref (non-canonical, or no page table maps it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref PageTableEntry Find(KTHREAD thread, ulong address)
    {
        if (MmLayout.IsSystem(address))
        {
            return ref SystemMap.Find(address);
        }

        if (address >= MmLayout.LowestUserAddress && address <= MmLayout.HighestUserAddress)
        {
            return ref AddressSpaceResolver(thread).Map.Find(address);
        }

        return ref Unsafe.NullRef<PageTableEntry>();
    }

    /// <summary>MmIsAddressValid: a touch of <paramref name="address"/> would not fault.</summary>
    internal bool IsAddressValid(KTHREAD thread, ulong address)
    {
        ref var pte = ref Find(thread, address);
        return !Unsafe.IsNullRef(ref pte) && pte.IsCommitted && (pte.Attributes & (PageAttributes.Guard | PageAttributes.NoAccess)) == 0;
    }

    /// <summary>What lives at an address, for bug check accounts.</summary>
    internal string Describe(ulong address)
    {
        if (NonPagedPool.Contains(address))
        {
            return "nonpaged pool";
        }

        if (PagedPool.Contains(address))
        {
            return "paged pool";
        }

        if (SystemPtes.Contains(address))
        {
            return "system PTEs (MDL mappings)";
        }

        if (MmLayout.IsUser(address))
        {
            return address < MmLayout.LowestUserAddress ? "the no-access region at the bottom of user space" : "user space";
        }

        return MmLayout.IsSystem(address) ? "system space" : "a non-canonical address";
    }
}
