using System.Globalization;

namespace NtSim;

internal sealed partial class PhysicalMemory
{
    // MMLISTS, the state of a page frame as PFN_LIST_CORRUPT reports it in P3.
    private const ulong FreePageList = 1;
    private const ulong ActiveAndValid = 6;

    /// <summary>
    /// MmAllocatePagesForMdl(Ex): up to <paramref name="totalBytes"/> of zeroed physical pages whose
    /// addresses lie in [<paramref name="low"/>, <paramref name="high"/>], described by a new MDL (from
    /// nonpaged pool, charged to the caller: ExFreePool frees it) and not mapped anywhere. With fewer
    /// pages to be had the MDL is short (ByteCount says how short), or NULL when
    /// <paramref name="fullyRequired"/> (MM_ALLOCATE_FULLY_REQUIRED) or none at all.
    /// </summary>
    internal MDL? AllocatePagesForMdl(KTHREAD thread, long low, long high, ulong totalBytes, bool fullyRequired, string ddi, string file, int line)
    {
        var wanted = (long)((totalBytes + MmLayout.PageMask) >> MmLayout.PageShift);
        if (totalBytes == 0 || totalBytes > MDL.MaximumLength)
        {
            return null;
        }

        MemorySegment segment;
        long pages;
        lock (_lock)
        {
            pages = Math.Min(wanted, AvailablePages());
            if (pages == 0)
            {
                return null;
            }

            // The frames are numbered when first asked for: the pages' physical range is known only now.
            segment = new MemorySegment(0, (int)pages);
            var start = PhysicalAddressOf(new PageFrame(segment, 0));
            // Physical addresses are unsigned: MAXULONG64 (-1 as a LARGE_INTEGER) is "no limit".
            pages = (ulong)start < (ulong)low || (ulong)start > (ulong)high
                ? 0
                : (long)Math.Min((ulong)pages, (((ulong)high - (ulong)start) >> MmLayout.PageShift) + 1);
            if (pages <= 0 || (fullyRequired && pages < wanted))
            {
                return null;
            }

            Interlocked.Add(ref _pagesInUse, pages);
        }

        var bytes = pages == wanted ? totalBytes : (ulong)pages << MmLayout.PageShift;
        var mdl = NewMdl(thread, segment, (int)pages, bytes, ddi, file, line);
        if (mdl is null)
        {
            Interlocked.Add(ref _pagesInUse, -pages);
            return null;
        }

        var handle = _machine.Tracking.Track(ResourceKind.Mdl, thread.CurrentModule, mdl.Address, s_mdlTag, bytes, Wdm.NonPagedPoolNx, file, line,
            string.Create(CultureInfo.InvariantCulture, $"{pages} physical page(s) of {mdl} from {ddi} (MmFreePagesFromMdl, then ExFreePool)"));
        lock (_lock)
        {
            _pagesForMdl.Add(mdl, new PagesForMdl((int)pages, handle));
        }

        return mdl;
    }

    /// <summary>
    /// MmFreePagesFromMdl: gives back the pages of an MDL from MmAllocatePagesForMdl(Ex), releasing a
    /// system mapping of them first (a stale touch of it then faults). The MDL itself stays the
    /// caller's to ExFreePool. Any other MDL, or a second call, corrupts the PFN database on Windows:
    /// PFN_LIST_CORRUPT (0x4E), 0x9A for pages still locked for I/O, 0x99 otherwise.
    /// </summary>
    internal void FreePagesFromMdl(KTHREAD thread, MDL mdl)
    {
        PagesForMdl pages;
        lock (_lock)
        {
            if (!_pagesForMdl.Remove(mdl, out pages))
            {
                NotOurs(thread, mdl, _pagesFreed.Contains(mdl));
            }

            _pagesFreed.Add(mdl);
        }

        if (mdl.Has(Wdm.MDL_MAPPED_TO_SYSTEM_VA))
        {
            _machine.Memory.UnmapLocked(mdl);
        }

        mdl.Pages.Clear();
        mdl.MdlFlags &= unchecked((short)~Wdm.MDL_PAGES_LOCKED);
        Interlocked.Add(ref _pagesInUse, -pages.PageCount);
        _machine.Tracking.Untrack(pages.TrackHandle);
    }

    /// <summary>Whether <paramref name="mdl"/> holds pages from MmAllocatePagesForMdl(Ex) now.</summary>
    internal bool HoldsPages(MDL mdl)
    {
        lock (_lock)
        {
            return _pagesForMdl.ContainsKey(mdl);
        }
    }

    private MDL? NewMdl(KTHREAD thread, MemorySegment segment, int pages, ulong bytes, string ddi, string file, int line)
    {
        // The MDL is pool the caller frees with ExFreePool ("the caller must also call ExFreePool").
        var size = (ulong)MDL.HeaderSize + ((ulong)pages * sizeof(ulong));
        var request = new PoolRequest(Wdm.NonPagedPoolNx, Zero: true, Raise: false, CacheAligned: false);
        var block = _machine.Pool.Allocate(thread, request, size, s_mdlTag, file, line, ddi);
        if (block.IsNull)
        {
            return null;
        }

        var mdl = new MDL { Address = block.Address };
        _machine.Memory.InitializeMdl(_machine, mdl, PVOID.NULL, bytes);
        for (var i = 0; i < pages; i++)
        {
            var frame = new PageFrame(segment, i);
            mdl.Pages.Add(frame);
            mdl.PfnArray[i] = _machine.Memory.FrameNumber(frame);
        }

        // The pages are resident and the MDL's own: MmMapLockedPagesSpecifyCache may map them.
        mdl.MdlFlags = Wdm.MDL_PAGES_LOCKED;
        return mdl;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void NotOurs(KTHREAD thread, MDL mdl, bool freedAlready)
    {
        var pfn = mdl.PfnArray.Length > 0 ? mdl.PfnArray[0] : 0;
        if (freedAlready)
        {
            // 0x4E/0x99 (P2 the frame, P3 its state, P4 0): the frames are on the free list already.
            thread.Machine.RaiseBugCheck(Wdm.PFN_LIST_CORRUPT, 0x99, pfn, FreePageList, 0,
                $"MmFreePagesFromMdl was given {mdl}, whose pages it freed already");
        }

        if (mdl.Lock is not null)
        {
            // 0x4E/0x9A (P2 the frame, P3 its state, P4 its reference count): "a driver attempted to free a page
            // that is still locked for IO" (L/debugger/bug-check-0x4e--pfn-list-corrupt).
            thread.Machine.RaiseBugCheck(Wdm.PFN_LIST_CORRUPT, 0x9A, pfn, ActiveAndValid, 1,
                $"MmFreePagesFromMdl was given {mdl}, whose pages MmProbeAndLockPages locked; it frees only the pages of an MDL from MmAllocatePagesForMdl (unlock with MmUnlockPages)");
        }

        thread.Machine.RaiseBugCheck(Wdm.PFN_LIST_CORRUPT, 0x99, pfn, mdl.Pages.Count > 0 ? ActiveAndValid : 0, 0,
            $"MmFreePagesFromMdl was given {mdl}, which does not describe pages from MmAllocatePagesForMdl");
    }
}
