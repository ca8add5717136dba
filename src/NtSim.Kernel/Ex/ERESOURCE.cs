using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>
/// ERESOURCE: a reader/writer lock. Many threads may own it shared, or one thread exclusive; both
/// kinds nest for the owning thread. A shared request waits while an exclusive request waits
/// (unless the thread already owns it shared), so writers are not starved. Waiting exclusive
/// requests sleep on a synchronization event, shared ones on a semaphore; each retries on waking.
/// </summary>
[DebuggerDisplay("ERESOURCE@{Address,h} exclusive={ExclusiveOwner,h} shared={SharedOwners.Count}")]
public sealed class ERESOURCE
{
    /// <summary>Shared owners and their counts, by ERESOURCE_THREAD: a thread's address, or an owner
    /// pointer with its two low bits set (ExSetResourceOwnerPointer).</summary>
    internal Dictionary<ulong, int> SharedOwners { get; } = [];

    /// <summary>The exclusive owner's ERESOURCE_THREAD, 0 when none.</summary>
    internal ulong ExclusiveOwner { get; set; }
    internal int ExclusiveCount { get; set; }
    internal int ExclusiveWaiters { get; set; }
    internal int SharedWaiters { get; set; }

    /// <summary>The threads waiting for shared ownership, granted it all at once by a release.</summary>
    internal List<KTHREAD> SharedWaitList { get; } = [];
    internal KEVENT ExclusiveWake { get; } = new();
    internal KSEMAPHORE SharedWake { get; } = new();
    internal Machine? Machine { get; set; }
    internal ulong Address { get; set; }
    internal bool Deleted { get; set; }

    internal string Describe() => string.Create(CultureInfo.InvariantCulture, $"ERESOURCE@{Address:X}");
}
