using System.Globalization;

namespace NtSim;

public sealed partial class ExPool
{
    /// <summary>
    /// Walks every pool page and checks every header against what the pool knows it should be:
    /// the "validation" at which an overrun is found when no free has met it yet.
    /// </summary>
    public IReadOnlyList<PoolCorruption> Validate()
    {
        var found = new List<PoolCorruption>();
        lock (_lock)
        {
            Walk(NonPaged, found);
            Walk(Paged, found);
        }

        return found;
    }

    /// <summary>Validates the pool from a simulated thread and bug checks on the first damaged header.</summary>
    internal void ValidateOrBugCheck(KTHREAD thread, string reason)
    {
        var found = Validate();
        if (found.Count > 0)
        {
            var c = found[0];
            thread.Machine.RaiseBugCheck(c.BugCheckCode, c.Parameter1, c.Parameter2, c.Parameter3, c.Parameter4, $"{reason}: {c.Description}");
        }
    }

    private void Walk(PoolDescriptor descriptor, List<PoolCorruption> found)
    {
        foreach (var page in descriptor.Pages)
        {
            var unit = 0;
            while (unit < page.UsedUnits)
            {
                var slot = page.Slots[unit];
                var corruption = slot.State == PoolSlotState.Live ? DiagnoseLive(page, unit, checkNext: false) : DiagnoseFree(page, unit);
                if (corruption is not null)
                {
                    found.Add(corruption);
                }

                if (slot.Units == 0)
                {
                    break;
                }

                unit += slot.Units;
            }

            if (page.HasTail && DiagnoseTail(page) is { } tail)
            {
                found.Add(tail);
            }
        }
    }

    /// <summary>
    /// Checks an allocated block's header, and (<paramref name="checkNext"/>) that the next
    /// header agrees with it. The subcodes are BAD_POOL_HEADER's (docs/bugcheck-parameters.md §2):
    /// 0x6 PreviousSize too large, 0x5 two adjacent headers disagree, 0x8 BlockSize zero, 0x9
    /// BlockSize too large, 0x7 BlockSize wrong, 0x20 the next header's PreviousSize does not
    /// match this BlockSize; other fields (type, index, tag) overwritten are BAD_POOL_CALLER 0x01,
    /// "pool header corrupted".
    /// </summary>
    private PoolCorruption? DiagnoseLive(PoolPage page, int unit, bool checkNext)
    {
        ref readonly var slot = ref page.Slots[unit];
        var next = unit + slot.Units;
        if (page.HeaderContents(unit) == slot.ExpectedContents
            && (!checkNext || next >= PoolPage.Units || (byte)page.HeaderContents(next) == slot.Units))
        {
            // The header is exactly as written and the next one agrees: nothing to diagnose.
            return null;
        }

        return DiagnoseDamagedLive(page, unit, checkNext);
    }

    private PoolCorruption? DiagnoseDamagedLive(PoolPage page, int unit, bool checkNext)
    {
        var h = page.Header(unit);
        var slot = page.Slots[unit];
        var entry = page.EntryAddress(unit);
        if (h.PreviousSize != slot.PrevUnits)
        {
            if (h.PreviousSize > unit)
            {
                return Corrupt(entry, Wdm.BAD_POOL_HEADER, 0x6, entry, 0, entry,
                    $"the header's PreviousSize ({h.PreviousSize} units) reaches before the start of its page{Culprit(page, unit)}");
            }

            var previous = page.EntryAddress(unit - slot.PrevUnits);
            return Corrupt(entry, Wdm.BAD_POOL_HEADER, 0x5, previous, 0, entry,
                $"the header's PreviousSize is {h.PreviousSize} units but the block before it is {slot.PrevUnits}{Culprit(page, unit)}");
        }

        if (h.BlockSize == 0)
        {
            return Corrupt(entry, Wdm.BAD_POOL_HEADER, 0x8, 0, 0, entry, $"the header's BlockSize is zero{Culprit(page, unit)}");
        }

        if (unit + h.BlockSize > PoolPage.Units)
        {
            return Corrupt(entry, Wdm.BAD_POOL_HEADER, 0x9, entry, 0, entry,
                $"the header's BlockSize ({h.BlockSize} units) runs past the end of its page{Culprit(page, unit)}");
        }

        if (h.BlockSize != slot.Units)
        {
            return Corrupt(entry, Wdm.BAD_POOL_HEADER, 0x7, 0, 0, entry,
                $"the header's BlockSize is {h.BlockSize} units but the block has {slot.Units}{Culprit(page, unit)}");
        }

        if (h.PoolIndex != 0 || h.PoolType != slot.HeaderType || h.PoolTag != slot.Tag)
        {
            // BAD_POOL_CALLER 0x01: pool header corrupted (P2 the header, P3 its first 8 bytes, P4 0). §3.
            return Corrupt(entry, Wdm.BAD_POOL_CALLER, 0x01, entry, h.Contents, 0,
                $"the header's type, index or tag was overwritten (tag reads '{PoolTag.Format(h.PoolTag)}', was '{PoolTag.Format(slot.Tag)}'){Culprit(page, unit)}");
        }

        var next = unit + slot.Units;
        if (checkNext && next < PoolPage.Units)
        {
            var nh = page.Header(next);
            if (nh.PreviousSize != slot.Units)
            {
                // 0x20: P2 the entry that should have been found, P3 the next entry. §2.
                return Corrupt(entry, Wdm.BAD_POOL_HEADER, 0x20, entry, page.EntryAddress(next), 0,
                    $"the next header (at {PVOID.Format(page.EntryAddress(next))}) has PreviousSize {nh.PreviousSize} units but this block has {slot.Units}: the block's data ran past its end{Owner(page, unit)}");
            }
        }

        return null;
    }

    /// <summary>A free block's header changed after the free (BAD_POOL_HEADER 0xD, docs/bugcheck-parameters.md
    /// §2: usually an overrun from the block before it; P2-P4 are reserved: P2 is the entry here, P3 and P4 0).</summary>
    private PoolCorruption? DiagnoseFree(PoolPage page, int unit)
    {
        var contents = page.HeaderContents(unit);
        return contents == page.Slots[unit].ExpectedContents
            ? null
            : FreeChanged(page, unit, page.EntryAddress(unit), PoolHeader.FromContents(contents));
    }

    private PoolCorruption? DiagnoseTail(PoolPage page)
    {
        var contents = page.HeaderContents(page.UsedUnits);
        return contents == page.ExpectedTail.Contents
            ? null
            : FreeChanged(page, page.UsedUnits, page.EntryAddress(page.UsedUnits), PoolHeader.FromContents(contents));
    }

    private PoolCorruption FreeChanged(PoolPage page, int unit, ulong entry, PoolHeader h) =>
        Corrupt(entry, Wdm.BAD_POOL_HEADER, 0xD, entry, 0, 0,
            string.Create(CultureInfo.InvariantCulture, $"the header of a free block changed after it was freed (reads {h.Contents:x16}){Culprit(page, unit)}"));

    /// <summary>Before a listed free block is handed out again, its header must be as it was left.</summary>
    private void CheckFreeBlock(KTHREAD thread, PoolPage page, int unit)
    {
        if (DiagnoseFree(page, unit) is { } c)
        {
            thread.Machine.RaiseBugCheck(c.BugCheckCode, c.Parameter1, c.Parameter2, c.Parameter3, c.Parameter4, "allocating from pool: " + c.Description);
        }
    }

    /// <summary>Before the page's tail is carved, its header must be as it was left.</summary>
    private void CheckTail(KTHREAD thread, PoolPage page)
    {
        if (DiagnoseTail(page) is { } c)
        {
            thread.Machine.RaiseBugCheck(c.BugCheckCode, c.Parameter1, c.Parameter2, c.Parameter3, c.Parameter4, "allocating from pool: " + c.Description);
        }
    }

    private static PoolCorruption Corrupt(ulong entry, uint code, ulong p1, ulong p2, ulong p3, ulong p4, string description) =>
        new(new PVOID(entry), code, p1, p2, p3, p4, description);

    /// <summary>"; the block before it (...) probably overran": who damaged the header at <paramref name="unit"/>.</summary>
    private string Culprit(PoolPage page, int unit)
    {
        if (unit == 0)
        {
            return "";
        }

        var previous = unit - page.Slots[unit].PrevUnits;
        if (page.Slots[unit].PrevUnits == 0 || page.Slots[previous].State == PoolSlotState.None)
        {
            return "";
        }

        return "; the block before it, " + DescribeBlock(page, previous) + ", probably overran";
    }

    /// <summary>"; the block is ..." for the block whose own end was overrun.</summary>
    private string Owner(PoolPage page, int unit) => "; the block is " + DescribeBlock(page, unit);

    private string DescribeBlock(PoolPage page, int unit)
    {
        var slot = page.Slots[unit];
        var body = PVOID.Format(page.EntryAddress(unit) + PoolHeader.Size);
        if (slot.State != PoolSlotState.Live)
        {
            return $"{body} (free, last tag '{PoolTag.Format(slot.Tag)}')";
        }

        var r = _tracker.Get(slot.Handle);
        var where = r.File is { Length: > 0 } file ? " at " + SourceSite.Format(file, r.Line) : "";
        return string.Create(CultureInfo.InvariantCulture, $"{body} ('{PoolTag.Format(slot.Tag)}', {r.Size} bytes, allocated by {r.Module?.Name}{where})");
    }
}
