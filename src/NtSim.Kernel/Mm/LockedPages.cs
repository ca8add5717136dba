using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The record of one MmProbeAndLockPages (the lock-tracking structure that !lockedpages lists):
/// which MDL locked how many pages of which process, and the line that locked them. It lives until
/// MmUnlockPages, even if the MDL is freed first, so that the process's end can report it.
/// </summary>
[DebuggerDisplay("{PageCount} page(s) locked by {Mdl}")]
internal sealed class LockedPages(MDL mdl, EPROCESS? process, int pageCount, ulong address, KernelModule module, string file, int line)
{
    internal MDL Mdl { get; } = mdl;

    /// <summary>The process whose user pages are locked, or null for system-space pages.</summary>
    internal EPROCESS? Process { get; } = process;

    internal int PageCount { get; } = pageCount;

    /// <summary>The address of the tracking structure (DRIVER_LEFT_LOCKED_PAGES_IN_PROCESS's P1).</summary>
    internal ulong Address { get; } = address;

    internal KernelModule Module { get; } = module;

    internal string File { get; } = file;

    internal int Line { get; } = line;

    /// <summary>The tracker's handle once the MDL was freed with the pages still locked, or -1.</summary>
    internal int LeakTrackHandle { get; set; } = -1;
}
