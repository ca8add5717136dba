namespace NtSim;

/// <summary>PAPCFUNC: a user APC's routine (QueueUserAPC), called with the APC's data.</summary>
public delegate void PAPCFUNC(ulong Parameter);

public static partial class Win32
{
    /// <summary>QueueUserAPC: queues <paramref name="pfnAPC"/> to the thread of
    /// <paramref name="hThread"/> (THREAD_SET_CONTEXT access; the pseudo-handle of the calling
    /// thread too) as a user APC; it runs when that thread waits alertably (SleepEx,
    /// WaitForSingleObjectEx ...), which then returns WAIT_IO_COMPLETION. Nonzero on success; zero
    /// and the error for a bad handle, a thread of no process, or a thread that is ending.</summary>
    public static uint QueueUserAPC(PAPCFUNC pfnAPC, HANDLE hThread, ulong dwData)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, DdiTable.NtQueueApcThread);
        ArgumentNullException.ThrowIfNull(pfnAPC);
        var manager = thread.Machine.ObjectManager;
        ObjectHeader? header = null;
        KTHREAD target;
        if (hThread == Wdm.NtCurrentThread())
        {
            target = thread;
        }
        else
        {
            var status = manager.ReferenceByHandle(hThread, Wdm.THREAD_SET_CONTEXT, ObjectTypes.Thread, Wdm.UserMode, out header, out _);
            if (!Wdm.NT_SUCCESS(status))
            {
                Fail(thread, status);
                return 0;
            }

            target = (KTHREAD)header!.Body;
        }

        try
        {
            // NtQueueApcThread: a thread of no user process takes no user APCs.
            if (target.UserProcess is null)
            {
                Fail(thread, Wdm.STATUS_INVALID_HANDLE);
                return 0;
            }

            var apc = new KAPC();
            Apcs.Initialize(thread, apc, target, Wdm.OriginalApcEnvironment, UserApcKernelRoutine, null, CallApcFunction, Wdm.UserMode, pfnAPC);
            if (!thread.Machine.Scheduler.InsertQueueApc(apc, dwData, null))
            {
                Fail(thread, Wdm.STATUS_UNSUCCESSFUL);
                return 0;
            }

            thread.Machine.Scheduler.SchedulingPoint(thread);
            return 1;
        }
        finally
        {
            if (header is not null)
            {
                manager.Dereference(header);
            }
        }
    }

    /// <summary>SleepEx: waits <paramref name="dwMilliseconds"/>; alertable, it ends early with
    /// WAIT_IO_COMPLETION once the user APCs queued to the thread (QueueUserAPC, ReadFileEx
    /// completions) have run; else 0.</summary>
    public static uint SleepEx(uint dwMilliseconds, bool bAlertable)
    {
        var thread = Current(out var process);
        using var kernel = DdiGate.Service(thread, DdiTable.NtDelayExecution);
        var status = Waits.UserDelay(thread, dwMilliseconds == INFINITE ? null : -10_000L * dwMilliseconds, bAlertable);
        if ((status == Wdm.STATUS_ALERTED || status == Wdm.STATUS_USER_APC) && process.Terminating)
        {
            throw new ThreadTerminatedException(Wdm.STATUS_CANCELLED);
        }

        return status == Wdm.STATUS_USER_APC ? WAIT_IO_COMPLETION : 0;
    }

    /// <summary>WaitForSingleObjectEx: WaitForSingleObject that, alertable, also ends with
    /// WAIT_IO_COMPLETION when user APCs were delivered to the thread.</summary>
    public static uint WaitForSingleObjectEx(HANDLE hHandle, uint dwMilliseconds, bool bAlertable)
    {
        var thread = Current(out var process);
        using var kernel = DdiGate.Service(thread, DdiTable.NtWaitForSingleObject);
        return Wait(thread, process, [hHandle], Wdm.WaitAny, dwMilliseconds, bAlertable);
    }

    /// <summary>WaitForMultipleObjectsEx: WaitForMultipleObjects that, alertable, also ends with
    /// WAIT_IO_COMPLETION when user APCs were delivered to the thread.</summary>
    public static uint WaitForMultipleObjectsEx(uint nCount, HANDLE[] lpHandles, bool bWaitAll, uint dwMilliseconds, bool bAlertable)
    {
        var thread = Current(out var process);
        using var kernel = DdiGate.Service(thread, DdiTable.NtWaitForMultipleObjects);
        ArgumentNullException.ThrowIfNull(lpHandles);
        if (nCount == 0 || nCount > MAXIMUM_WAIT_OBJECTS || nCount > lpHandles.Length)
        {
            thread.Win32State.LastError = Win32Error.ERROR_INVALID_PARAMETER;
            return WAIT_FAILED;
        }

        return Wait(thread, process, lpHandles.AsSpan(0, (int)nCount), bWaitAll && nCount > 1 ? Wdm.WaitAll : Wdm.WaitAny, dwMilliseconds, bAlertable);
    }

    /// <summary>The kernel routine of a user APC kernel32 queues (PspQueueApcSpecialApc): Windows
    /// frees the KAPC here; a managed one needs nothing.</summary>
    private static void UserApcKernelRoutine(KAPC Apc, ref PKNORMAL_ROUTINE? NormalRoutine, ref object? NormalContext,
        ref object? SystemArgument1, ref object? SystemArgument2)
    {
    }

    /// <summary>The user APC's normal routine: the application's PAPCFUNC with its data.</summary>
    private static void CallApcFunction(object? NormalContext, object? SystemArgument1, object? SystemArgument2) =>
        ((PAPCFUNC)NormalContext!)((ulong)SystemArgument1!);
}
