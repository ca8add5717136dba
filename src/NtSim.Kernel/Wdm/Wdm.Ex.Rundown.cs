namespace NtSim;

public static partial class Wdm
{
    /// <summary>ExInitializeRundownProtection: no access in effect, acquisitions granted.</summary>
    public static void ExInitializeRundownProtection(EX_RUNDOWN_REF RunRef) =>
        Rundown.Initialize(DdiGate.Enter(DdiTable.ExInitializeRundownProtection), KeContext.NotNull(RunRef, nameof(RunRef)));

    /// <summary>ExReInitializeRundownProtection: a run-down reference serves a new object.</summary>
    public static void ExReInitializeRundownProtection(EX_RUNDOWN_REF RunRef) =>
        Rundown.Initialize(DdiGate.Enter(DdiTable.ExReInitializeRundownProtection), KeContext.NotNull(RunRef, nameof(RunRef)));

    /// <summary>ExAcquireRundownProtection: TRUE and one more access in effect, or FALSE once run-down has begun.</summary>
    public static bool ExAcquireRundownProtection(EX_RUNDOWN_REF RunRef) =>
        Rundown.Acquire(DdiGate.Enter(DdiTable.ExAcquireRundownProtection), KeContext.NotNull(RunRef, nameof(RunRef)), 1, nameof(ExAcquireRundownProtection));

    /// <summary>ExAcquireRundownProtectionEx: ExAcquireRundownProtection for <paramref name="Count"/> accesses at once.</summary>
    public static bool ExAcquireRundownProtectionEx(EX_RUNDOWN_REF RunRef, uint Count) =>
        Rundown.Acquire(DdiGate.Enter(DdiTable.ExAcquireRundownProtectionEx), KeContext.NotNull(RunRef, nameof(RunRef)), Count, nameof(ExAcquireRundownProtectionEx));

    /// <summary>ExReleaseRundownProtection: ends one access; the last one lets a waiting run-down return.</summary>
    public static void ExReleaseRundownProtection(EX_RUNDOWN_REF RunRef)
    {
        var thread = DdiGate.Enter(DdiTable.ExReleaseRundownProtection);
        Rundown.Release(thread, KeContext.NotNull(RunRef, nameof(RunRef)), 1, nameof(ExReleaseRundownProtection));
        DdiGate.Leave(thread, DdiTable.ExReleaseRundownProtection);
    }

    /// <summary>ExReleaseRundownProtectionEx: ends <paramref name="Count"/> accesses.</summary>
    public static void ExReleaseRundownProtectionEx(EX_RUNDOWN_REF RunRef, uint Count)
    {
        var thread = DdiGate.Enter(DdiTable.ExReleaseRundownProtectionEx);
        Rundown.Release(thread, KeContext.NotNull(RunRef, nameof(RunRef)), Count, nameof(ExReleaseRundownProtectionEx));
        DdiGate.Leave(thread, DdiTable.ExReleaseRundownProtectionEx);
    }

    /// <summary>ExWaitForRundownProtectionRelease: refuses new accesses and waits for those in effect to end.</summary>
    public static void ExWaitForRundownProtectionRelease(EX_RUNDOWN_REF RunRef) =>
        Rundown.WaitForRelease(DdiGate.Enter(DdiTable.ExWaitForRundownProtectionRelease), KeContext.NotNull(RunRef, nameof(RunRef)), nameof(ExWaitForRundownProtectionRelease));

    /// <summary>ExRundownCompleted: the object's run-down is finished; acquisitions keep failing until reinitialized.</summary>
    public static void ExRundownCompleted(EX_RUNDOWN_REF RunRef) =>
        Rundown.Complete(DdiGate.Enter(DdiTable.ExRundownCompleted), KeContext.NotNull(RunRef, nameof(RunRef)), nameof(ExRundownCompleted));
}
