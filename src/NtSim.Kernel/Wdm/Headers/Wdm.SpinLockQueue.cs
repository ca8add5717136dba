namespace NtSim;

/// <summary>KSPIN_LOCK_QUEUE_NUMBER: a numbered queued spin lock of the kernel (ntifs.h). Values are <c>Wdm.LockQueue*</c>.</summary>
public enum KSPIN_LOCK_QUEUE_NUMBER { }

public static partial class Wdm
{
    // KSPIN_LOCK_QUEUE_NUMBER (ntifs.h, Windows 10 and later): the numbers that name a lock; the
    // LockQueueUnusedSpare* entries of the processor's lock queue array have no lock behind them.
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueUnusedSpare0 = 0;
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueUnusedSpare1 = (KSPIN_LOCK_QUEUE_NUMBER)1;
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueUnusedSpare2 = (KSPIN_LOCK_QUEUE_NUMBER)2;
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueUnusedSpare3 = (KSPIN_LOCK_QUEUE_NUMBER)3;
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueVacbLock = (KSPIN_LOCK_QUEUE_NUMBER)4;
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueMasterLock = (KSPIN_LOCK_QUEUE_NUMBER)5;
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueNonPagedPoolLock = (KSPIN_LOCK_QUEUE_NUMBER)6;
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueIoCancelLock = (KSPIN_LOCK_QUEUE_NUMBER)7;
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueUnusedSpare8 = (KSPIN_LOCK_QUEUE_NUMBER)8;
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueIoVpbLock = (KSPIN_LOCK_QUEUE_NUMBER)9;
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueIoDatabaseLock = (KSPIN_LOCK_QUEUE_NUMBER)10;
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueIoCompletionLock = (KSPIN_LOCK_QUEUE_NUMBER)11;
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueNtfsStructLock = (KSPIN_LOCK_QUEUE_NUMBER)12;
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueAfdWorkQueueLock = (KSPIN_LOCK_QUEUE_NUMBER)13;
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueBcbLock = (KSPIN_LOCK_QUEUE_NUMBER)14;
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueUnusedSpare15 = (KSPIN_LOCK_QUEUE_NUMBER)15;
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueUnusedSpare16 = (KSPIN_LOCK_QUEUE_NUMBER)16;
    public const KSPIN_LOCK_QUEUE_NUMBER LockQueueMaximumLock = (KSPIN_LOCK_QUEUE_NUMBER)17;
}
