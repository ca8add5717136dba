using System.Globalization;

namespace NtSim;

internal sealed partial class PhysicalMemory
{
    /// <summary>
    /// MmAllocateContiguousMemorySpecifyCache: <paramref name="bytes"/> of physically contiguous, nonpaged
    /// memory mapped into system space, whose physical range lies in [<paramref name="lowest"/>,
    /// <paramref name="highest"/>] and does not cross a multiple of <paramref name="boundary"/> (0: no
    /// boundary); NULL when no such range can be had.
    /// </summary>
    internal PVOID AllocateContiguous(KTHREAD thread, ulong bytes, long lowest, long highest, long boundary, string file, int line)
    {
        var pages = (bytes + MmLayout.PageMask) >> MmLayout.PageShift;
        if (bytes == 0 || pages > int.MaxValue / MmLayout.PageSize)
        {
            return PVOID.NULL;
        }

        lock (_lock)
        {
            if ((long)pages > AvailablePages())
            {
                return PVOID.NULL;
            }

            var segment = _machine.Memory.NonPagedPool.CommitExtent((int)pages);
            if (segment is null)
            {
                return PVOID.NULL;
            }

            var start = PhysicalAddressOf(new PageFrame(segment, 0));
            var end = start + (long)(pages << MmLayout.PageShift) - 1;
            if ((ulong)start < (ulong)lowest || (ulong)end > (ulong)highest || (boundary != 0 && start / boundary != end / boundary))
            {
                // The pages NtSim has to give lie outside what the device can reach: the allocation fails.
                _machine.Memory.NonPagedPool.ReleaseExtent(segment);
                return PVOID.NULL;
            }

            var handle = _machine.Tracking.Track(ResourceKind.Other, thread.CurrentModule, segment.Base, 0, bytes, Wdm.NonPagedPoolNx, file, line,
                Describe(bytes, "contiguous memory (MmAllocateContiguousMemory, freed by MmFreeContiguousMemory)"));
            _contiguous.Add(segment.Base, new Contiguous(segment, handle));
            Interlocked.Add(ref _pagesInUse, (long)pages);
            return new PVOID(segment.Base);
        }
    }

    /// <summary>MmFreeContiguousMemory: releases a buffer; an address no contiguous allocation returned
    /// (or one freed already) is BAD_POOL_CALLER 0x60 (P2 the address).</summary>
    internal void FreeContiguous(KTHREAD thread, ulong address)
    {
        Contiguous buffer;
        lock (_lock)
        {
            if (!_contiguous.Remove(address, out buffer))
            {
                // 0xC2/0x60: "attempted to free an invalid contiguous memory address" (P2 the address, P3 and P4 0;
                // L/debugger/bug-check-0xc2--bad-pool-caller).
                thread.Machine.RaiseBugCheck(Wdm.BAD_POOL_CALLER, 0x60, address, 0, 0, string.Create(CultureInfo.InvariantCulture,
                    $"MmFreeContiguousMemory was given {PVOID.Format(address)} in {_machine.Memory.Describe(address)}, which is not a contiguous buffer from MmAllocateContiguousMemory (freed twice?)"));
            }

            _machine.Memory.NonPagedPool.ReleaseExtent(buffer.Segment);
            Interlocked.Add(ref _pagesInUse, -buffer.Segment.PageCount);
        }

        _machine.Tracking.Untrack(buffer.TrackHandle);
    }
}
