using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace NtSim;

public sealed partial class ExPool
{
    /// <summary>
    /// Frees the block at <paramref name="address"/>: an address no allocation returned, a second
    /// free, a free at the wrong IRQL, a damaged header and (when <paramref name="checkTag"/>) a
    /// wrong tag each bug check, in that order.
    /// </summary>
    internal void Free(KTHREAD thread, ulong address, uint tag, bool checkTag, string ddi)
    {
        var machine = thread.Machine;
        lock (_lock)
        {
            if (NonPaged.Region.Contains(address) || Paged.Region.Contains(address))
            {
                if ((address & MmLayout.PageMask) == 0 && _big.TryGet(address, out var big))
                {
                    FreeBig(thread, address, big, tag, checkTag, ddi);
                    return;
                }

                ref var pte = ref _memory.SystemMap.Find(address);
                var offset = address & MmLayout.PageMask;
                if (!Unsafe.IsNullRef(ref pte) && pte.Owner is PoolPage page
                    && (offset & (PoolHeader.Unit - 1)) == 0 && offset >= PoolHeader.Size)
                {
                    var unit = (int)(offset / PoolHeader.Unit) - 1;
                    switch (page.Slots[unit].State)
                    {
                        case PoolSlotState.Live:
                            FreeSmall(thread, page, unit, tag, checkTag, ddi);
                            return;
                        case PoolSlotState.Freed:
                            var header = page.Header(unit);
                            // 0xC4/0x13: pool freed twice (P2 reserved, P3 the pool header, P4 its contents). docs/bugcheck-parameters.md §1a.
                            FreedTwice(machine, page.EntryAddress(unit), header.Contents, address,
                                $"{ddi} freed {PVOID.Format(address)} ('{PoolTag.Format(header.PoolTag)}'), which was already freed");
                            break;
                    }
                }

                if (_big.WasFreed(address, out var freedTag))
                {
                    // Big allocations have no header: P3 is the block itself and P4 its tag.
                    FreedTwice(machine, address, freedTag, address,
                        $"{ddi} freed {PVOID.Format(address)} ('{PoolTag.Format(freedTag)}', whole pages), which was already freed");
                }
            }
        }

        // 0xC4/0x10: a free of an address no allocation returned (P2 the address). docs/bugcheck-parameters.md §1a.
        var detail = $"{ddi} freed {PVOID.Format(address)} in {_memory.Describe(address)}, which no pool allocation returned";
        machine.Verifier.Violation(VerifierRules.PoolFreeOfBadAddress, address, 0, 0, detail);

        // Free build, BAD_POOL_CALLER (§3): 0x40 a user-mode address (P3 the start of system space), 0x46 an
        // invalid address in the pool, 0x42 an address that was never in any pool (P2 the address each time).
        if (MmLayout.IsUser(address))
        {
            machine.RaiseBugCheck(Wdm.BAD_POOL_CALLER, 0x40, address, MmLayout.SystemRangeStart, 0, detail);
        }

        var inPool = NonPaged.Region.Contains(address) || Paged.Region.Contains(address);
        machine.RaiseBugCheck(Wdm.BAD_POOL_CALLER, inPool ? 0x46UL : 0x42UL, address, 0, 0, detail);
    }

    /// <summary>A second free: 0xC4/0x13 under Driver Verifier, BAD_POOL_CALLER 0x07 without (P2 reserved,
    /// P3 the header's contents, P4 the block). docs/bugcheck-parameters.md §1a and §3.</summary>
    [DoesNotReturn]
    private static void FreedTwice(Machine machine, ulong header, ulong contents, ulong address, string detail)
    {
        machine.Verifier.Violation(VerifierRules.PoolFreedTwice, 0, header, contents, detail);
        machine.RaiseBugCheck(Wdm.BAD_POOL_CALLER, 0x07, 0, contents, address, detail);
    }

    private void FreeSmall(KTHREAD thread, PoolPage page, int unit, uint tag, bool checkTag, string ddi)
    {
        ref var slot = ref page.Slots[unit];
        var handle = slot.Handle;
        var address = page.EntryAddress(unit) + PoolHeader.Size;
        CheckFreeIrql(thread, page.Descriptor, slot.Type, address, ddi);
        if (DiagnoseLive(page, unit, checkNext: true) is { } corruption)
        {
            thread.Machine.RaiseBugCheck(corruption.BugCheckCode, corruption.Parameter1, corruption.Parameter2,
                corruption.Parameter3, corruption.Parameter4, $"{ddi} of {PVOID.Format(address)}: {corruption.Description}");
        }

        CheckTag(thread, address, slot.Tag, tag, checkTag, ddi);
        var blockBytes = (ulong)(slot.Units * PoolHeader.Unit);
        slot.State = PoolSlotState.Freed;
        slot.Handle = 0;
        new PoolHeader(slot.PrevUnits, 0, slot.Units, 0, slot.Tag).Write(page.HeaderBytes(unit));
        page.Descriptor.AddFree(page, unit, slot.Units);
        page.Descriptor.BytesInUse -= blockBytes;
        _tags.Freed(slot.TagRow, page.Descriptor.Paged, blockBytes);
        _tracker.UntrackHeld(handle);
        AssertInvariants();
        Trace(thread, ddi, address, slot.Tag);
    }

    private void FreeBig(KTHREAD thread, ulong address, BigPoolEntry big, uint tag, bool checkTag, string ddi)
    {
        var descriptor = PoolTypes.IsPaged(big.Type) ? Paged : NonPaged;
        CheckFreeIrql(thread, descriptor, big.Type, address, ddi);
        CheckTag(thread, address, big.Tag, tag, checkTag, ddi);
        descriptor.Region.ReleaseExtent(big.Segment);
        _big.Remove(address, big.Tag);
        descriptor.BytesInUse -= big.PageBytes;
        _tags.Freed(big.TagRow, descriptor.Paged, big.PageBytes);
        _tracker.UntrackHeld(big.Handle);
        AssertInvariants();
        Trace(thread, ddi, address, big.Tag);
    }

    private static void CheckFreeIrql(KTHREAD thread, PoolDescriptor descriptor, POOL_TYPE type, ulong address, string ddi)
    {
        var irql = thread.Processor!.Irql;
        if (descriptor.Paged && irql > Wdm.APC_LEVEL)
        {
            // 0xC4/0x11: paged pool freed above APC_LEVEL (P2 IRQL, P3 pool type, P4 address). §1a.
            FreedAtBadIrql(thread, VerifierRules.PagedPoolFreedAboveApc, irql, type, address,
                string.Create(CultureInfo.InvariantCulture, $"{ddi} freed paged pool {PVOID.Format(address)} at IRQL {(int)irql}; paged pool is freed at IRQL <= APC_LEVEL"));
        }

        if (!descriptor.Paged && irql > Wdm.DISPATCH_LEVEL)
        {
            // 0xC4/0x12: nonpaged pool freed above DISPATCH_LEVEL (P2 IRQL, P3 pool type, P4 address). §1a.
            FreedAtBadIrql(thread, VerifierRules.NonPagedPoolFreedAboveDispatch, irql, type, address,
                string.Create(CultureInfo.InvariantCulture, $"{ddi} freed nonpaged pool {PVOID.Format(address)} at IRQL {(int)irql}; nonpaged pool is freed at IRQL <= DISPATCH_LEVEL"));
        }
    }

    /// <summary>A free at an IRQL the pool does not allow: the rule's 0xC4 subcode under Driver Verifier,
    /// BAD_POOL_CALLER 0x09 without (P2 IRQL, P3 pool type, P4 the address). docs/bugcheck-parameters.md §3.</summary>
    [DoesNotReturn]
    private static void FreedAtBadIrql(KTHREAD thread, VerifierRule rule, KIRQL irql, POOL_TYPE type, ulong address, string detail)
    {
        var machine = thread.Machine;
        machine.Verifier.Violation(rule, (ulong)irql, (ulong)(int)type, address, detail);
        machine.RaiseBugCheck(Wdm.BAD_POOL_CALLER, 0x09, (ulong)irql, (ulong)(int)type, address, detail);
    }

    private static void CheckTag(KTHREAD thread, ulong address, uint allocated, uint passed, bool checkTag, string ddi)
    {
        if (checkTag && allocated != passed)
        {
            // BAD_POOL_CALLER 0x0A: freed with the wrong tag (P2 address, P3 the allocator's tag,
            // P4 the tag passed). docs/bugcheck-parameters.md §3 and §5, ExFreePoolWithTag.
            thread.Machine.RaiseBugCheck(Wdm.BAD_POOL_CALLER, 0x0A, address, allocated, passed,
                $"{ddi} freed {PVOID.Format(address)} with tag '{PoolTag.Format(passed)}', but it was allocated with '{PoolTag.Format(allocated)}'");
        }
    }

    private static void Trace(KTHREAD thread, string ddi, ulong address, uint tag)
    {
        var machine = thread.Machine;
        if (machine.Trace.Enabled)
        {
            machine.Scheduler.Trace(TraceKind.Pool, $"{ddi} {PVOID.Format(address)} '{PoolTag.Format(tag)}'");
        }
    }
}
