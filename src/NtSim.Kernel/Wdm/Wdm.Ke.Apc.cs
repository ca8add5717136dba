namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeEnterCriticalRegion: disables normal kernel APCs for the thread.</summary>
    public static void KeEnterCriticalRegion() => DdiGate.Enter(DdiTable.KeEnterCriticalRegion).KernelApcDisable--;

    /// <summary>KeLeaveCriticalRegion: re-enables normal kernel APCs; without a matching enter it
    /// bug checks 0xC4/0x3E.</summary>
    public static void KeLeaveCriticalRegion()
    {
        var thread = DdiGate.Enter(DdiTable.KeLeaveCriticalRegion);
        if (thread.KernelApcDisable >= 0)
        {
            thread.Machine.RaiseBugCheck(DRIVER_VERIFIER_DETECTED_VIOLATION, 0x3E, 0, 0, 0,
                $"KeLeaveCriticalRegion by {thread}, which is not in a critical region");
        }

        thread.KernelApcDisable++;
        Apcs.DeliverKernel(thread);
    }

    /// <summary>KeEnterGuardedRegion: disables all APCs for the thread.</summary>
    public static void KeEnterGuardedRegion() => DdiGate.Enter(DdiTable.KeEnterGuardedRegion).SpecialApcDisable--;

    /// <summary>KeLeaveGuardedRegion: re-enables APCs; without a matching enter it breaks the
    /// GuardedRegions DDI rule (0xC4/0x4000E).</summary>
    public static void KeLeaveGuardedRegion()
    {
        var thread = DdiGate.Enter(DdiTable.KeLeaveGuardedRegion);
        if (thread.SpecialApcDisable >= 0)
        {
            thread.Machine.RaiseBugCheck(DRIVER_VERIFIER_DETECTED_VIOLATION, 0x0004000E, 0, 0, 0,
                $"KeLeaveGuardedRegion by {thread}, which is not in a guarded region (rule GuardedRegions)");
        }

        thread.SpecialApcDisable++;
        Apcs.DeliverKernel(thread);
    }

    /// <summary>KeAreApcsDisabled: TRUE inside a critical or guarded region. The IRQL does not count
    /// (KeAreApcsDisabled documentation; KeAreAllApcsDisabled is the one that counts IRQL &gt;= APC_LEVEL).</summary>
    public static bool KeAreApcsDisabled()
    {
        var thread = DdiGate.Enter(DdiTable.KeAreApcsDisabled);
        return thread.KernelApcDisable != 0 || thread.SpecialApcDisable != 0;
    }

    /// <summary>KeAreAllApcsDisabled: TRUE inside a guarded region or at APC_LEVEL or above.</summary>
    public static bool KeAreAllApcsDisabled()
    {
        var thread = DdiGate.Enter(DdiTable.KeAreAllApcsDisabled);
        return thread.SpecialApcDisable != 0 || thread.Processor!.Irql >= APC_LEVEL;
    }
}
