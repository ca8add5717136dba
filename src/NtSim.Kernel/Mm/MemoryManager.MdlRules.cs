using System.Globalization;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// The MDL routines a driver calls, with their state rules: Driver Verifier's 0xC4 checks under the
/// options that govern them (<see cref="VerifierRules"/>, docs/verifier.md), and without them what
/// Windows does. The I/O manager's own MDLs skip these (<see cref="IoMdls"/>).
/// </summary>
internal sealed partial class MemoryManager
{
    private const short ProbeForbiddenFlags = Wdm.MDL_PAGES_LOCKED | Wdm.MDL_SOURCE_IS_NONPAGED_POOL | Wdm.MDL_PARTIAL | Wdm.MDL_MAPPED_TO_SYSTEM_VA;

    /// <summary>PFN_LIST_CORRUPT's type for "a driver has unlocked a certain page more times than it locked it".</summary>
    private const ulong PfnUnlockedMoreThanLocked = 0x07;

    /// <summary>MmProbeAndLockPages: the MDL's flags checked (0xC4/0xB0), then <see cref="ProbeAndLock"/>.</summary>
    internal void ProbeAndLockPages(KTHREAD thread, MDL mdl, KPROCESSOR_MODE mode, bool write, string file, int line)
    {
        var wrong = (short)(mdl.MdlFlags & ProbeForbiddenFlags);
        if (wrong != 0)
        {
            // 0xC4/0xB0: P2 the MDL, P3 its flags, P4 the flags that should not be there. A locked MDL
            // may not be locked again before MmUnlockPages; a built or partial one may never be.
            thread.Machine.Verifier.Violation(VerifierRules.ProbeAndLockBadFlags, mdl.Address, mdl.FlagsParameter, (ushort)wrong,
                string.Create(CultureInfo.InvariantCulture,
                    $"MmProbeAndLockPages was given {mdl}, which has flags 0x{(ushort)wrong:x4}; only an MDL that is not locked, mapped, partial or built for nonpaged pool may be probed and locked"));
            LockedAgain(thread, mdl);
        }

        ProbeAndLock(thread, mdl, mode, write, file, line);
    }

    /// <summary>MmUnlockPages: the MDL checked (0xC4/0x7D, 0xB4, 0x7C; 0x76 for process pages), then
    /// <see cref="Unlock"/>.</summary>
    internal void UnlockPages(KTHREAD thread, MDL mdl)
    {
        var verifier = thread.Machine.Verifier;
        if (mdl.Has(Wdm.MDL_SOURCE_IS_NONPAGED_POOL))
        {
            // 0xC4/0x7D: P2 the MDL, P3 its flags: nonpaged pool pages are never unlocked. Free build:
            // the MDL holds no lock of its own (unless it was locked as well), so the unlock below
            // drops references it never took: PFN_LIST_CORRUPT.
            verifier.Violation(VerifierRules.UnlockNonPagedPool, mdl.Address, mdl.FlagsParameter, 0,
                $"MmUnlockPages was given {mdl}, which MmBuildMdlForNonPagedPool built; its pages were never locked and must not be unlocked");
        }

        if (mdl.Has(Wdm.MDL_PARTIAL))
        {
            // 0xC4/0xB4: P2 the MDL, P3 its flags, P4 the unexpected partial flag. Free build: a
            // partial MDL holds no lock of its own: unlocking it drops references it never took.
            verifier.Violation(VerifierRules.UnlockPartial, mdl.Address, mdl.FlagsParameter, (ushort)Wdm.MDL_PARTIAL,
                $"MmUnlockPages was given the partial {mdl}; a partial MDL is released with IoFreeMdl");
        }

        if (mdl.Lock is null)
        {
            UnlockNotLocked(thread, mdl);
        }

        Unlock(thread, mdl);
    }

    /// <summary>MmMapLockedPagesSpecifyCache's rule: only locked pages can be mapped (0xC4/0xB3).
    /// Without Driver Verifier the mapping is made of the pages the MDL holds: none, so the address
    /// it returns maps nothing and a touch is PAGE_FAULT_IN_NONPAGED_AREA.</summary>
    internal static void RequireLockedToMap(KTHREAD thread, MDL mdl)
    {
        // A partial MDL has its source's pages (the checked build's assertion: MDL_PAGES_LOCKED or MDL_PARTIAL).
        if (!mdl.Has((short)(Wdm.MDL_PAGES_LOCKED | Wdm.MDL_PARTIAL)))
        {
            // 0xC4/0xB3: P2 the MDL, P3 its flags, P4 the flag that is missing. Windows would map the
            // stale or uninitialized frames of the PFN array; NtSim has none to map (least surprise).
            thread.Machine.Verifier.Violation(VerifierRules.MapLockedMissingFlags, mdl.Address, mdl.FlagsParameter, (ushort)Wdm.MDL_PAGES_LOCKED,
                $"MmGetSystemAddressForMdlSafe was given {mdl}, whose pages are not locked; lock them with MmProbeAndLockPages (or build the MDL with MmBuildMdlForNonPagedPool) first");
        }
    }

    /// <summary>IoFreeMdl of an MDL IoAllocateMdl made: a mapped one is 0xC4/0xB8 (a partial MDL's own
    /// mapping is released); locked pages stay locked, as on Windows, and the tracker says where they
    /// were locked.</summary>
    internal void FreeMdl(KTHREAD thread, MDL mdl)
    {
        var machine = thread.Machine;
        if (mdl.Has(Wdm.MDL_PARTIAL))
        {
            if (OwnsMapping(mdl))
            {
                // "If the MDL is a partial MDL, IoFreeMdl unmaps any pages that have been mapped to the MDL" (nf-wdm-iofreemdl).
                UnmapLocked(mdl);
            }
        }
        else if (mdl.Has(Wdm.MDL_MAPPED_TO_SYSTEM_VA))
        {
            // 0xC4/0xB8: P2 the MDL, P3 its flags: the pages are still mapped; unmap them before IoFreeMdl.
            // Free build: the mapping outlives the MDL, its system PTEs never released (the page says
            // nothing of it; least surprise: the address keeps working).
            machine.Verifier.Violation(VerifierRules.FreeMappedMdl, mdl.Address, mdl.FlagsParameter, 0,
                $"IoFreeMdl was given {mdl}, whose pages are still mapped at {mdl.MappedSystemVa}; MmUnmapLockedPages (or MmUnlockPages) must come first");
        }

        if (mdl.Lock is { } locked)
        {
            // "If the physical pages that are described by the MDL are locked, the driver must unlock
            // the pages before it frees the MDL": they stay locked, and the tracker says where.
            locked.LeakTrackHandle = machine.Tracking.Track(ResourceKind.Mdl, locked.Module, locked.Address, 0,
                (ulong)locked.PageCount << MmLayout.PageShift, default, locked.File, locked.Line,
                string.Create(CultureInfo.InvariantCulture, $"{locked.PageCount} page(s) locked by MmProbeAndLockPages, left locked when {mdl} was freed"));
        }

        machine.Tracking.Untrack(mdl.TrackHandle);
        mdl.TrackHandle = -1;
        mdl.Freed = true;
    }

    /// <summary>Without Driver Verifier, MmProbeAndLockPages of an MDL whose pages are locked already
    /// locks them again. Process pages: the lock tracker finds the MDL inserted twice in the process's
    /// list (NtSim always tracks locked pages: see <see cref="CheckNoLockedPagesAtExit"/>). System
    /// pages: the first lock's references are never released, and nothing says so.</summary>
    private static void LockedAgain(KTHREAD thread, MDL mdl)
    {
        if (mdl.Lock is { Process: { } process } held)
        {
            // LOCKED_PAGES_TRACKER_CORRUPTION 0x01: P2 the lock tracking structure, P3 the MDL, P4 the
            // pages locked for the current process (L/debugger/bug-check-0xd9--locked-pages-tracker-corruption).
            thread.Machine.RaiseBugCheck(Wdm.LOCKED_PAGES_TRACKER_CORRUPTION, 0x01, held.Address, mdl.Address, (ulong)process.AddressSpace.LockedPageCount,
                $"MmProbeAndLockPages was given {mdl}, whose pages of {process} are locked already: the MDL is inserted twice in the process's locked-pages list");
        }
    }

    private void UnlockNotLocked(KTHREAD thread, MDL mdl)
    {
        if (MmLayout.IsUser(mdl.VirtualAddress.Address))
        {
            // PROCESS_HAS_LOCKED_PAGES 0x1: P2 the MDL, P3 the process's locked pages, P4 the driver
            // stacks (not kept: 0): unlocking process pages that are not locked. Always checked.
            var process = thread.ApcStateProcess;
            thread.Machine.RaiseBugCheck(Wdm.PROCESS_HAS_LOCKED_PAGES, 1, mdl.Address, (ulong)process.AddressSpace.LockedPageCount, 0,
                $"MmUnlockPages was given {mdl}, whose pages are not locked (never locked, or unlocked already)");
        }

        var detail = $"MmUnlockPages was given {mdl}, whose pages are not locked (never locked, or unlocked already)";

        // 0xC4/0x7C: P2 the MDL, P3 its flags: an MDL whose pages were never successfully locked.
        thread.Machine.Verifier.Violation(VerifierRules.UnlockNeverLocked, mdl.Address, mdl.FlagsParameter, 0, detail);

        // Free build: the pages' references drop below their locks. PFN_LIST_CORRUPT 0x07: P2 the page
        // frame number, P3 its share count (1: the one PTE that maps it), P4 0; "the driver might have
        // called MmUnlockPages twice with the same list" (L/debugger/bug-check-0x4e--pfn-list-corrupt).
        thread.Machine.RaiseBugCheck(Wdm.PFN_LIST_CORRUPT, PfnUnlockedMoreThanLocked, FirstFrameNumber(thread, mdl), 1, 0, detail);
    }

    /// <summary>The frame of the MDL's first page: its PFN array's if it ever had one, else the frame
    /// the buffer's first page has now (0 if it has none).</summary>
    private ulong FirstFrameNumber(KTHREAD thread, MDL mdl)
    {
        if (mdl.PfnArray.Length > 0 && mdl.PfnArray[0] != 0)
        {
            return mdl.PfnArray[0];
        }

        var page = MmLayout.PageBase(mdl.VirtualAddress.Address);
        ref var pte = ref Find(thread, page);
        return Unsafe.IsNullRef(ref pte) || !pte.IsCommitted || pte.Segment is null ? 0 : FrameNumber(pte.Segment.Frame(page));
    }
}
