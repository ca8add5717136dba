namespace NtSim;

public static partial class Win32
{
    /// <summary>CreateEvent: a notification (manual-reset) or synchronization (auto-reset) event,
    /// as a handle in the process's table. A name (<c>Global\</c> or <c>Local\</c> prefix allowed) is
    /// created in <c>\BaseNamedObjects</c>; when it exists the handle is to the existing event, whose
    /// state and type stay as they are, and GetLastError gives ERROR_ALREADY_EXISTS. A name taken by
    /// another kind of object fails with ERROR_INVALID_HANDLE.</summary>
    public static HANDLE CreateEvent(SECURITY_ATTRIBUTES? lpEventAttributes, bool bManualReset, bool bInitialState, string? lpName)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, DdiTable.NtCreateEvent);

        // kernel32 passes OBJ_OPENIF: a second CreateEvent of a name opens the first one's event.
        var attributes = Win32ObjectAttributes(lpName, Wdm.OBJ_OPENIF, lpEventAttributes?.bInheritHandle ?? false);
        var status = NamedEvents.Create(thread, attributes, Wdm.EVENT_ALL_ACCESS, bManualReset ? Wdm.NotificationEvent : Wdm.SynchronizationEvent,
            bInitialState, Wdm.UserMode, nameof(CreateEvent), null, 0, out var handle, out _);
        return CreatedOrOpened(thread, status, handle);
    }

    /// <summary>CreateEventW: <see cref="CreateEvent"/>.</summary>
    public static HANDLE CreateEventW(SECURITY_ATTRIBUTES? lpEventAttributes, bool bManualReset, bool bInitialState, string? lpName) =>
        CreateEvent(lpEventAttributes, bManualReset, bInitialState, lpName);

    /// <summary>OpenEvent: a handle with <paramref name="dwDesiredAccess"/> (EVENT_MODIFY_STATE,
    /// SYNCHRONIZE, EVENT_ALL_ACCESS ...) to the named event; NULL and ERROR_FILE_NOT_FOUND when
    /// there is none. SetEvent and the waits check the access the handle was granted.</summary>
    public static HANDLE OpenEvent(uint dwDesiredAccess, bool bInheritHandle, string lpName)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, DdiTable.NtOpenEvent);
        ArgumentNullException.ThrowIfNull(lpName);
        var attributes = Win32ObjectAttributes(lpName, 0, bInheritHandle);
        var status = NamedEvents.Open(thread, attributes, dwDesiredAccess, Wdm.UserMode, nameof(OpenEvent), null, 0, out var handle);
        return CreatedOrOpened(thread, status, handle);
    }

    /// <summary>OpenEventW: <see cref="OpenEvent"/>.</summary>
    public static HANDLE OpenEventW(uint dwDesiredAccess, bool bInheritHandle, string lpName) => OpenEvent(dwDesiredAccess, bInheritHandle, lpName);

    /// <summary>PulseEvent: releases the waiters the event can release and leaves it not signaled
    /// (documented as unreliable on Windows, where a waiter in a kernel-mode APC misses it).</summary>
    public static bool PulseEvent(HANDLE hEvent) => WithEvent(DdiTable.NtPulseEvent, hEvent, static (thread, evt) =>
    {
        Events.Pulse(thread.Machine, evt);
        thread.Machine.Scheduler.SchedulingPoint(thread);
    });

    /// <summary>The OBJECT_ATTRIBUTES kernel32 builds for a named object: the name under
    /// <c>\BaseNamedObjects</c>, or no name.</summary>
    private static OBJECT_ATTRIBUTES Win32ObjectAttributes(string? name, uint attributes, bool inherit)
    {
        if (inherit)
        {
            attributes |= Wdm.OBJ_INHERIT;
        }

        var objectName = string.IsNullOrEmpty(name) ? (UNICODE_STRING?)null : new UNICODE_STRING(NamedObjects.Win32Name(name));
        Wdm.InitializeObjectAttributes(out var result, objectName, attributes, HANDLE.NULL, null);
        return result;
    }

    /// <summary>SetEvent.</summary>
    public static bool SetEvent(HANDLE hEvent) => WithEvent(DdiTable.NtSetEvent, hEvent, static (thread, evt) =>
    {
        // NtSetEvent signals with EVENT_INCREMENT.
        Events.Set(thread.Machine, evt, Wdm.EVENT_INCREMENT);
        thread.Machine.Scheduler.SchedulingPoint(thread);
    });

    /// <summary>ResetEvent.</summary>
    public static bool ResetEvent(HANDLE hEvent) => WithEvent(DdiTable.NtResetEvent, hEvent, static (thread, evt) => Events.Reset(thread.Machine, evt));

    /// <summary>WaitForSingleObject: an event, a thread or a file (signaled when a request on it
    /// completes); <paramref name="dwMilliseconds"/> may be INFINITE. Returns WAIT_OBJECT_0,
    /// Win32Error.WAIT_TIMEOUT or WAIT_FAILED.</summary>
    public static uint WaitForSingleObject(HANDLE hHandle, uint dwMilliseconds)
    {
        var thread = Current(out var process);
        using var kernel = DdiGate.Service(thread, DdiTable.NtWaitForSingleObject);
        return Wait(thread, process, [hHandle], Wdm.WaitAny, dwMilliseconds, alertable: false);
    }

    /// <summary>WaitForMultipleObjects: WAIT_OBJECT_0 + the index of the object that ended a
    /// wait-any, WAIT_OBJECT_0 for a wait-all, Win32Error.WAIT_TIMEOUT or WAIT_FAILED.</summary>
    public static uint WaitForMultipleObjects(uint nCount, HANDLE[] lpHandles, bool bWaitAll, uint dwMilliseconds)
    {
        var thread = Current(out var process);
        using var kernel = DdiGate.Service(thread, DdiTable.NtWaitForMultipleObjects);
        ArgumentNullException.ThrowIfNull(lpHandles);
        if (nCount == 0 || nCount > MAXIMUM_WAIT_OBJECTS || nCount > lpHandles.Length)
        {
            thread.Win32State.LastError = Win32Error.ERROR_INVALID_PARAMETER;
            return WAIT_FAILED;
        }

        return Wait(thread, process, lpHandles.AsSpan(0, (int)nCount), bWaitAll && nCount > 1 ? Wdm.WaitAll : Wdm.WaitAny, dwMilliseconds, alertable: false);
    }

    /// <summary>Sleep: waits <paramref name="dwMilliseconds"/> (virtual time in deterministic mode),
    /// not alertable: SleepEx(dwMilliseconds, FALSE).</summary>
    public static void Sleep(uint dwMilliseconds) => SleepEx(dwMilliseconds, false);

    /// <summary>CreateThread: a new thread of the process running <paramref name="lpStartAddress"/>;
    /// the handle is waitable and ends with the thread.</summary>
    public static HANDLE CreateThread(SECURITY_ATTRIBUTES? lpThreadAttributes, ulong dwStackSize, LPTHREAD_START_ROUTINE lpStartAddress,
        object? lpParameter, uint dwCreationFlags, out uint lpThreadId)
    {
        var thread = Current(out var process);
        using var kernel = DdiGate.Service(thread, DdiTable.NtCreateThreadEx);
        ArgumentNullException.ThrowIfNull(lpStartAddress);
        var created = process.CreateThread($"{process.ImageName} thread", thread.Machine.Modules.For(lpStartAddress),
            () => (int)lpStartAddress(lpParameter), main: false);
        var manager = thread.Machine.ObjectManager;
        var header = manager.AdoptThread(created);
        manager.OpenObjectByPointer(header, 0, Wdm.THREAD_ALL_ACCESS, null, thread.Module, null, 0, out var handle);
        lpThreadId = (uint)created.Id;
        thread.Win32State.LastError = 0;
        return handle;
    }

    /// <summary>NtWaitForSingleObject and NtWaitForMultipleObjects once entered: references the
    /// handles' objects (a file waits on its event), waits in Ke's wait core in user mode,
    /// alertable as asked, and turns the status into kernel32's result (WAIT_IO_COMPLETION for
    /// STATUS_USER_APC: the user APCs run as the service returns).</summary>
    private static uint Wait(KTHREAD thread, UserProcess process, ReadOnlySpan<HANDLE> handles, WAIT_TYPE waitType, uint dwMilliseconds, bool alertable)
    {
        var objects = new DispatcherObject[handles.Length];
        var headers = new ObjectHeader[handles.Length];
        var manager = thread.Machine.ObjectManager;
        var taken = 0;
        try
        {
            for (; taken < handles.Length; taken++)
            {
                var status = manager.ReferenceByHandle(handles[taken], Wdm.SYNCHRONIZE, null, Wdm.UserMode, out var header, out _);
                if (!Wdm.NT_SUCCESS(status))
                {
                    Fail(thread, status);
                    return WAIT_FAILED;
                }

                headers[taken] = header!;
                objects[taken] = header!.Body switch
                {
                    DispatcherObject waitable => waitable,
                    FILE_OBJECT file => file.Event,
                    _ => null!,
                };
                if (objects[taken] is null)
                {
                    taken++;
                    Fail(thread, Wdm.STATUS_OBJECT_TYPE_MISMATCH);
                    return WAIT_FAILED;
                }
            }

            long? timeout = dwMilliseconds == INFINITE ? null : -10_000L * dwMilliseconds;
            while (true)
            {
                var result = Waits.UserWait(thread, objects, waitType, timeout, alertable);
                if (result == Wdm.STATUS_ALERTED || result == Wdm.STATUS_USER_APC)
                {
                    if (process.Terminating)
                    {
                        throw new ThreadTerminatedException(Wdm.STATUS_CANCELLED);
                    }

                    if (result == Wdm.STATUS_USER_APC)
                    {
                        thread.Win32State.LastError = 0;
                        return WAIT_IO_COMPLETION;
                    }

                    continue;
                }

                thread.Win32State.LastError = 0;
                return result == Wdm.STATUS_TIMEOUT ? Win32Error.WAIT_TIMEOUT
                    : (uint)result >= (uint)Wdm.STATUS_ABANDONED_WAIT_0 && (uint)result < (uint)Wdm.STATUS_ABANDONED_WAIT_0 + 64 ? WAIT_ABANDONED + ((uint)result - (uint)Wdm.STATUS_ABANDONED_WAIT_0)
                    : (uint)result;
            }
        }
        finally
        {
            for (var i = 0; i < taken; i++)
            {
                manager.Dereference(headers[i]);
            }
        }
    }

    private static bool WithEvent(Ddi service, HANDLE hEvent, Action<KTHREAD, KEVENT> action)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, service);
        var manager = thread.Machine.ObjectManager;
        var status = manager.ReferenceByHandle(hEvent, Wdm.EVENT_MODIFY_STATE, ObjectTypes.Event, Wdm.UserMode, out var header, out _);
        if (!Wdm.NT_SUCCESS(status))
        {
            return Fail(thread, status);
        }

        try
        {
            action(thread, (KEVENT)header!.Body);
            return true;
        }
        finally
        {
            manager.Dereference(header!);
        }
    }
}
