using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>
/// ERESOURCE: a reader/writer lock. Many threads may own it shared, or one thread exclusive; both
/// kinds nest for the owning thread. A shared request waits while an exclusive request waits
/// (unless the thread already owns it shared), so writers are not starved. Waiting exclusive
/// requests sleep on a synchronization event, shared ones on a semaphore; each retries on waking.
/// </summary>
[DebuggerDisplay("ERESOURCE@{Address,h} exclusive={ExclusiveOwner} shared={SharedOwners.Count}")]
public sealed class ERESOURCE
{
    internal Dictionary<KTHREAD, int> SharedOwners { get; } = [];
    internal KTHREAD? ExclusiveOwner { get; set; }
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
