namespace NtSim;

/// <summary>
/// The I/O completion object (an IoCompletion object whose body is a KQUEUE) and what the I/O
/// manager does with it: NtCreateIoCompletion, NtSetIoCompletion (IoSetIoCompletion),
/// NtRemoveIoCompletion(Ex), the association of a file with a port and key
/// (NtSetInformationFile FileCompletionInformation), the notification modes
/// (FileIoCompletionNotificationInformation), and the packet IopCompleteRequest queues when a
/// request on an associated file finishes. docs/io.md.
/// </summary>
internal static class IoCompletions
{
    /// <summary>NtCreateIoCompletion: an unnamed port whose queue lets <paramref name="count"/> threads run at once (0: one per processor).</summary>
    internal static NTSTATUS Create(KTHREAD thread, uint desiredAccess, uint count, out HANDLE handle)
    {
        var port = new KQUEUE();
        Queues.Initialize(thread.Machine, port, count);
        Wdm.InitializeObjectAttributes(out var attributes, null, 0, HANDLE.NULL, null);
        return NamedObjects.Create(thread, attributes, desiredAccess, ObjectTypes.IoCompletion, port, port.Address, thread.PreviousMode,
            nameof(DdiTable.NtCreateIoCompletion), null, 0, out handle, out _);
    }

    /// <summary>NtSetIoCompletion: queues a packet to the port (PostQueuedCompletionStatus).</summary>
    internal static NTSTATUS Post(KTHREAD thread, HANDLE portHandle, ulong key, object? apcContext, NTSTATUS status, ulong information) =>
        WithPort(thread, portHandle, port =>
        {
            Queue(thread.Machine, port, key, apcContext, status, information);
            return Wdm.STATUS_SUCCESS;
        });

    /// <summary>NtRemoveIoCompletion (one packet) and NtRemoveIoCompletionEx (up to <paramref name="packets"/>.Length):
    /// waits for the first packet as KeRemoveQueue does, in the caller's mode, then takes those already queued.
    /// STATUS_TIMEOUT, STATUS_USER_APC (alertable), STATUS_ABANDONED (the port's last handle closed meanwhile) otherwise.</summary>
    internal static NTSTATUS Remove(KTHREAD thread, HANDLE portHandle, IoCompletionPacket[] packets, long? timeout, bool alertable, out int removed)
    {
        var count = 0;
        var result = WithPort(thread, portHandle, port =>
        {
            var first = Queues.Remove(thread, port, thread.PreviousMode, alertable, timeout, out var status);
            if (status != Wdm.STATUS_WAIT_0)
            {
                return status;
            }

            packets[count++] = PacketOf(first);
            if (packets.Length > 1)
            {
                var more = new PLIST_ENTRY[packets.Length - 1];
                var n = Queues.RemoveMore(thread.Machine, port, more);
                for (var i = 0; i < n; i++)
                {
                    packets[count++] = PacketOf(more[i]);
                }
            }

            return Wdm.STATUS_SUCCESS;
        });
        removed = count;
        return result;
    }

    /// <summary>NtSetInformationFile(FileCompletionInformation): the file's completed requests go to the port
    /// with <paramref name="key"/>. STATUS_INVALID_PARAMETER for a file opened for synchronous I/O or one
    /// associated already: a file has at most one port, for the rest of its life.</summary>
    internal static NTSTATUS Associate(KTHREAD thread, HANDLE fileHandle, HANDLE portHandle, ulong key)
    {
        var objects = thread.Machine.ObjectManager;
        var status = objects.ReferenceByHandle(fileHandle, 0, ObjectTypes.File, thread.PreviousMode, out var fileHeader, out _);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            status = objects.ReferenceByHandle(portHandle, Wdm.IO_COMPLETION_MODIFY_STATE, ObjectTypes.IoCompletion, thread.PreviousMode, out var portHeader, out _);
            if (!Wdm.NT_SUCCESS(status))
            {
                return status;
            }

            var file = (FILE_OBJECT)fileHeader!.Body;
            var context = new IO_COMPLETION_CONTEXT((KQUEUE)portHeader!.Body, key);
            if ((file.Flags & Wdm.FO_SYNCHRONOUS_IO) != 0 || Interlocked.CompareExchange(ref file.CompletionContext, context, null) is not null)
            {
                objects.Dereference(portHeader);
                return Wdm.STATUS_INVALID_PARAMETER;
            }

            // The port's reference stays with the file until the file is deleted (Release).
            return Wdm.STATUS_SUCCESS;
        }
        finally
        {
            objects.Dereference(fileHeader!);
        }
    }

    /// <summary>NtSetInformationFile(FileIoCompletionNotificationInformation): FILE_SKIP_COMPLETION_PORT_ON_SUCCESS
    /// and FILE_SKIP_SET_EVENT_ON_HANDLE, which cannot be turned off once set; other bits: STATUS_INVALID_PARAMETER.</summary>
    internal static NTSTATUS SetNotificationModes(KTHREAD thread, HANDLE fileHandle, byte flags)
    {
        // FILE_SKIP_SET_USER_EVENT_ON_FAST_IO (0x4) is accepted: NtSim has no fast I/O path for it to skip.
        if ((flags & ~0x7) != 0)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var objects = thread.Machine.ObjectManager;
        var status = objects.ReferenceByHandle(fileHandle, 0, ObjectTypes.File, thread.PreviousMode, out var header, out _);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        var file = (FILE_OBJECT)header!.Body;
        var set = ((flags & Wdm.FILE_SKIP_COMPLETION_PORT_ON_SUCCESS) != 0 ? Wdm.FO_SKIP_COMPLETION_PORT : 0)
            | ((flags & Wdm.FILE_SKIP_SET_EVENT_ON_HANDLE) != 0 ? Wdm.FO_SKIP_SET_EVENT : 0);
        Interlocked.Or(ref file.Flags, set);
        objects.Dereference(header);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>IopCompleteRequest's last step for a request on an associated file: a packet with the file's
    /// key and the request's ApcContext, unless the request carried no ApcContext (kernel32: the OVERLAPPED's
    /// hEvent had its low bit set), failed with an error its dispatch routine returned at once (the service's
    /// status reports it), or succeeded at once on a file set to FILE_SKIP_COMPLETION_PORT_ON_SUCCESS.</summary>
    internal static void OnRequestFinished(Machine machine, FILE_OBJECT file, object? apcContext, bool pendingReturned, NTSTATUS status, ulong information)
    {
        if (file.CompletionContext is not { } context || apcContext is null)
        {
            return;
        }

        if (!pendingReturned && (Wdm.NT_ERROR(status) || (Wdm.NT_SUCCESS(status) && (file.Flags & Wdm.FO_SKIP_COMPLETION_PORT) != 0)))
        {
            return;
        }

        Queue(machine, context.Port, context.Key, apcContext, status, information);
    }

    /// <summary>IopDeleteFile: the file lets go of its port.</summary>
    internal static void Release(Machine machine, FILE_OBJECT file)
    {
        if (Interlocked.Exchange(ref file.CompletionContext, null) is { } context && ((IObjectBody)context.Port).ObjectHeader is { } header)
        {
            machine.ObjectManager.Dereference(header);
        }
    }

    /// <summary>IoSetIoCompletion: a packet at the tail of the port's queue (or straight to a waiting thread).</summary>
    private static void Queue(Machine machine, KQUEUE port, ulong key, object? apcContext, NTSTATUS status, ulong information)
    {
        var packet = new IoCompletionPacket(key, apcContext, status, information);
        Queues.Insert(machine, port, packet.Entry, head: false);
    }

    private static IoCompletionPacket PacketOf(PLIST_ENTRY entry) => (IoCompletionPacket)entry.Entry!.Container!;

    private static NTSTATUS WithPort(KTHREAD thread, HANDLE portHandle, Func<KQUEUE, NTSTATUS> action)
    {
        var objects = thread.Machine.ObjectManager;
        var status = objects.ReferenceByHandle(portHandle, Wdm.IO_COMPLETION_MODIFY_STATE, ObjectTypes.IoCompletion, thread.PreviousMode, out var header, out _);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            return action((KQUEUE)header!.Body);
        }
        finally
        {
            objects.Dereference(header!);
        }
    }
}
