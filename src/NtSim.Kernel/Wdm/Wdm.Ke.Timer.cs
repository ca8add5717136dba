using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeInitializeTimer: a notification timer, not signaled.</summary>
    public static void KeInitializeTimer(KTIMER Timer) => KeInitializeTimerEx(Timer, NotificationTimer);

    /// <summary>KeInitializeTimerEx: a notification or synchronization timer, not signaled, with no
    /// period. It does not cancel a timer that is set: that one still expires and its DPC runs
    /// (KeInitializeTimerEx initializes the header, DueTime and Period only; it leaves the timer
    /// table and Dpc alone).</summary>
    public static void KeInitializeTimerEx(KTIMER Timer, TIMER_TYPE Type)
    {
        var thread = DdiGate.Enter(DdiTable.KeInitializeTimerEx);
        KeContext.NotNull(Timer, nameof(Timer));
        if (Type != NotificationTimer && Type != SynchronizationTimer)
        {
            throw new ArgumentOutOfRangeException(nameof(Type), Type, "KeInitializeTimerEx: not a TIMER_TYPE value.");
        }

        Timers.Initialize(thread.Machine, Timer, Type);
    }

    /// <summary>KeSetTimer: KeSetTimerEx without a period.</summary>
    public static bool KeSetTimer(KTIMER Timer, LARGE_INTEGER DueTime, KDPC? Dpc,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => KeSetTimerEx(Timer, DueTime, 0, Dpc, file, line);

    /// <summary>KeSetTimerEx: arms the timer (negative DueTime relative, positive absolute, in
    /// 100 ns units; Period in milliseconds). TRUE if it was already set (the old setting is cancelled).</summary>
    public static bool KeSetTimerEx(KTIMER Timer, LARGE_INTEGER DueTime, int Period, KDPC? Dpc,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.KeSetTimerEx);
        var machine = thread.Machine;
        KeContext.NotNull(Timer, nameof(Timer));
        Uninitialized.Require(Timer.Machine == machine, "KTIMER", "KeInitializeTimer(Ex)", nameof(KeSetTimerEx));

        if (Period < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Period), Period, "KeSetTimerEx: Period must not be negative.");
        }

        if (Dpc is not null)
        {
            RequireInitialized(Dpc, machine);
        }

        var wasSet = Timers.Set(thread, Timer, DueTime.QuadPart, Period, Dpc, file, line);

        DdiGate.Leave(thread, DdiTable.KeSetTimerEx);
        return wasSet;
    }

    /// <summary>KeCancelTimer: takes the timer out of the timer queue; TRUE if it was set.</summary>
    public static bool KeCancelTimer(KTIMER Timer)
    {
        var thread = DdiGate.Enter(DdiTable.KeCancelTimer);
        var wasSet = Timers.Cancel(thread.Machine, KeContext.NotNull(Timer, nameof(Timer)));

        DdiGate.Leave(thread, DdiTable.KeCancelTimer);
        return wasSet;
    }

    /// <summary>KeReadStateTimer: TRUE if the timer is signaled.</summary>
    public static bool KeReadStateTimer(KTIMER Timer) => KeContext.NotNull(Timer, nameof(Timer)).SignalState != 0;

    /// <summary>KeQuerySystemTime: the system time (100 ns units since 1601, UTC).</summary>
    public static void KeQuerySystemTime(out LARGE_INTEGER CurrentTime)
    {
        var machine = DdiGate.Enter(DdiTable.KeQuerySystemTime).Machine;
        CurrentTime = machine.SystemTimeAtBoot + machine.InterruptTime;
    }

    /// <summary>KeQuerySystemTimePrecise: the system time, precise to the interrupt clock here.</summary>
    public static void KeQuerySystemTimePrecise(out LARGE_INTEGER CurrentTime) => KeQuerySystemTime(out CurrentTime);

    /// <summary>KeQueryInterruptTime: 100 ns units since boot.</summary>
    public static ulong KeQueryInterruptTime() => (ulong)DdiGate.Enter(DdiTable.KeQueryInterruptTime).Machine.InterruptTime;

    /// <summary>KeQueryPerformanceCounter: a 10 MHz counter (the frequency Windows 10 reports).</summary>
    public static LARGE_INTEGER KeQueryPerformanceCounter(out LARGE_INTEGER PerformanceFrequency)
    {
        PerformanceFrequency = 10_000_000;
        return DdiGate.Enter(DdiTable.KeQueryPerformanceCounter).Machine.InterruptTime;
    }

    /// <summary>KeQueryPerformanceCounter without the frequency.</summary>
    public static LARGE_INTEGER KeQueryPerformanceCounter() => DdiGate.Enter(DdiTable.KeQueryPerformanceCounter).Machine.InterruptTime;

    /// <summary>KeQueryTimeIncrement: 100 ns units per clock tick (15.625 ms).</summary>
    public static uint KeQueryTimeIncrement() => 156_250;

    /// <summary>KeQueryTickCount: clock ticks since boot.</summary>
    public static void KeQueryTickCount(out LARGE_INTEGER CurrentCount) =>
        CurrentCount = DdiGate.Enter(DdiTable.KeQueryTickCount).Machine.InterruptTime / 156_250;

    /// <summary>KeDelayExecutionThread: puts the thread to sleep for Interval (negative relative,
    /// positive absolute); STATUS_SUCCESS when it elapses, STATUS_ALERTED if alerted.</summary>
    public static NTSTATUS KeDelayExecutionThread(KPROCESSOR_MODE WaitMode, bool Alertable, LARGE_INTEGER Interval)
    {
        var thread = DdiGate.Enter(DdiTable.KeDelayExecutionThread);
        Waits.RequireWaitIrql(thread, null, Interval.QuadPart);
        // KeDelayExecutionThread records DelayExecution as the thread's wait reason (ReactOS ke/wait.c does the same).
        var status = thread.Machine.Scheduler.Wait(thread, [], WaitAny, WaitMode, Alertable, Interval.QuadPart == 0 ? -1 : Interval.QuadPart, DelayExecution);
        return status == STATUS_TIMEOUT ? STATUS_SUCCESS : status;
    }

    /// <summary>KeStallExecutionProcessor: busy-waits; the processor stays busy (virtual time
    /// advances by the stall in deterministic mode).</summary>
    public static void KeStallExecutionProcessor(uint MicroSeconds)
    {
        var thread = DdiGate.Enter(DdiTable.KeStallExecutionProcessor);
        thread.Machine.Scheduler.Stall(MicroSeconds * 10L);
        DdiGate.Leave(thread, DdiTable.KeStallExecutionProcessor);
    }
}
