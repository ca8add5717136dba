namespace NtSim;

/// <summary>System-allocated timers (ExAllocateTimer, ExSetTimer, ExCancelTimer, ExDeleteTimer) over a kernel
/// timer and a DPC. The high-resolution attribute is honoured by construction: virtual time is exact.</summary>
internal static class ExTimers
{
    internal static EX_TIMER Allocate(KTHREAD thread, EXT_CALLBACK? callback, object? context, uint attributes, string file, int line)
    {
        var machine = thread.Machine;
        var timer = new EX_TIMER(callback, context, attributes) { Machine = machine, Address = machine.AllocateObjectAddress(0x80) };
        Timers.Initialize(machine, timer.Timer, Wdm.NotificationTimer);
        var dpc = timer.Dpc;
        dpc.Machine = machine;
        dpc.Address = timer.Address + 0x40;
        dpc.Module = callback is null ? thread.CurrentModule : machine.Modules.For(callback);
        dpc.RoutineName = callback is null ? "(no callback)" : $"{dpc.Module.Name}!{CodeNames.Of(callback.Method)}";
        dpc.Routine = (_, _, _, _) => timer.Callback?.Invoke(timer, timer.Context);

        // Allocated until ExDeleteTimer: a driver that unloads without deleting it leaks it (reported at unload).
        timer.TrackHandle = machine.Tracking.Track(ResourceKind.Other, thread.CurrentModule, timer.Address, 0, 0, default, file, line,
            $"EX_TIMER with callback {dpc.RoutineName} allocated by ExAllocateTimer and not deleted with ExDeleteTimer");
        return timer;
    }

    /// <summary>Arms the timer (DueTime: negative relative, positive absolute, 100 ns; Period in 100 ns, 0 for
    /// one-shot); TRUE if it was set (the old setting is cancelled).</summary>
    internal static bool Set(KTHREAD thread, EX_TIMER timer, long dueTime, long period, string file, int line)
    {
        Require(thread, timer, nameof(Wdm.ExSetTimer));

        // A kernel timer's period is in milliseconds: a shorter period than 1 ms expires every millisecond.
        var periodMs = period <= 0 ? 0 : (int)Math.Clamp(period / 10_000, 1, int.MaxValue);
        return Timers.Set(thread, timer.Timer, dueTime, periodMs, timer.Dpc, file, line);
    }

    internal static bool Cancel(KTHREAD thread, EX_TIMER timer)
    {
        Require(thread, timer, nameof(Wdm.ExCancelTimer));
        return Timers.Cancel(thread.Machine, timer.Timer);
    }

    /// <summary>Deletes the timer: cancelled first when <paramref name="cancel"/> (TRUE if it was set), else
    /// a set timer still expires once. With <paramref name="wait"/>, returns after a callback in progress ends.</summary>
    internal static bool Delete(KTHREAD thread, EX_TIMER timer, bool cancel, bool wait)
    {
        var machine = thread.Machine;
        Require(thread, timer, nameof(Wdm.ExDeleteTimer));
        var cancelled = cancel && Timers.Cancel(machine, timer.Timer);
        if (!cancel && timer.Timer.Period > 0)
        {
            // A periodic timer not cancelled would expire for ever: it runs no more after deletion.
            Timers.Cancel(machine, timer.Timer);
        }

        timer.State = ExTimerState.Deleted;
        machine.Tracking.Untrack(timer.TrackHandle);
        timer.TrackHandle = -1;
        if (wait)
        {
            DpcFlush.Flush(thread);
        }

        return cancelled;
    }

    /// <summary>A deleted EX_TIMER is freed memory: using it faults in the caller (STATUS_ACCESS_VIOLATION;
    /// unhandled, 0x7E/0x1E/0x3B with 0xC0000005).</summary>
    private static void Require(KTHREAD thread, EX_TIMER timer, string ddi) =>
        Uninitialized.Require(timer.Machine == thread.Machine && timer.State == ExTimerState.Allocated, "EX_TIMER", nameof(Wdm.ExAllocateTimer), ddi);
}
