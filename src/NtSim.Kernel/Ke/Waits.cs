using System.Globalization;

namespace NtSim;

/// <summary>The IRQL rules of KeWaitForXxx and KeDelayExecutionThread.</summary>
internal static class Waits
{
    /// <summary>The kernel's own wait on one object, in kernel mode, not alertable (what the I/O
    /// manager and the PnP manager do where a driver would call KeWaitForSingleObject).</summary>
    internal static NTSTATUS WaitFor(KTHREAD thread, DispatcherObject obj, long? timeout = null) =>
        thread.Machine.Scheduler.Wait(thread, [obj], Wdm.WaitAny, Wdm.KernelMode, false, timeout, Wdm.Executive);

    /// <summary>The kernel's own delay (a relative interval in 100 ns units, negative).</summary>
    internal static void Delay(KTHREAD thread, long interval) =>
        thread.Machine.Scheduler.Wait(thread, [], Wdm.WaitAny, Wdm.KernelMode, false, interval, Wdm.DelayExecution);

    /// <summary>The wait of a system service on behalf of user mode (NtWaitForSingleObject,
    /// NtWaitForMultipleObjects): in user mode, alertable as the caller asks (the Ex waits); a
    /// process's exit ends it either way (Scheduler.AlertForExit).</summary>
    internal static NTSTATUS UserWait(KTHREAD thread, ReadOnlySpan<DispatcherObject> objects, WAIT_TYPE waitType, long? timeout, bool alertable) =>
        thread.Machine.Scheduler.Wait(thread, objects, waitType, Wdm.UserMode, alertable, timeout, Wdm.UserRequest);

    /// <summary>NtDelayExecution's wait: user mode, alertable as asked (SleepEx), <paramref name="interval"/> in 100 ns
    /// units (negative relative, null forever; zero gives up the rest of the quantum); STATUS_SUCCESS when it elapses.</summary>
    internal static NTSTATUS UserDelay(KTHREAD thread, long? interval, bool alertable)
    {
        var status = thread.Machine.Scheduler.Wait(thread, [], Wdm.WaitAny, Wdm.UserMode, alertable, interval == 0 ? -1 : interval, Wdm.DelayExecution);
        return status == Wdm.STATUS_TIMEOUT ? Wdm.STATUS_SUCCESS : status;
    }

    /// <summary>A wait that can block (no timeout, or a non-zero one) needs IRQL &lt;= APC_LEVEL;
    /// only a zero timeout (a poll) is allowed at DISPATCH_LEVEL.</summary>
    internal static void RequireWaitIrql(KTHREAD thread, DispatcherObject? firstObject, long? timeout)
    {
        var irql = thread.Processor!.Irql;
        if (irql >= Wdm.DISPATCH_LEVEL && timeout != 0)
        {
            // 0xC4/0x3B: P2 current IRQL, P3 the object waited on, P4 the timeout argument. Free build: the
            // wait goes on; one satisfied at once returns, one that must block stops in Scheduler.Wait.
            thread.Machine.Verifier.Violation(VerifierRules.WaitAtDispatch, (ulong)irql, firstObject?.Address ?? 0,
                timeout is long t ? (ulong)t : 0,
                timeout is null
                    ? string.Create(CultureInfo.InvariantCulture, $"KeWaitForXxx with no timeout at IRQL {(int)irql}; a wait that can block needs IRQL <= APC_LEVEL")
                    : string.Create(CultureInfo.InvariantCulture, $"KeWaitForXxx with timeout {timeout} at IRQL {(int)irql}; only a zero timeout is allowed at DISPATCH_LEVEL"));
        }
    }

    /// <summary>A dispatcher object used before its KeInitializeXxx routine: an access violation (<see cref="Uninitialized"/>).</summary>
    internal static void RequireInitialized(DispatcherObject obj, Machine machine, string ddi) =>
        Uninitialized.Require(obj.Machine == machine, obj.KindName.Split('(')[0], Initializer(obj), ddi);

    private static string Initializer(DispatcherObject obj) => obj switch
    {
        KEVENT => "KeInitializeEvent",
        KMUTEX => "KeInitializeMutex",
        KSEMAPHORE => "KeInitializeSemaphore",
        KQUEUE => "KeInitializeQueue",
        KTIMER => "KeInitializeTimer(Ex)",
        _ => "its KeInitializeXxx routine",
    };
}
