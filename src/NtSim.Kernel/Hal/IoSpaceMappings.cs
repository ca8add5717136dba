using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The system-space views of physical device ranges that MmMapIoSpace(Ex) makes: each maps a
/// virtual range to a physical one, which READ_REGISTER_*/WRITE_REGISTER_* resolve to the device
/// decoding it. The views are not pool or PTE-region pages: a plain dereference of one is not
/// modelled and faults as an unmapped address would (docs/hardware.md).
/// </summary>
[DebuggerDisplay("I/O space mappings {_mappings.Count}")]
internal sealed class IoSpaceMappings
{
    /// <summary>Where the views live: a region of its own in system space, beside the pools and system PTEs.</summary>
    internal const ulong RegionStart = 0xFFFF_E50F_0000_0000;

    internal const ulong RegionSize = 64UL << 30;

    private readonly VaAllocator _va = new(RegionStart, RegionSize, MmLayout.PageSize);
    private readonly Lock _lock = new();
    private readonly SortedList<ulong, Mapping> _mappings = [];

    internal readonly record struct Mapping(ulong Virtual, ulong Physical, ulong Length);

    internal int Count
    {
        get
        {
            lock (_lock)
            {
                return _mappings.Count;
            }
        }
    }

    /// <summary>A view of [<paramref name="physical"/>, +<paramref name="length"/>): the address that maps
    /// <paramref name="physical"/> (its page offset kept), or 0 when the region is full.</summary>
    internal ulong Map(ulong physical, ulong length)
    {
        var offset = physical & MmLayout.PageMask;
        var span = MmLayout.PageBase(offset + length + MmLayout.PageMask);
        lock (_lock)
        {
            // One page more than the view, never mapped, as after every system PTE mapping.
            var start = _va.Allocate(span + MmLayout.PageSize);
            if (start == 0)
            {
                return 0;
            }

            _mappings.Add(start, new Mapping(start + offset, physical, length));
            return start + offset;
        }
    }

    /// <summary>The view that starts at <paramref name="address"/>; null when there is none.</summary>
    internal Mapping? Find(ulong address)
    {
        lock (_lock)
        {
            return _mappings.TryGetValue(MmLayout.PageBase(address), out var mapping) && mapping.Virtual == address ? mapping : null;
        }
    }

    /// <summary>Removes the view that starts at <paramref name="address"/>; null when there is none.</summary>
    internal Mapping? Unmap(ulong address)
    {
        lock (_lock)
        {
            var page = MmLayout.PageBase(address);
            if (!_mappings.TryGetValue(page, out var mapping) || mapping.Virtual != address)
            {
                return null;
            }

            _mappings.Remove(page);
            var span = MmLayout.PageBase((address & MmLayout.PageMask) + mapping.Length + MmLayout.PageMask);
            _va.Release(page, span + MmLayout.PageSize);
            return mapping;
        }
    }

    /// <summary>The physical address behind <paramref name="address"/> for an access of <paramref name="width"/>
    /// bytes wholly inside one view; null when it is not.</summary>
    internal ulong? Translate(ulong address, ulong width)
    {
        if (address < RegionStart || address - RegionStart >= RegionSize)
        {
            return null;
        }

        lock (_lock)
        {
            var keys = _mappings.Keys;
            int lo = 0, hi = keys.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                var m = _mappings.Values[mid];
                if (address < m.Virtual)
                {
                    hi = mid - 1;
                }
                else if (address - m.Virtual + width > m.Length)
                {
                    lo = mid + 1;
                }
                else
                {
                    return m.Physical + (address - m.Virtual);
                }
            }

            return null;
        }
    }
}
