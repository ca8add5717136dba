namespace NtSim;

/// <summary>
/// The I/O system services (NtCreateFile, NtReadFile, NtWriteFile, NtDeviceIoControlFile,
/// NtFlushBuffersFile, NtCancelIoFile(Ex)), shared by the Zw* DDIs (PreviousMode KernelMode) and
/// the Win32 facade (PreviousMode UserMode: arguments probed, handle access checked).
/// </summary>
internal static partial class IoServices
{
    private static readonly uint SystemBufferTag = PoolTag.FromString("IoBf");

    /// <summary>NtCreateFile on a device: the name is looked up, the device's parse procedure sends
    /// IRP_MJ_CREATE, and a handle to the new file object is made.</summary>
    internal static NTSTATUS CreateFile(KTHREAD thread, out HANDLE handle, uint desiredAccess, in OBJECT_ATTRIBUTES attributes, IO_STATUS_BLOCK iosb,
        uint fileAttributes, uint shareAccess, uint disposition, uint createOptions, KernelModule creator, string? file, int line)
    {
        handle = HANDLE.NULL;
        var machine = thread.Machine;
        var mode = thread.PreviousMode;
        if (disposition > Wdm.FILE_MAXIMUM_DISPOSITION || (shareAccess & ~Wdm.FILE_SHARE_VALID_FLAGS) != 0)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var packet = new OpenPacket
        {
            DesiredAccess = desiredAccess,
            FileAttributes = fileAttributes,
            ShareAccess = shareAccess,
            Disposition = disposition,
            CreateOptions = createOptions,
        };
        var status = machine.ObjectManager.OpenObjectByName(attributes, ObjectTypes.File, desiredAccess, mode, packet, creator, file, line, "NtCreateFile",
            out handle);
        if (Wdm.NT_SUCCESS(status))
        {
            packet.File!.Flags |= Wdm.FO_HANDLE_CREATED;
            iosb.Status = status;
            iosb.Information = packet.Information;
        }

        return status;
    }

    /// <summary>NtCancelIoFile: cancels the calling thread's requests on the file and waits until
    /// they are finished.</summary>
    internal static NTSTATUS CancelIoFile(KTHREAD thread, HANDLE handle, IO_STATUS_BLOCK iosb)
    {
        var status = ReferenceFile(thread, handle, 0, out var file);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            var machine = thread.Machine;
            foreach (var irp in Requests(machine, file!, irp => irp.Tail.Overlay.Thread == thread))
            {
                CancelIfInFlight(thread, irp);
            }

            // NtCancelIoFile polls until the thread has no request left on the file.
            while (Requests(machine, file!, irp => irp.Tail.Overlay.Thread == thread).Count > 0)
            {
                Waits.Delay(thread, -10 * 10_000);
            }

            iosb.Status = Wdm.STATUS_SUCCESS;
            iosb.Information = 0;
            return Wdm.STATUS_SUCCESS;
        }
        finally
        {
            thread.Machine.ObjectManager.Dereference(file!.Header!);
        }
    }

    /// <summary>NtCancelIoFileEx: cancels the process's requests on the file (or the one whose
    /// status block is <paramref name="target"/>) without waiting; STATUS_NOT_FOUND if there is none.</summary>
    internal static NTSTATUS CancelIoFileEx(KTHREAD thread, HANDLE handle, IO_STATUS_BLOCK? target, IO_STATUS_BLOCK iosb)
    {
        var status = ReferenceFile(thread, handle, 0, out var file);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            var process = thread.Process;
            var found = Requests(thread.Machine, file!,
                irp => irp.Tail.Overlay.Thread?.Process == process && (target is null || irp.UserIosb == target));
            foreach (var irp in found)
            {
                CancelIfInFlight(thread, irp);
            }

            iosb.Status = found.Count == 0 ? Wdm.STATUS_NOT_FOUND : Wdm.STATUS_SUCCESS;
            iosb.Information = 0;
            return iosb.Status;
        }
        finally
        {
            thread.Machine.ObjectManager.Dereference(file!.Header!);
        }
    }

    /// <summary>IoCancelThreadIo: a thread that ends has its requests cancelled and waits (up to
    /// five minutes, as Windows does) for them; a request still there is then disassociated.</summary>
    internal static void CancelThreadIo(KTHREAD thread)
    {
        var machine = thread.Machine;
        if (CancelRequestsOf(thread, thread) == 0)
        {
            return;
        }

        for (var waited = 0; waited < 5 * 60 * 100; waited++)
        {
            lock (machine.IoManager.IrpListLock)
            {
                if (thread.IrpList.Count == 0)
                {
                    return;
                }
            }

            Waits.Delay(thread, -10 * 10_000);
        }

        lock (machine.IoManager.IrpListLock)
        {
            // IopDisassociateThreadIrp: the request stays with the driver but no longer with the thread.
            foreach (var irp in thread.IrpList.ToList())
            {
                thread.IrpList.Remove(irp.ThreadListEntry);
                irp.Tail.Overlay.Thread = null;
            }
        }
    }

    /// <summary>The file object a handle names, referenced; from user mode the handle must grant
    /// <paramref name="access"/>.</summary>
    internal static NTSTATUS ReferenceFile(KTHREAD thread, HANDLE handle, uint access, out FILE_OBJECT? file) =>
        ReferenceFile(thread, handle, access, out file, out _);

    /// <summary>IoCancelIrp, called by <paramref name="caller"/>, on every request
    /// <paramref name="owner"/> has in flight; returns how many there were.</summary>
    internal static int CancelRequestsOf(KTHREAD caller, KTHREAD owner)
    {
        List<IRP> pending;
        lock (caller.Machine.IoManager.IrpListLock)
        {
            pending = [.. owner.IrpList];
        }

        foreach (var irp in pending)
        {
            CancelIfInFlight(caller, irp);
        }

        return pending.Count;
    }

    /// <summary>IoCancelIrp on a request taken from a list, unless it was finished (and perhaps
    /// reused) since the list was read.</summary>
    private static void CancelIfInFlight(KTHREAD thread, IRP irp)
    {
        lock (thread.Machine.IoManager.IrpListLock)
        {
            if (irp.FileListEntry.List is null || irp.IsFree)
            {
                return;
            }
        }

        IoCancel.Cancel(thread, irp);
    }

    private static List<IRP> Requests(Machine machine, FILE_OBJECT file, Func<IRP, bool> match)
    {
        lock (machine.IoManager.IrpListLock)
        {
            return [.. file.PendingIrps.Where(match)];
        }
    }
}
