using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// A four-level page table with the x64 split of a virtual address (PML4, PDPT, PD and PT index,
/// 9 bits each, then the 12-bit page offset). A lookup is four array reads: O(1) in the size of
/// the address space. Tables are created on demand under a lock and read without one; entries
/// are written by the owner of the range (a region or address space) under its own lock.
/// </summary>
internal sealed partial class PageMap
{
    private const int Fanout = 512;
    private readonly Upper _root = new(holdsPageTables: false);
    private readonly Lock _growLock = new();

    /// <summary>The entry for <paramref name="address"/>, or a null ref when no table covers it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref PageTableEntry Find(ulong address)
    {
        var pdpt = _root.Next[Index(address, 39)];
        if (pdpt is null)
        {
            return ref Unsafe.NullRef<PageTableEntry>();
        }

        var pd = pdpt.Next[Index(address, 30)];
        if (pd is null)
        {
            return ref Unsafe.NullRef<PageTableEntry>();
        }

        var pt = pd.Tables[Index(address, 21)];
        if (pt is null)
        {
            return ref Unsafe.NullRef<PageTableEntry>();
        }

        return ref pt[Index(address, 12)];
    }

    /// <summary>The entry for <paramref name="address"/>, creating the tables that lead to it.</summary>
    internal ref PageTableEntry Ensure(ulong address)
    {
        ref var entry = ref Find(address);
        if (!Unsafe.IsNullRef(ref entry))
        {
            return ref entry;
        }

        lock (_growLock)
        {
            var pdpt = _root.Next[Index(address, 39)] ??= new Upper(holdsPageTables: false);
            var pd = pdpt.Next[Index(address, 30)] ??= new Upper(holdsPageTables: true);
            var pt = pd.Tables[Index(address, 21)] ??= new PageTableEntry[Fanout];
            return ref pt[Index(address, 12)];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Index(ulong address, int shift) => (int)((address >> shift) & (Fanout - 1));

    /// <summary>A PML4, PDPT or PD: the two upper levels hold tables of the next level, the PD
    /// holds page tables.</summary>
    private sealed class Upper
    {
        internal Upper(bool holdsPageTables)
        {
            Next = holdsPageTables ? [] : new Upper?[Fanout];
            Tables = holdsPageTables ? new PageTableEntry[]?[Fanout] : [];
        }

        internal Upper?[] Next { get; }

        internal PageTableEntry[]?[] Tables { get; }
    }
}
