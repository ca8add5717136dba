using System.Diagnostics;

namespace NtSim;

/// <summary>
/// Hands out virtual address ranges of one region: first fit over the free ranges, sorted by
/// address and coalesced on release. Not thread-safe: the owner locks.
/// </summary>
internal sealed class VaAllocator
{
    private readonly List<(ulong Start, ulong Size)> _free = [];
    private readonly ulong _granularity;

    internal VaAllocator(ulong start, ulong size, ulong granularity)
    {
        Debug.Assert(start % granularity == 0 && size % granularity == 0);
        _granularity = granularity;
        _free.Add((start, size));
    }

    /// <summary>Reserves <paramref name="size"/> bytes (rounded up to the granularity) anywhere; 0 if none is left.</summary>
    internal ulong Allocate(ulong size)
    {
        size = RoundUp(size);
        for (var i = 0; i < _free.Count; i++)
        {
            var (start, length) = _free[i];
            if (length < size)
            {
                continue;
            }

            if (length == size)
            {
                _free.RemoveAt(i);
            }
            else
            {
                _free[i] = (start + size, length - size);
            }

            return start;
        }

        return 0;
    }

    /// <summary>Reserves exactly [<paramref name="start"/>, +<paramref name="size"/>) if it is free.</summary>
    internal bool AllocateAt(ulong start, ulong size)
    {
        size = RoundUp(size);
        for (var i = 0; i < _free.Count; i++)
        {
            var (freeStart, length) = _free[i];
            if (start < freeStart || start + size > freeStart + length)
            {
                continue;
            }

            _free.RemoveAt(i);
            if (start + size < freeStart + length)
            {
                _free.Insert(i, (start + size, freeStart + length - start - size));
            }

            if (start > freeStart)
            {
                _free.Insert(i, (freeStart, start - freeStart));
            }

            return true;
        }

        return false;
    }

    /// <summary>Returns a range to the free list, merging it with its free neighbours.</summary>
    internal void Release(ulong start, ulong size)
    {
        size = RoundUp(size);
        var i = 0;
        while (i < _free.Count && _free[i].Start < start)
        {
            i++;
        }

        _free.Insert(i, (start, size));
        if (i + 1 < _free.Count && _free[i].Start + _free[i].Size == _free[i + 1].Start)
        {
            _free[i] = (_free[i].Start, _free[i].Size + _free[i + 1].Size);
            _free.RemoveAt(i + 1);
        }

        if (i > 0 && _free[i - 1].Start + _free[i - 1].Size == _free[i].Start)
        {
            _free[i - 1] = (_free[i - 1].Start, _free[i - 1].Size + _free[i].Size);
            _free.RemoveAt(i);
        }
    }

    private ulong RoundUp(ulong size) => (size + _granularity - 1) / _granularity * _granularity;
}
