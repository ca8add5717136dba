namespace NtSim;

/// <summary>
/// IopParseDevice, IopCloseFile and IopDeleteFile: a name that reaches a device object opens a
/// file object on it with IRP_MJ_CREATE; the last handle's close sends IRP_MJ_CLEANUP; the last
/// reference sends IRP_MJ_CLOSE. Each goes to the top of the device's stack and is waited for.
/// </summary>
internal static class FileCreation
{
    /// <summary>The parse procedure of a device object (IopParseDevice).</summary>
    internal static NTSTATUS Parse(DEVICE_OBJECT device, ParseRequest request, out ObjectHeader? found)
    {
        found = null;
        if (request.Context is not OpenPacket packet)
        {
            // Only NtCreateFile/NtOpenFile open things on a device.
            return Wdm.STATUS_OBJECT_TYPE_MISMATCH;
        }

        var thread = KeContext.Running("IRP_MJ_CREATE");
        var machine = thread.Machine;
        // IopCheckDeviceAndDriver: a device being deleted, still initializing or whose driver is unloading opens nothing.
        if (device.DeletePending || device.DriverObject.Image is { UnloadPending: true })
        {
            return Wdm.STATUS_NO_SUCH_DEVICE;
        }

        if ((device.Flags & Wdm.DO_DEVICE_INITIALIZING) != 0)
        {
            // Windows refuses silently; saying why here spares the driver writer a hunt.
            KernelPrint.Print(thread, machine.Modules.Kernel.Name, Wdm.DPFLTR_SYSTEM_ID, Wdm.DPFLTR_ERROR_LEVEL,
                $"NtSim: open of {device.Describe()} refused (STATUS_NO_SUCH_DEVICE): DO_DEVICE_INITIALIZING is still set; " +
                "a device created outside DriverEntry must clear it when it is ready\n");
            return Wdm.STATUS_NO_SUCH_DEVICE;
        }

        // IopParseDevice: the opener's token against the device's security descriptor (docs/security.md).
        if (DeviceSecurity.CheckOpen(thread, device, request, packet.DesiredAccess, out var checkedGrant) is var checkedAccess && !Wdm.NT_SUCCESS(checkedAccess))
        {
            return checkedAccess;
        }

        // An exclusive device has at most one open file object at a time.
        if ((device.Flags & Wdm.DO_EXCLUSIVE) != 0 && Volatile.Read(ref device.ReferenceCount) != 0)
        {
            return Wdm.STATUS_ACCESS_DENIED;
        }

        Interlocked.Increment(ref device.ReferenceCount);
        machine.ObjectManager.Reference(device.Header!);
        var file = new FILE_OBJECT(device, request.RemainingName);
        var header = machine.ObjectManager.CreateObject(ObjectTypes.File, file, machine.Modules.Kernel, null, 0);
        // SecurityContext->DesiredAccess carries the access with GENERIC_* rights mapped.
        // A checked open has what the access check granted (MAXIMUM_ALLOWED: what the DACL gives), which the handle gets too.
        var access = checkedGrant ?? header.Type.MapAccess(packet.DesiredAccess);
        packet.GrantedAccess = checkedGrant;
        InitializeFile(thread, file, packet, access);

        var top = Devices.TopOf(device);
        var irp = machine.IoManager.Irps.Allocate(thread, top.StackSize);
        irp.Flags = Wdm.IRP_CREATE_OPERATION | Wdm.IRP_SYNCHRONOUS_API;
        irp.RequestorMode = request.AccessMode;
        var next = irp.Next!;
        next.MajorFunction = Wdm.IRP_MJ_CREATE;
        next.Parameters.Create.DesiredAccess = access;
        next.Parameters.Create.Options = (packet.Disposition << 24) | (packet.CreateOptions & 0x00FFFFFF);
        next.Parameters.Create.ShareAccess = (ushort)packet.ShareAccess;
        next.Parameters.Create.FileAttributes = (ushort)packet.FileAttributes;
        next.FileObject = file;
        var iosb = SendAndWait(thread, top, irp, file);
        if (!Wdm.NT_SUCCESS(iosb.Status))
        {
            // The driver refused the open: no cleanup or close will be sent for this file object.
            Interlocked.Decrement(ref device.ReferenceCount);
            machine.ObjectManager.Dereference(header);
            machine.ObjectManager.Dereference(device.Header!);
            return iosb.Status;
        }

        file.Opened = true;
        file.Flags |= Wdm.FO_FILE_OPEN;
        packet.Information = iosb.Information;
        packet.File = file;
        found = header;
        return iosb.Status;
    }

    /// <summary>IopCloseFile: the last handle of the file is closed.</summary>
    internal static void Cleanup(KTHREAD thread, FILE_OBJECT file)
    {
        SendFileRequest(thread, file, Wdm.IRP_MJ_CLEANUP, Wdm.IRP_CLOSE_OPERATION | Wdm.IRP_SYNCHRONOUS_API);
        file.Flags |= Wdm.FO_CLEANUP_COMPLETE;
    }

    /// <summary>IopDeleteFile: the last reference to the file is gone. Deletion at raised IRQL (the
    /// last reference of a request completed in a DPC) is deferred to a worker thread, as
    /// ObpDeferObjectDeletion does.</summary>
    internal static void Close(KTHREAD thread, FILE_OBJECT file)
    {
        if (thread.Processor!.Irql > Wdm.PASSIVE_LEVEL)
        {
            var item = new WORK_QUEUE_ITEM { WorkerRoutine = _ => Close(KeContext.Running("IRP_MJ_CLOSE"), file), Module = thread.Machine.Modules.Kernel };
            thread.Machine.WorkQueues.Queue(thread, item, Wdm.CriticalWorkQueue);
            return;
        }

        SendFileRequest(thread, file, Wdm.IRP_MJ_CLOSE, Wdm.IRP_CLOSE_OPERATION | Wdm.IRP_SYNCHRONOUS_API);
        file.Opened = false;
        var device = file.DeviceObject!;
        Interlocked.Decrement(ref device.ReferenceCount);
        // A stop that waited for the last file on the driver's devices (DRV_UNLOAD_PENDING) goes on now.
        DriverUnloader.DeviceReferenceReleased(thread, device);
        // A surprise-removed device waits for its last handle before IRP_MN_REMOVE_DEVICE.
        thread.Machine.Pnp.DeviceReferenceReleased(thread, device);
        thread.Machine.ObjectManager.Dereference(device.Header!);
    }

    private static void InitializeFile(KTHREAD thread, FILE_OBJECT file, OpenPacket packet, uint granted)
    {
        var machine = thread.Machine;
        lock (machine.Scheduler.Lock)
        {
            Events.InitializeLocked(machine, file.Event, Wdm.NotificationEvent, false);
            Events.InitializeLocked(machine, file.Lock, Wdm.SynchronizationEvent, true);
        }

        file.Owner = thread.Process;
        file.ReadAccess = (granted & Wdm.FILE_READ_DATA) != 0;
        file.WriteAccess = (granted & (Wdm.FILE_WRITE_DATA | Wdm.FILE_APPEND_DATA)) != 0;
        file.DeleteAccess = (granted & Wdm.DELETE) != 0;
        file.SharedRead = (packet.ShareAccess & Wdm.FILE_SHARE_READ) != 0;
        file.SharedWrite = (packet.ShareAccess & Wdm.FILE_SHARE_WRITE) != 0;
        file.SharedDelete = (packet.ShareAccess & Wdm.FILE_SHARE_DELETE) != 0;
        if ((packet.CreateOptions & (Wdm.FILE_SYNCHRONOUS_IO_ALERT | Wdm.FILE_SYNCHRONOUS_IO_NONALERT)) != 0)
        {
            file.Flags |= Wdm.FO_SYNCHRONOUS_IO | ((packet.CreateOptions & Wdm.FILE_SYNCHRONOUS_IO_ALERT) != 0 ? Wdm.FO_ALERTABLE_IO : 0);
        }
    }

    private static void SendFileRequest(KTHREAD thread, FILE_OBJECT file, byte major, uint flags)
    {
        var machine = thread.Machine;
        var top = Devices.TopOf(file.DeviceObject!);
        var irp = machine.IoManager.Irps.Allocate(thread, top.StackSize);
        irp.Flags = flags;
        irp.RequestorMode = Wdm.KernelMode;
        var next = irp.Next!;
        next.MajorFunction = major;
        next.FileObject = file;
        SendAndWait(thread, top, irp, file);
    }

    private static IO_STATUS_BLOCK SendAndWait(KTHREAD thread, DEVICE_OBJECT top, IRP irp, FILE_OBJECT file) =>
        SynchronousRequest.Send(thread, top, irp, file);
}
