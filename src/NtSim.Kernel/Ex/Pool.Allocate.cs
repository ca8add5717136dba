using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NtSim;

public sealed partial class ExPool
{
    /// <summary>
    /// Allocates <paramref name="bytes"/> for the running thread's module: the checks of the
    /// allocating DDIs, then a small block or whole pages. Returns NULL when the pool is out of
    /// memory, or raises STATUS_INSUFFICIENT_RESOURCES when the request says so.
    /// </summary>
    internal PVOID Allocate(KTHREAD thread, in PoolRequest request, ulong bytes, uint tag, string file, int line, string ddi)
    {
        var machine = thread.Machine;
        var irql = thread.Processor!.Irql;
        var type = (ulong)(int)request.Type;
        if (bytes == 0)
        {
            // 0xC4/0x00: a zero-byte request (P2 IRQL, P3 pool type, P4 bytes). docs/bugcheck-parameters.md §1a.
            // Free build: BAD_POOL_CALLER 0x00 (P2 0, P3 pool type, P4 the tag), §3.
            var detail = $"{ddi} asked for zero bytes of {PoolTypes.Name(request.Type)}";
            machine.Verifier.Violation(VerifierRules.PoolZeroBytes, (ulong)irql, type, 0, detail);
            machine.RaiseBugCheck(Wdm.BAD_POOL_CALLER, 0x00, 0, type, tag, detail);
        }

        if (request.Paged && irql > Wdm.APC_LEVEL)
        {
            // 0xC4/0x01: paged pool allocated above APC_LEVEL (P2 IRQL, P3 pool type, P4 bytes). §1a.
            var detail = string.Create(CultureInfo.InvariantCulture, $"{ddi} allocated {bytes} bytes of {PoolTypes.Name(request.Type)} at IRQL {(int)irql}; paged pool needs IRQL <= APC_LEVEL");
            machine.Verifier.Violation(VerifierRules.PagedPoolAllocatedAboveApc, (ulong)irql, type, bytes, detail);
            BadIrql(machine, irql, type, bytes, detail);
        }

        if (!request.Paged && irql > Wdm.DISPATCH_LEVEL)
        {
            // 0xC4/0x02: nonpaged pool allocated above DISPATCH_LEVEL (P2 IRQL, P3 pool type, P4 bytes). §1a.
            var detail = string.Create(CultureInfo.InvariantCulture, $"{ddi} allocated {bytes} bytes of {PoolTypes.Name(request.Type)} at IRQL {(int)irql}; nonpaged pool needs IRQL <= DISPATCH_LEVEL");
            machine.Verifier.Violation(VerifierRules.NonPagedPoolAllocatedAboveDispatch, (ulong)irql, type, bytes, detail);
            BadIrql(machine, irql, type, bytes, detail);
        }

        var descriptor = request.Paged ? Paged : NonPaged;
        ulong address;
        lock (_lock)
        {
            address = IsSmall(bytes, request.CacheAligned, out var units)
                ? AllocateSmall(thread, descriptor, request, units, bytes, tag, file, line)
                : AllocateBig(thread, descriptor, request, bytes, tag, file, line);
            AssertInvariants();
        }

        if (machine.Trace.Enabled)
        {
            machine.Scheduler.Trace(TraceKind.Pool, string.Create(CultureInfo.InvariantCulture,
                $"{ddi} {PoolTypes.Name(request.Type)} '{PoolTag.Format(tag)}' {bytes} -> {(address == 0 ? "NULL" : PVOID.Format(address))}"));
        }

        if (address == 0 && request.Raise)
        {
            // POOL_FLAG_RAISE_ON_FAILURE / POOL_RAISE_IF_ALLOCATION_FAILURE: ExRaiseStatus instead of NULL.
            throw new NtStatusException(Wdm.STATUS_INSUFFICIENT_RESOURCES);
        }

        return new PVOID(address);
    }

    /// <summary>Without Driver Verifier, an allocation at an IRQL its pool does not allow is BAD_POOL_CALLER
    /// 0x08 (P2 IRQL, P3 pool type, P4 bytes). docs/bugcheck-parameters.md §3.</summary>
    [DoesNotReturn]
    private static void BadIrql(Machine machine, KIRQL irql, ulong type, ulong bytes, string detail) =>
        machine.RaiseBugCheck(Wdm.BAD_POOL_CALLER, 0x08, (ulong)irql, type, bytes, detail);

    private static bool IsSmall(ulong bytes, bool cacheAligned, out int units)
    {
        if (bytes > MaxSmallBytes)
        {
            units = 0;
            return false;
        }

        units = (int)((bytes + PoolHeader.Size + PoolHeader.Unit - 1) / PoolHeader.Unit);

        // A cache-aligned block may need up to 3 units of padding in front of it.
        return !cacheAligned || units + 3 <= PoolPage.Units;
    }

    private ulong AllocateSmall(KTHREAD thread, PoolDescriptor descriptor, in PoolRequest request, int units, ulong bytes, uint tag, string file, int line)
    {
        var blockBytes = (ulong)(units * PoolHeader.Unit);
        if (descriptor.WouldExceed(blockBytes))
        {
            return 0;
        }

        PoolPage page;
        int unit;
        if (!request.CacheAligned && descriptor.TryTakeFree(units, out var free))
        {
            page = free.Page;
            unit = free.Unit;
            CheckFreeBlock(thread, page, unit);
        }
        else
        {
            var frontier = descriptor.FrontierFor(units, request.CacheAligned, out var padding);
            if (frontier is null)
            {
                return 0;
            }

            page = frontier;
            if (page.HasTail)
            {
                CheckTail(thread, page);
            }

            unit = Carve(descriptor, page, padding, units);
        }

        ref var slot = ref page.Slots[unit];
        slot.State = PoolSlotState.Live;
        slot.Tag = tag;
        slot.Type = request.Type;
        slot.HeaderType = PoolHeader.Encode(request.Type, request.Quota);
        new PoolHeader(slot.PrevUnits, 0, slot.Units, slot.HeaderType, tag).Write(page.HeaderBytes(unit));
        var entry = page.EntryAddress(unit);
        if (request.Zero)
        {
            page.Segment.Bytes.AsSpan(page.Segment.Offset(entry) + PoolHeader.Size, (int)blockBytes - PoolHeader.Size).Clear();
        }

        slot.Handle = _tracker.TrackHeld(ResourceKind.PoolAllocation, thread.CurrentModule, entry + PoolHeader.Size, tag, bytes, request.Type, file, line);
        descriptor.BytesInUse += blockBytes;
        slot.TagRow = _tags.Allocated(tag, descriptor.Paged, blockBytes);
        return entry + PoolHeader.Size;
    }

    /// <summary>Carves a block of <paramref name="units"/> from the page's tail (after
    /// <paramref name="padding"/> units of free remainder) and writes the new tail's header.</summary>
    private static int Carve(PoolDescriptor descriptor, PoolPage page, int padding, int units)
    {
        var unit = page.UsedUnits;
        if (padding > 0)
        {
            page.Slots[unit] = new PoolSlot { Units = (byte)padding, PrevUnits = (byte)page.LastUnits, State = PoolSlotState.Remainder };
            new PoolHeader((byte)page.LastUnits, 0, (byte)padding, 0, 0).Write(page.HeaderBytes(unit));
            descriptor.AddFree(page, unit, padding);
            page.LastUnits = padding;
            unit += padding;
        }

        page.Slots[unit] = new PoolSlot { Units = (byte)units, PrevUnits = (byte)(unit == 0 ? 0 : page.LastUnits) };
        page.UsedUnits = unit + units;
        page.LastUnits = units;
        if (page.HasTail)
        {
            page.ExpectedTail.Write(page.HeaderBytes(page.UsedUnits));
        }

        return unit;
    }

    private ulong AllocateBig(KTHREAD thread, PoolDescriptor descriptor, in PoolRequest request, ulong bytes, uint tag, string file, int line)
    {
        var pages = (bytes + MmLayout.PageMask) >> MmLayout.PageShift;
        var pageBytes = pages << MmLayout.PageShift;
        if (pages > int.MaxValue / MmLayout.PageSize || descriptor.WouldExceed(pageBytes))
        {
            return 0;
        }

        var segment = descriptor.Region.CommitExtent((int)pages);
        if (segment is null)
        {
            return 0;
        }

        var handle = _tracker.TrackHeld(ResourceKind.PoolAllocation, thread.CurrentModule, segment.Base, tag, bytes, request.Type, file, line);
        var row = _tags.Allocated(tag, descriptor.Paged, pageBytes);
        _big.Add(segment.Base, new BigPoolEntry(segment, tag, request.Type, bytes, handle, row));
        descriptor.BytesInUse += pageBytes;
        return segment.Base;
    }
}
