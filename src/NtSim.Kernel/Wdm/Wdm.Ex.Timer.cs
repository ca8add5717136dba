using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    // wdm.h: ExAllocateTimer attributes and ExSetTimer's tolerance.
    /// <summary>ExAllocateTimer: a high-resolution timer, which expires at the system clock's finest resolution.</summary>
    public const uint EX_TIMER_HIGH_RESOLUTION = 0x4;
    /// <summary>ExAllocateTimer: the timer does not wake the system from a low-power state.</summary>
    public const uint EX_TIMER_NO_WAKE = 0x8;
    /// <summary>ExSetTimer's TolerableDelay: the expiry may be delayed without limit.</summary>
    public const long EX_TIMER_UNLIMITED_TOLERANCE = -1;

    /// <summary>ExAllocateTimer: a timer object whose <paramref name="Callback"/> runs at DISPATCH_LEVEL each time
    /// it expires; NULL if the system is out of resources.</summary>
    public static EX_TIMER? ExAllocateTimer(EXT_CALLBACK? Callback, object? CallbackContext, uint Attributes,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ExAllocateTimer);
        if (DdiGate.InjectFault(thread, DdiTable.ExAllocateTimer))
        {
            return null;
        }

        return ExTimers.Allocate(thread, Callback, CallbackContext, Attributes, file, line);
    }

    /// <summary>ExSetTimer: arms the timer (DueTime negative relative, positive absolute; DueTime and Period in
    /// 100 ns units, Period 0 for one expiration). TRUE if it was set, and the old setting is cancelled.</summary>
    public static bool ExSetTimer(EX_TIMER Timer, long DueTime, long Period, EXT_SET_PARAMETERS? Parameters,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ExSetTimer);
        var wasSet = ExTimers.Set(thread, KeContext.NotNull(Timer, nameof(Timer)), DueTime, Period, file, line);
        DdiGate.Leave(thread, DdiTable.ExSetTimer);
        return wasSet;
    }

    /// <summary>ExCancelTimer: TRUE if the timer was set and is cancelled. Parameters is reserved (NULL).</summary>
    public static bool ExCancelTimer(EX_TIMER Timer, object? Parameters) =>
        ExTimers.Cancel(DdiGate.Enter(DdiTable.ExCancelTimer), KeContext.NotNull(Timer, nameof(Timer)));

    /// <summary>ExDeleteTimer: frees the timer; TRUE only if <paramref name="Cancel"/> is TRUE and the timer was set.
    /// With <paramref name="Wait"/> (IRQL &lt;= APC_LEVEL) it returns after a callback in progress ends. The
    /// delete callback of <paramref name="Parameters"/> runs once the timer is gone.</summary>
    public static bool ExDeleteTimer(EX_TIMER Timer, bool Cancel, bool Wait, EXT_DELETE_PARAMETERS? Parameters)
    {
        var thread = DdiGate.Enter(DdiTable.ExDeleteTimer);
        KeContext.NotNull(Timer, nameof(Timer));
        var irql = thread.Processor!.Irql;
        if (Wait && irql > APC_LEVEL)
        {
            // "If Wait is TRUE, the routine must be called at IRQL <= APC_LEVEL" (ExDeleteTimer's remarks).
            thread.Machine.Verifier.Violation(VerifierRules.ApiAtWrongIrql, (ulong)irql, 0, 0,
                $"ExDeleteTimer with Wait = TRUE called at IRQL {(int)irql}; it must be called at IRQL <= APC_LEVEL");
        }

        var cancelled = ExTimers.Delete(thread, Timer, Cancel, Wait);
        Parameters?.DeleteCallback?.Invoke(Parameters.DeleteContext);
        return cancelled;
    }

    /// <summary>ExInitializeSetTimerParameters: an inline wdm.h function (not a call into the kernel).</summary>
    public static void ExInitializeSetTimerParameters(out EXT_SET_PARAMETERS Parameters) =>
        Parameters = new EXT_SET_PARAMETERS { Version = 0, NoWakeTolerance = 0 };

    /// <summary>ExInitializeDeleteTimerParameters: an inline wdm.h function (not a call into the kernel).</summary>
    public static void ExInitializeDeleteTimerParameters(out EXT_DELETE_PARAMETERS Parameters) =>
        Parameters = new EXT_DELETE_PARAMETERS();
}
