namespace NtSim;

/// <summary>KSPIN_LOCK_QUEUE_NUMBER: a numbered queued spin lock of the kernel (ntifs.h). Values are <c>Wdm.LockQueue*</c>.</summary>
public enum KSPIN_LOCK_QUEUE_NUMBER { }

public static partial class Wdm
{
    // KSPIN_LOCK_QUEUE_NUMBER (ntifs.h, Windows 10 and later): the numbers that name a lock; the
    // LockQueueUnusedSpare* entries of the processor's lock queue array have no lock behind them.
    /// <summary>Queued spin lock number 0: a spare entry with no lock behind it.</summary>
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueUnusedSpare0 = 0;
    /// <summary>Queued spin lock number 1: a spare entry with no lock behind it.</summary>
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueUnusedSpare1 = (KSPIN_LOCK_QUEUE_NUMBER)1;
    /// <summary>Queued spin lock number 2: a spare entry with no lock behind it.</summary>
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueUnusedSpare2 = (KSPIN_LOCK_QUEUE_NUMBER)2;
    /// <summary>Queued spin lock number 3: a spare entry with no lock behind it.</summary>
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueUnusedSpare3 = (KSPIN_LOCK_QUEUE_NUMBER)3;
    /// <summary>Queued spin lock number 4: the cache manager's VACB lock.</summary>
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueVacbLock = (KSPIN_LOCK_QUEUE_NUMBER)4;
    /// <summary>Queued spin lock number 5: the cache manager's master lock.</summary>
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueMasterLock = (KSPIN_LOCK_QUEUE_NUMBER)5;
    /// <summary>Queued spin lock number 6: the nonpaged pool lock.</summary>
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueNonPagedPoolLock = (KSPIN_LOCK_QUEUE_NUMBER)6;
    /// <summary>Queued spin lock number 7: the I/O cancel spin lock (IoAcquireCancelSpinLock).</summary>
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueIoCancelLock = (KSPIN_LOCK_QUEUE_NUMBER)7;
    /// <summary>Queued spin lock number 8: a spare entry with no lock behind it.</summary>
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueUnusedSpare8 = (KSPIN_LOCK_QUEUE_NUMBER)8;
    /// <summary>Queued spin lock number 9: the I/O manager's volume parameter block lock (IoAcquireVpbSpinLock).</summary>
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueIoVpbLock = (KSPIN_LOCK_QUEUE_NUMBER)9;
    /// <summary>Queued spin lock number 10: the I/O manager's database lock.</summary>
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueIoDatabaseLock = (KSPIN_LOCK_QUEUE_NUMBER)10;
    /// <summary>Queued spin lock number 11: the I/O completion lock.</summary>
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueIoCompletionLock = (KSPIN_LOCK_QUEUE_NUMBER)11;
    /// <summary>Queued spin lock number 12: the NTFS structure lock.</summary>
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueNtfsStructLock = (KSPIN_LOCK_QUEUE_NUMBER)12;
    /// <summary>Queued spin lock number 13: the AFD work queue lock.</summary>
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueAfdWorkQueueLock = (KSPIN_LOCK_QUEUE_NUMBER)13;
    /// <summary>Queued spin lock number 14: the cache manager's BCB lock.</summary>
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueBcbLock = (KSPIN_LOCK_QUEUE_NUMBER)14;
    /// <summary>Queued spin lock number 15: a spare entry with no lock behind it.</summary>
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueUnusedSpare15 = (KSPIN_LOCK_QUEUE_NUMBER)15;
    /// <summary>Queued spin lock number 16: a spare entry with no lock behind it.</summary>
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueUnusedSpare16 = (KSPIN_LOCK_QUEUE_NUMBER)16;
    /// <summary>One past the last queued spin lock number (17).</summary>
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueMaximumLock = (KSPIN_LOCK_QUEUE_NUMBER)17;
}
