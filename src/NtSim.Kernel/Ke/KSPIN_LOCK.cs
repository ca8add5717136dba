using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>KSPIN_LOCK: held by at most one processor, at DISPATCH_LEVEL or above.</summary>
[DebuggerDisplay("{Describe(),nq} owner={Owner}")]
public sealed class KSPIN_LOCK
{
    private int _state;

    internal KTHREAD? Owner { get; set; }
    internal Machine? Machine { get; set; }
    internal ulong Address { get; set; }

    /// <summary>Where the holder took the lock: its [CallerFilePath] and [CallerLineNumber] (no
    /// allocation on the hot path); empty for the kernel's own acquisitions. Meaningful only while
    /// the lock is held (a release leaves the last values, to keep the release cheap).</summary>
    internal string AcquiredFile { get; set; } = "";

    internal int AcquiredLine { get; set; }

    /// <summary>The lock its holder took before this one (its thread's chain of held locks).</summary>
    internal KSPIN_LOCK? HeldBefore { get; set; }

    internal bool IsHeld => Volatile.Read(ref _state) != 0;

    internal bool TryTake() => Interlocked.CompareExchange(ref _state, 1, 0) == 0;

    internal void Free() => Volatile.Write(ref _state, 0);

    internal string Describe() => string.Create(CultureInfo.InvariantCulture, $"KSPIN_LOCK@{Address:X}");
}

/// <summary>KLOCK_QUEUE_HANDLE: the caller's record of an in-stack queued spin lock acquisition.</summary>
public struct KLOCK_QUEUE_HANDLE
{
    internal KSPIN_LOCK? Lock;

    /// <summary>The IRQL before the acquisition, restored by KeReleaseInStackQueuedSpinLock.</summary>
    public KIRQL OldIrql;
}
