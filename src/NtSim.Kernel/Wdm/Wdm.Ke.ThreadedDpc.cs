namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeInitializeThreadedDpc: a DPC whose routine Windows runs at PASSIVE_LEVEL in a real-time
    /// thread, or, when threaded DPCs are disabled, as an ordinary DPC at DISPATCH_LEVEL (learn.microsoft.com,
    /// "Introduction to Threaded DPCs"). NtSim runs it as with threaded DPCs disabled: at DISPATCH_LEVEL, the
    /// stricter of the two, which a threaded DPC routine must be written for anyway.</summary>
    public static void KeInitializeThreadedDpc(KDPC Dpc, KDEFERRED_ROUTINE? DeferredRoutine, object? DeferredContext) =>
        InitializeDpc(DdiGate.Enter(DdiTable.KeInitializeThreadedDpc), KeContext.NotNull(Dpc, nameof(Dpc)), DeferredRoutine, DeferredContext);

    /// <summary>KeSetCoalescableTimer: KeSetTimerEx with a tolerable delay the system may use to expire it
    /// together with other timers. A simulated machine expires it on time, which is within any tolerance.</summary>
    public static bool KeSetCoalescableTimer(KTIMER Timer, LARGE_INTEGER DueTime, uint Period, uint TolerableDelay, KDPC? Dpc,
        [System.Runtime.CompilerServices.CallerFilePath] string file = "", [System.Runtime.CompilerServices.CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.KeSetCoalescableTimer);
        var machine = thread.Machine;
        KeContext.NotNull(Timer, nameof(Timer));
        Uninitialized.Require(Timer.Machine == machine, "KTIMER", "KeInitializeTimer(Ex)", nameof(KeSetCoalescableTimer));
        if (Dpc is not null)
        {
            RequireInitialized(Dpc, machine);
        }

        var wasSet = Timers.Set(thread, Timer, DueTime.QuadPart, checked((int)Period), Dpc, file, line);
        DdiGate.Leave(thread, DdiTable.KeSetCoalescableTimer);
        return wasSet;
    }
}
