using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>EX_PUSH_LOCK (wdm.h, Windows 10 version 1809 and later): a reader/writer lock, smaller
/// and cheaper than an ERESOURCE, acquired exclusive or shared inside a critical region; only a
/// shared hold may be taken again by its thread. Waiters sleep on a notification gate and check again when a release signals it.</summary>
[DebuggerDisplay("EX_PUSH_LOCK@{Address,h} owner={ExclusiveOwner} shared={SharedOwners.Count}")]
public sealed class EX_PUSH_LOCK
{
    internal KTHREAD? ExclusiveOwner { get; set; }
    internal List<KTHREAD> SharedOwners { get; } = [];
    internal int Waiters { get; set; }
    internal int ExclusiveWaiters { get; set; }
    internal KEVENT Gate { get; } = new();
    internal Machine? Machine { get; set; }
    internal ulong Address { get; set; }

    internal bool IsOwnedBy(KTHREAD thread) => ExclusiveOwner == thread || SharedOwners.Contains(thread);

    internal string Describe() => string.Create(CultureInfo.InvariantCulture, $"EX_PUSH_LOCK@{Address:X}");
}
