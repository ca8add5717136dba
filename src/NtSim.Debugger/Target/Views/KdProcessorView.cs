using System.Diagnostics;

namespace NtSim.Debugger.Target.Views;

/// <summary>A processor as <c>!pcr</c>, <c>!prcb</c>, <c>!irql</c> and <c>!dpcs</c> read it: its IRQL, the current and the
/// idle thread (KTHREAD addresses), the DPC queue's depth and its DPCs in queue order.</summary>
[DebuggerDisplay("P{Number} IRQL={Irql}")]
internal sealed record KdProcessorView(int Number, int Irql, ulong CurrentThread, ulong IdleThread, int DpcQueueDepth, IReadOnlyList<KdDpcView> Dpcs);

/// <summary>A queued DPC: the KDPC, its routine's address in its module (0 if none) and the routine's name.</summary>
internal sealed record KdDpcView(ulong Address, ulong RoutineAddress, string RoutineName);

/// <summary>An inserted timer as <c>!timer</c> lists it: the KTIMER, whether it is periodic, its due interrupt time, and
/// the DPC routine it queues or the thread whose wait it times (null when neither).</summary>
internal sealed record KdTimerView(ulong Address, bool Periodic, long DueTime, string? DpcRoutine, ulong? Thread);

/// <summary>What <c>!locks</c> reads: how many executive resources exist, those held (owners and waiters), and the spin locks
/// held by each thread, innermost first.</summary>
internal sealed record KdLocksView(int Resources, IReadOnlyList<KdResourceView> Held, IReadOnlyList<KdSpinLockView> SpinLocks);

/// <summary>A held ERESOURCE: its owners (thread address and recursion count) and the threads waiting for it.</summary>
internal sealed record KdResourceView(ulong Address, bool Exclusive, IReadOnlyList<KdLockOwnerView> Owners,
    IReadOnlyList<ulong> ExclusiveWaiters, IReadOnlyList<ulong> SharedWaiters);

/// <summary>An owner of a resource: the thread's address and how many times it holds it.</summary>
internal sealed record KdLockOwnerView(ulong Thread, int Count);

/// <summary>A held spin lock: the KSPIN_LOCK, its owner (address and <c>T12 (Name)</c>) and the driver line that took it
/// (empty file when unknown).</summary>
internal sealed record KdSpinLockView(ulong Address, ulong Thread, string ThreadName, string AcquiredFile, int AcquiredLine);
