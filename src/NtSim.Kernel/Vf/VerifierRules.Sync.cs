namespace NtSim;

// The rules of fast mutexes, executive resources, critical and guarded regions and waits. The
// 0x1000 range belongs to Deadlock detection (0x20); subcodes whose page names no option run
// under any option, as Driver Verifier's automatic checks did before Windows 10 1709.
public static partial class VerifierRules
{
    /// <summary>0xC4/0x33: a fast mutex acquired above APC_LEVEL.</summary>
    public static readonly VerifierRule FastMutexAcquiredAboveApc = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x33, Name = "FastMutexAcquiredAboveApcLevel",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", P3 = "the fast mutex", Source = C4,
    };

    /// <summary>0xC4/0x34: a fast mutex released at an IRQL other than APC_LEVEL.</summary>
    public static readonly VerifierRule FastMutexReleasedNotAtApc = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x34, Name = "FastMutexReleasedNotAtApcLevel",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", P3 = "the fast mutex", Source = C4,
    };

    /// <summary>0xC4/0x37: an ERESOURCE acquired with normal kernel APCs enabled.</summary>
    public static readonly VerifierRule ResourceAcquiredWithApcsEnabled = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x37, Name = "ResourceAcquiredWithApcsEnabled",
        Flag = VerifierFlags.AnyOption, P2 = "current IRQL", P3 = "the thread's APC-disable count", P4 = "the resource", Source = C4,
    };

    /// <summary>0xC4/0x38: an ERESOURCE released with normal kernel APCs enabled.</summary>
    public static readonly VerifierRule ResourceReleasedWithApcsEnabled = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x38, Name = "ResourceReleasedWithApcsEnabled",
        Flag = VerifierFlags.AnyOption, P2 = "current IRQL", P3 = "the thread's APC-disable count", P4 = "the resource", Source = C4,
    };

    /// <summary>0xC4/0x39: ExAcquireFastMutexUnsafe below APC_LEVEL outside a critical region.</summary>
    public static readonly VerifierRule FastMutexUnsafeAcquiredWithApcsEnabled = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x39, Name = "FastMutexUnsafeAcquiredWithApcsEnabled",
        Flag = VerifierFlags.AnyOption, P2 = "current IRQL", P3 = "the thread's APC-disable count", P4 = "the fast mutex", Source = C4,
    };

    /// <summary>0xC4/0x3A: ExReleaseFastMutexUnsafe below APC_LEVEL outside a critical region.</summary>
    public static readonly VerifierRule FastMutexUnsafeReleasedWithApcsEnabled = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x3A, Name = "FastMutexUnsafeReleasedWithApcsEnabled",
        Flag = VerifierFlags.AnyOption, P2 = "current IRQL", P3 = "the thread's APC-disable count", P4 = "the fast mutex", Source = C4,
    };

    /// <summary>0xC4/0x3B: a wait that can block (no timeout or a non-zero one) at DISPATCH_LEVEL or above.</summary>
    public static readonly VerifierRule WaitAtDispatch = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x3B, Name = "WaitAtDispatchLevel",
        Flag = VerifierFlags.ForceIrqlChecking, P2 = "current IRQL", P3 = "the object waited on", P4 = "the timeout", Source = C4,
    };

    /// <summary>0xC4/0x3E: KeLeaveCriticalRegion by a thread not in a critical region.</summary>
    public static readonly VerifierRule LeaveCriticalRegionNotEntered = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x3E, Name = "LeaveCriticalRegionNotEntered",
        Flag = VerifierFlags.AnyOption, Source = C4,
    };

    /// <summary>0xC4/0xD0: an ERESOURCE initialized again while it is owned.</summary>
    public static readonly VerifierRule ResourceInitializedAgain = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0xD0, Name = "ResourceInitializedAgain",
        Flag = VerifierFlags.AnyOption, P2 = "the resource", Source = C4,
    };

    /// <summary>0xC4/0xD1: an ERESOURCE deleted that was never initialized.</summary>
    public static readonly VerifierRule UninitializedResourceDeleted = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0xD1, Name = "UninitializedResourceDeleted",
        Flag = VerifierFlags.AnyOption, P2 = "the resource", Source = C4,
    };

    /// <summary>0xC4/0x1000: a lock acquired again by the thread that owns it (self-deadlock).</summary>
    public static readonly VerifierRule SelfDeadlock = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x1000, Name = "SelfDeadlock",
        Flag = VerifierFlags.DeadlockDetection, P2 = "the lock", Source = C4,
    };

    /// <summary>0xC4/0x1004: a lock released by a thread that does not own it.</summary>
    public static readonly VerifierRule ReleasedByNonOwner = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x1004, Name = "LockReleasedByNonOwner",
        Flag = VerifierFlags.DeadlockDetection, P2 = "the lock", P3 = "the owner", P4 = "the current thread", Source = C4,
    };

    /// <summary>0xC4/0x1007: a lock released that was not acquired.</summary>
    public static readonly VerifierRule ReleasedNotAcquired = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x1007, Name = "LockReleasedNotAcquired",
        Flag = VerifierFlags.DeadlockDetection, P2 = "the lock", Source = C4,
    };

    /// <summary>DDI compliance rule GuardedRegions (0x4000E): KeEnterGuardedRegion and KeLeaveGuardedRegion pair up.</summary>
    public static readonly VerifierRule GuardedRegions = new()
    {
        Code = Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, Subcode = 0x4000E, Name = "GuardedRegions",
        Flag = VerifierFlags.DdiComplianceChecking, P2 = "the violated condition (0 here)", P3 = "the rule's state (0 here)",
        P4 = "the supplemental states (0 here)", Source = "devtest/wdm-guardedregions",
    };
}
