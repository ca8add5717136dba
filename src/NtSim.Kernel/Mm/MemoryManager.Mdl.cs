using System.Globalization;
using System.Runtime.CompilerServices;

namespace NtSim;

internal sealed partial class MemoryManager
{
    // Page frame numbers are handed out to segments on first request (MmGetMdlPfnArray).
    private long _nextFrame = 0x1000;

    /// <summary>The page frame number of a physical page.</summary>
    internal ulong FrameNumber(PageFrame frame) => frame.Segment.FirstFrameNumber(ref _nextFrame) + (ulong)frame.Index;

    /// <summary>MmInitializeMdl: describes [<paramref name="baseVa"/>, +<paramref name="length"/>); no pages yet.</summary>
    internal void InitializeMdl(Machine machine, MDL mdl, PVOID baseVa, ulong length)
    {
        var pages = (int)Wdm.ADDRESS_AND_SIZE_TO_SPAN_PAGES(baseVa, length);
        var size = MDL.HeaderSize + (pages * sizeof(ulong));
        if (mdl.Address == 0)
        {
            mdl.Address = machine.AllocateObjectAddress(size);
        }

        mdl.Next = null;
        mdl.Size = unchecked((short)size);
        mdl.MdlFlags = 0;
        mdl.Process = null;
        mdl.StartVa = Wdm.PAGE_ALIGN(baseVa);
        mdl.ByteOffset = Wdm.BYTE_OFFSET(baseVa);
        mdl.ByteCount = (uint)length;
        mdl.MappedSystemVa = PVOID.NULL;
        mdl.PfnArray = new ulong[pages];
        mdl.Pages.Clear();
    }

    /// <summary>MmProbeAndLockPages once the rules are checked: probes every page of the buffer in the
    /// calling thread's context and locks them (the MDL then holds its physical pages).</summary>
    internal void ProbeAndLock(KTHREAD thread, MDL mdl, KPROCESSOR_MODE mode, bool write, string file, int line)
    {
        var start = mdl.VirtualAddress.Address;
        var length = (ulong)mdl.ByteCount;
        if (mode == Wdm.UserMode && length != 0 && !IsUserRange(start, length))
        {
            // A UserMode probe accepts user addresses only (as ProbeForRead does).
            throw new NtStatusException(Wdm.STATUS_ACCESS_VIOLATION);
        }

        var pages = mdl.PageCount;
        var frames = new List<PageFrame>(pages);
        var page = MmLayout.PageBase(start);
        for (var i = 0; i < pages; i++, page += MmLayout.PageSize)
        {
            frames.Add(ProbePage(thread, page, write, nameof(Wdm.MmProbeAndLockPages)));
        }

        SetPages(mdl, frames);
        var process = MmLayout.IsUser(start) ? thread.ApcStateProcess : null;
        var locked = new LockedPages(mdl, process, pages, thread.Machine.AllocateObjectAddress(0x30), thread.CurrentModule, file, line);
        process?.AddressSpace.AddLock(locked);
        mdl.Lock = locked;
        mdl.Process = process;
        mdl.MdlFlags |= (short)(Wdm.MDL_PAGES_LOCKED | (write ? Wdm.MDL_WRITE_OPERATION : 0));
    }

    /// <summary>MmUnlockPages once the rules are checked: unmaps the MDL if it is mapped, then lets
    /// its pages go.</summary>
    internal void Unlock(KTHREAD thread, MDL mdl)
    {
        if (OwnsMapping(mdl))
        {
            // MmUnlockPages releases the system-space mapping, if there is one, before it unlocks.
            UnmapLocked(mdl);
        }

        var locked = mdl.Lock!;
        locked.Process?.AddressSpace.RemoveLock(locked);
        if (locked.LeakTrackHandle >= 0)
        {
            thread.Machine.Tracking.Untrack(locked.LeakTrackHandle);
            locked.LeakTrackHandle = -1;
        }

        mdl.Lock = null;
        mdl.Pages.Clear();
        mdl.MdlFlags &= unchecked((short)~(Wdm.MDL_PAGES_LOCKED | Wdm.MDL_WRITE_OPERATION));
    }

    /// <summary>Maps a locked MDL's pages into system PTEs (MmMapLockedPagesSpecifyCache in kernel
    /// mode); NULL when system PTEs run out.</summary>
    internal PVOID MapLocked(MDL mdl, bool readOnly)
    {
        var start = SystemPtes.Map(mdl.Pages, readOnly ? PageAttributes.ReadOnly : PageAttributes.None, mdl);
        if (start == 0)
        {
            return PVOID.NULL;
        }

        mdl.MappingStart = start;
        mdl.MappedSystemVa = new PVOID(start + mdl.ByteOffset);
        mdl.MdlFlags |= (short)(Wdm.MDL_MAPPED_TO_SYSTEM_VA | (mdl.Has(Wdm.MDL_PARTIAL) ? Wdm.MDL_PARTIAL_HAS_BEEN_MAPPED : 0));
        return mdl.MappedSystemVa;
    }

    /// <summary>Removes an MDL's system-space mapping; the old address faults from now on.</summary>
    internal void UnmapLocked(MDL mdl)
    {
        SystemPtes.Unmap(mdl.MappingStart, mdl.Pages.Count);
        mdl.MappingStart = 0;
        mdl.MdlFlags &= unchecked((short)~(Wdm.MDL_MAPPED_TO_SYSTEM_VA | Wdm.MDL_PARTIAL_HAS_BEEN_MAPPED));
    }

    /// <summary>MmBuildMdlForNonPagedPool once the rules are checked: the pages of a nonpaged
    /// system buffer, which stay where they are (MappedSystemVa is the buffer itself).</summary>
    internal void BuildForNonPagedPool(KTHREAD thread, MDL mdl)
    {
        var pages = mdl.PageCount;
        var frames = new List<PageFrame>(pages);
        var page = MmLayout.PageBase(mdl.VirtualAddress.Address);
        for (var i = 0; i < pages; i++, page += MmLayout.PageSize)
        {
            ref var pte = ref Find(thread, page);
            if (Unsafe.IsNullRef(ref pte) || !pte.IsCommitted || (pte.Attributes & (PageAttributes.NoAccess | PageAttributes.Guard)) != 0)
            {
                // Reading the PTE of an unmapped page faults as a touch of it would.
                Fault(thread, page, AccessKind.Read, thread.Processor!.Irql, nameof(Wdm.MmBuildMdlForNonPagedPool));
            }

            if ((pte.Attributes & PageAttributes.Paged) != 0 || MmLayout.IsUser(page))
            {
                // Free build: the MDL describes the pageable pages as they are now (good while they stay resident).
                thread.Machine.Verifier.Violation(VerifierRules.BuildForNonPagedPoolOfPagedPool, (ulong)thread.Processor!.Irql, mdl.Address, mdl.FlagsParameter,
                    string.Create(CultureInfo.InvariantCulture,
                        $"MmBuildMdlForNonPagedPool was given {mdl}, whose page {new PVOID(page)} in {Describe(page)} is pageable; it describes nonpaged memory only"));
            }

            frames.Add(pte.Segment!.Frame(page));
        }

        SetPages(mdl, frames);
        mdl.Process = null;
        mdl.MappedSystemVa = mdl.VirtualAddress;
        mdl.MdlFlags |= Wdm.MDL_SOURCE_IS_NONPAGED_POOL;
    }

    /// <summary>DRIVER_LEFT_LOCKED_PAGES_IN_PROCESS when a process ends with pages an MDL still holds
    /// locked (for the process manager to call as the process's address space goes).</summary>
    internal static void CheckNoLockedPagesAtExit(KTHREAD thread, EPROCESS process)
    {
        if (process.AddressSpace.OldestLock is { } locked)
        {
            // 0xCB: P1 the lock-tracking structure, P2 0, P3 the MDL, P4 the number of locked pages
            // (L/debugger/bug-check-0xcb--driver-left-locked-pages-in-process; NtSim always tracks,
            // so it gives 0xCB rather than the less informative 0x76).
            thread.Machine.RaiseBugCheck(Wdm.DRIVER_LEFT_LOCKED_PAGES_IN_PROCESS, locked.Address, 0, locked.Mdl.Address, (ulong)locked.PageCount,
                string.Create(CultureInfo.InvariantCulture,
                    $"{process} ended with {locked.PageCount} page(s) still locked by {locked.Mdl}, locked by {locked.Module.Name} at {SourceSite.Format(locked.File, locked.Line)}; MmUnlockPages must undo every MmProbeAndLockPages"));
        }
    }

    private void SetPages(MDL mdl, List<PageFrame> frames)
    {
        mdl.Pages.Clear();
        mdl.Pages.AddRange(frames);
        if (mdl.PfnArray.Length != frames.Count)
        {
            mdl.PfnArray = new ulong[frames.Count];
        }

        for (var i = 0; i < frames.Count; i++)
        {
            mdl.PfnArray[i] = FrameNumber(frames[i]);
        }
    }
}
