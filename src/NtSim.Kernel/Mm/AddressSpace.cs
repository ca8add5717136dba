using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// The user half of a process's address space (0x10000 to 0x7FFFFFFEFFFF): reservations at
/// 64 KiB granularity, pages committed and decommitted inside them, as NtAllocateVirtualMemory and
/// NtFreeVirtualMemory do. User pages are pageable. A process object owns one; a user address is
/// valid only while a thread runs in (or is attached to) that process.
/// </summary>
[DebuggerDisplay("AddressSpace {Name,nq} reservations={_reservations.Count}")]
internal sealed partial class AddressSpace
{
    // A reservation is backed by segments of at most this many pages (16 MiB), allocated on first commit.
    private const int MaxSegmentPages = 4096;

    private readonly VaAllocator _va = new(MmLayout.LowestUserAddress,
        MmLayout.HighestUserAddress + 1 - MmLayout.AllocationGranularity, MmLayout.AllocationGranularity);

    private readonly Dictionary<ulong, ulong> _reservations = [];
    private readonly Lock _lock = new();

    internal AddressSpace(string name)
    {
        Name = name;
    }

    internal string Name { get; }

    internal PageMap Map { get; } = new();

    /// <summary>Reserves <paramref name="size"/> bytes at <paramref name="baseAddress"/> (rounded
    /// down to 64 KiB), or anywhere when it is 0. Returns the base, or 0 when the range is taken.</summary>
    internal ulong Reserve(ulong baseAddress, ulong size)
    {
        if (size == 0 || size > MmLayout.UserSpaceEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "AddressSpace.Reserve: the size must be between 1 byte and the size of user space.");
        }

        var pageCount = (size + MmLayout.PageMask) >> MmLayout.PageShift;
        lock (_lock)
        {
            ulong start;
            if (baseAddress == 0)
            {
                start = _va.Allocate(size);
            }
            else
            {
                start = baseAddress & ~(MmLayout.AllocationGranularity - 1);
                if (!_va.AllocateAt(start, size + (baseAddress - start)))
                {
                    start = 0;
                }

                pageCount = (baseAddress + size - start + MmLayout.PageMask) >> MmLayout.PageShift;
            }

            if (start == 0)
            {
                return 0;
            }

            _reservations.Add(start, pageCount);
            MemorySegment? segment = null;
            for (ulong i = 0; i < pageCount; i++)
            {
                if (i % MaxSegmentPages == 0)
                {
                    segment = new MemorySegment(start + (i << MmLayout.PageShift), (int)Math.Min(MaxSegmentPages, pageCount - i), movable: true);
                }

                ref var pte = ref Map.Ensure(start + (i << MmLayout.PageShift));
                pte.Segment = segment;
                pte.State = PageState.Reserved;
                pte.Attributes = PageAttributes.Paged;
            }

            return start;
        }
    }

    /// <summary>Commits the pages that cover [<paramref name="address"/>, +<paramref name="size"/>),
    /// which must lie in reservations. A guard commit sets PAGE_GUARD on them.</summary>
    internal bool Commit(ulong address, ulong size, bool guard = false) =>
        Commit(address, size, PageAttributes.Paged | (guard ? PageAttributes.Guard : PageAttributes.None));

    private bool Commit(ulong address, ulong size, PageAttributes attributes)
    {
        lock (_lock)
        {
            if (!AllReserved(address, size))
            {
                return false;
            }

            for (var page = MmLayout.PageBase(address); page < address + size; page += MmLayout.PageSize)
            {
                ref var pte = ref Map.Find(page);
                pte.State = PageState.Committed;
                pte.Attributes = attributes;
            }

            return true;
        }
    }

    /// <summary>Decommits pages (their contents are lost; they stay reserved). NtSim keeps one
    /// physical page per virtual page, so an MDL that still holds a decommitted page locked sees it
    /// zeroed (Windows would leave the MDL the old physical page); a released range keeps its pages
    /// alive for such an MDL, as on Windows.</summary>
    internal bool Decommit(ulong address, ulong size)
    {
        lock (_lock)
        {
            if (!AllReserved(address, size))
            {
                return false;
            }

            for (var page = MmLayout.PageBase(address); page < address + size; page += MmLayout.PageSize)
            {
                ref var pte = ref Map.Find(page);
                if (pte.State == PageState.Committed)
                {
                    pte.Segment!.ZeroPage(page);
                    pte.State = PageState.Reserved;
                }
            }

            return true;
        }
    }

    /// <summary>Releases the whole reservation that starts at <paramref name="baseAddress"/>.</summary>
    internal bool Release(ulong baseAddress)
    {
        lock (_lock)
        {
            if (!_reservations.Remove(baseAddress, out var pageCount))
            {
                return false;
            }

            for (ulong i = 0; i < pageCount; i++)
            {
                ref var pte = ref Map.Find(baseAddress + (i << MmLayout.PageShift));
                pte = default;
            }

            _va.Release(baseAddress, pageCount << MmLayout.PageShift);
            return true;
        }
    }

    private bool AllReserved(ulong address, ulong size)
    {
        if (size == 0 || address < MmLayout.LowestUserAddress || address + size > MmLayout.HighestUserAddress + 1 || address + size < address)
        {
            return false;
        }

        for (var page = MmLayout.PageBase(address); page < address + size; page += MmLayout.PageSize)
        {
            ref var pte = ref Map.Find(page);
            if (Unsafe.IsNullRef(ref pte) || pte.State == PageState.Free)
            {
                return false;
            }
        }

        return true;
    }
}
