namespace NtSim;

public static partial class Win32
{
    /// <summary>CreateIoCompletionPort: with <paramref name="FileHandle"/> INVALID_HANDLE_VALUE, a new port
    /// (<paramref name="ExistingCompletionPort"/> must be NULL); otherwise the file (opened with
    /// FILE_FLAG_OVERLAPPED) is associated with <paramref name="ExistingCompletionPort"/>, or with a new port
    /// when that is NULL, and its completed requests are queued there with <paramref name="CompletionKey"/>.
    /// Returns the port; NULL and the error on failure (ERROR_INVALID_PARAMETER for a synchronous file, a
    /// file associated already, or an existing port with no file; ERROR_INVALID_HANDLE for a bad handle).
    /// <paramref name="NumberOfConcurrentThreads"/> 0 is one per processor.</summary>
    public static HANDLE CreateIoCompletionPort(HANDLE FileHandle, HANDLE ExistingCompletionPort, ulong CompletionKey, uint NumberOfConcurrentThreads)
    {
        var thread = Current(out _);
        var createOnly = FileHandle == INVALID_HANDLE_VALUE;
        if (createOnly && !ExistingCompletionPort.IsNull)
        {
            Fail(thread, Wdm.STATUS_INVALID_PARAMETER);
            return HANDLE.NULL;
        }

        var port = ExistingCompletionPort;
        NTSTATUS status;
        if (port.IsNull)
        {
            status = PortService(thread, DdiTable.NtCreateIoCompletion,
                t => IoCompletions.Create(t, Wdm.IO_COMPLETION_ALL_ACCESS, NumberOfConcurrentThreads, out port));
            if (!Wdm.NT_SUCCESS(status))
            {
                Fail(thread, status);
                return HANDLE.NULL;
            }
        }

        if (!createOnly)
        {
            status = PortService(thread, DdiTable.NtSetInformationFile, t => IoCompletions.Associate(t, FileHandle, port, CompletionKey));
            if (!Wdm.NT_SUCCESS(status))
            {
                if (ExistingCompletionPort.IsNull)
                {
                    PortService(thread, DdiTable.NtClose, t => t.Machine.ObjectManager.CloseHandle(port, Wdm.UserMode));
                }

                Fail(thread, status);
                return HANDLE.NULL;
            }
        }

        return port;
    }

    /// <summary>GetQueuedCompletionStatus: removes a packet, waiting up to <paramref name="dwMilliseconds"/> for
    /// one. TRUE for a request that succeeded or a posted packet; FALSE with <paramref name="lpOverlapped"/> set
    /// and the request's error for a request that failed; FALSE with <paramref name="lpOverlapped"/> NULL and
    /// WAIT_TIMEOUT on timeout, ERROR_ABANDONED_WAIT_0 when the port's handle was closed during the wait.</summary>
    public static bool GetQueuedCompletionStatus(HANDLE CompletionPort, out uint lpNumberOfBytesTransferred, out ulong lpCompletionKey,
        out OVERLAPPED? lpOverlapped, uint dwMilliseconds)
    {
        var thread = Current(out var process);
        lpNumberOfBytesTransferred = 0;
        lpCompletionKey = 0;
        lpOverlapped = null;
        var packets = new IoCompletionPacket[1];
        var status = RemovePackets(thread, process, DdiTable.NtRemoveIoCompletion, CompletionPort, packets, dwMilliseconds, alertable: false, out _);
        if (status != Wdm.STATUS_SUCCESS)
        {
            return FailRemove(thread, status);
        }

        var packet = packets[0];
        lpNumberOfBytesTransferred = (uint)packet.Information;
        lpCompletionKey = packet.Key;
        lpOverlapped = packet.ApcContext as OVERLAPPED;
        // kernel32 fails the call for any status NT_SUCCESS rejects, warnings included (ERROR_MORE_DATA ...).
        return Wdm.NT_SUCCESS(packet.Status) || Fail(thread, packet.Status);
    }

    /// <summary>GetQueuedCompletionStatusEx: removes up to <paramref name="ulCount"/> packets at once (waiting
    /// for the first), each with its status in Internal; TRUE even for failed requests. FALSE with WAIT_TIMEOUT,
    /// with WAIT_IO_COMPLETION when <paramref name="fAlertable"/> and user APCs ran, ERROR_INVALID_PARAMETER for
    /// a count of 0.</summary>
    public static bool GetQueuedCompletionStatusEx(HANDLE CompletionPort, OVERLAPPED_ENTRY[] lpCompletionPortEntries, uint ulCount,
        out uint ulNumEntriesRemoved, uint dwMilliseconds, bool fAlertable)
    {
        var thread = Current(out var process);
        ArgumentNullException.ThrowIfNull(lpCompletionPortEntries);
        ulNumEntriesRemoved = 0;
        if (ulCount == 0 || ulCount > lpCompletionPortEntries.Length)
        {
            return Fail(thread, Wdm.STATUS_INVALID_PARAMETER);
        }

        var packets = new IoCompletionPacket[ulCount];
        var status = RemovePackets(thread, process, DdiTable.NtRemoveIoCompletionEx, CompletionPort, packets, dwMilliseconds, fAlertable, out var removed);
        if (status != Wdm.STATUS_SUCCESS)
        {
            return FailRemove(thread, status);
        }

        for (var i = 0; i < removed; i++)
        {
            lpCompletionPortEntries[i] = new OVERLAPPED_ENTRY
            {
                lpCompletionKey = packets[i].Key,
                lpOverlapped = packets[i].ApcContext as OVERLAPPED,
                Internal = (uint)packets[i].Status,
                dwNumberOfBytesTransferred = (uint)packets[i].Information,
            };
        }

        ulNumEntriesRemoved = (uint)removed;
        thread.Win32State.LastError = 0;
        return true;
    }

    /// <summary>PostQueuedCompletionStatus: queues a packet of the caller's own (the bytes, key and OVERLAPPED
    /// come back from GetQueuedCompletionStatus as given, with success). ERROR_INVALID_HANDLE for a bad port.</summary>
    public static bool PostQueuedCompletionStatus(HANDLE CompletionPort, uint dwNumberOfBytesTransferred, ulong dwCompletionKey, OVERLAPPED? lpOverlapped)
    {
        var thread = Current(out _);
        var status = PortService(thread, DdiTable.NtSetIoCompletion,
            t => IoCompletions.Post(t, CompletionPort, dwCompletionKey, lpOverlapped, Wdm.STATUS_SUCCESS, dwNumberOfBytesTransferred));
        return Wdm.NT_SUCCESS(status) || Fail(thread, status);
    }

    /// <summary>SetFileCompletionNotificationModes: FILE_SKIP_COMPLETION_PORT_ON_SUCCESS (a request that succeeds
    /// at once queues no packet: the caller handles it on the spot) and FILE_SKIP_SET_EVENT_ON_HANDLE (the file's
    /// own event is not set at completion). They cannot be turned off.</summary>
    public static bool SetFileCompletionNotificationModes(HANDLE FileHandle, byte Flags)
    {
        var thread = Current(out _);
        var status = PortService(thread, DdiTable.NtSetInformationFile, t => IoCompletions.SetNotificationModes(t, FileHandle, Flags));
        return Wdm.NT_SUCCESS(status) || Fail(thread, status);
    }

    /// <summary>kernel32: an OVERLAPPED whose hEvent has its low bit set asks that its completion not be
    /// queued to a port: the event goes to the service without the bit, and the ApcContext is NULL.</summary>
    private static HANDLE EventOf(OVERLAPPED? overlapped) => overlapped is null ? HANDLE.NULL : new HANDLE(overlapped.hEvent.Value & ~1ul);

    private static object? ApcContextOf(OVERLAPPED? overlapped) => overlapped is null || (overlapped.hEvent.Value & 1) != 0 ? null : overlapped;

    private static NTSTATUS RemovePackets(KTHREAD thread, UserProcess process, Ddi ddi, HANDLE port, IoCompletionPacket[] packets, uint dwMilliseconds,
        bool alertable, out int removed)
    {
        long? timeout = dwMilliseconds == INFINITE ? null : -10_000L * dwMilliseconds;
        var count = 0;
        var status = PortService(thread, ddi, t => IoCompletions.Remove(t, port, packets, timeout, alertable, out count));
        removed = count;
        if ((status == Wdm.STATUS_USER_APC || status == Wdm.STATUS_ALERTED) && process.Terminating)
        {
            throw new ThreadTerminatedException(Wdm.STATUS_CANCELLED);
        }

        return status;
    }

    /// <summary>A remove that got no packet: WAIT_TIMEOUT, WAIT_IO_COMPLETION, ERROR_ABANDONED_WAIT_0 (the port
    /// closed), or the status's error (ERROR_INVALID_HANDLE ...).</summary>
    private static bool FailRemove(KTHREAD thread, NTSTATUS status)
    {
        thread.Win32State.LastError = status == Wdm.STATUS_TIMEOUT ? Win32Error.WAIT_TIMEOUT
            : status == Wdm.STATUS_USER_APC ? WAIT_IO_COMPLETION
            : status == Wdm.STATUS_ABANDONED ? Win32Error.ERROR_ABANDONED_WAIT_0
            : Rtl.NtStatusToDosErrorTable.Map(status);
        return false;
    }

    private static NTSTATUS PortService(KTHREAD thread, Ddi ddi, Func<KTHREAD, NTSTATUS> service)
    {
        using var kernel = DdiGate.Service(thread, ddi);
        try
        {
            return service(thread);
        }
        catch (Exception e) when (IsServiceFault(e))
        {
            throw ServiceFault(thread, e);
        }
    }
}
