namespace NtSim;

public static partial class Wdf
{
    /// <summary>Not a valid target state (0).</summary>
    public const WDF_IO_TARGET_STATE WdfIoTargetStateUndefined = WDF_IO_TARGET_STATE.WdfIoTargetStateUndefined;
    /// <summary>The target is open and sends requests.</summary>
    public const WDF_IO_TARGET_STATE WdfIoTargetStarted = WDF_IO_TARGET_STATE.WdfIoTargetStarted;
    /// <summary>The target queues new requests without sending them (WdfIoTargetStop).</summary>
    public const WDF_IO_TARGET_STATE WdfIoTargetStopped = WDF_IO_TARGET_STATE.WdfIoTargetStopped;
    /// <summary>The remote target was closed for a query-remove (WdfIoTargetCloseForQueryRemove); it may reopen.</summary>
    public const WDF_IO_TARGET_STATE WdfIoTargetClosedForQueryRemove = WDF_IO_TARGET_STATE.WdfIoTargetClosedForQueryRemove;
    /// <summary>The remote target is closed (WdfIoTargetClose).</summary>
    public const WDF_IO_TARGET_STATE WdfIoTargetClosed = WDF_IO_TARGET_STATE.WdfIoTargetClosed;
    /// <summary>The target was deleted (its device was removed); it sends nothing more.</summary>
    public const WDF_IO_TARGET_STATE WdfIoTargetDeleted = WDF_IO_TARGET_STATE.WdfIoTargetDeleted;
    /// <summary>The target fails new requests and cancelled the ones it had (WdfIoTargetPurge, KMDF 1.11).</summary>
    public const WDF_IO_TARGET_STATE WdfIoTargetPurged = WDF_IO_TARGET_STATE.WdfIoTargetPurged;
    /// <summary>Open a DEVICE_OBJECT the driver already has (WDF_IO_TARGET_OPEN_PARAMS_INIT_EXISTING_DEVICE).</summary>
    public const WDF_IO_TARGET_OPEN_TYPE WdfIoTargetOpenUseExistingDevice = WDF_IO_TARGET_OPEN_TYPE.WdfIoTargetOpenUseExistingDevice;
    /// <summary>Open a device, file or device interface by its object name, as ZwCreateFile does (the _CREATE_BY_NAME and _OPEN_BY_NAME INIT functions).</summary>
    public const WDF_IO_TARGET_OPEN_TYPE WdfIoTargetOpenByName = WDF_IO_TARGET_OPEN_TYPE.WdfIoTargetOpenByName;
    /// <summary>Open again, with the parameters of the first open by name, after WdfIoTargetCloseForQueryRemove (WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN).</summary>
    public const WDF_IO_TARGET_OPEN_TYPE WdfIoTargetOpenReopen = WDF_IO_TARGET_OPEN_TYPE.WdfIoTargetOpenReopen;
    /// <summary>UMDF only (4): open a file handle on the lower stack, as WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_FILE does.</summary>
    public const WDF_IO_TARGET_OPEN_TYPE WdfIoTargetOpenLocalTargetByFile = WDF_IO_TARGET_OPEN_TYPE.WdfIoTargetOpenLocalTargetByFile;
    /// <summary>WdfIoTargetStop cancels the requests already sent and waits for them.</summary>
    public const WDF_IO_TARGET_SENT_IO_ACTION WdfIoTargetCancelSentIo = WDF_IO_TARGET_SENT_IO_ACTION.WdfIoTargetCancelSentIo;
    /// <summary>WdfIoTargetStop waits for the requests already sent to complete.</summary>
    public const WDF_IO_TARGET_SENT_IO_ACTION WdfIoTargetWaitForSentIoToComplete = WDF_IO_TARGET_SENT_IO_ACTION.WdfIoTargetWaitForSentIoToComplete;
    /// <summary>WdfIoTargetStop leaves the requests already sent alone and returns.</summary>
    public const WDF_IO_TARGET_SENT_IO_ACTION WdfIoTargetLeaveSentIoPending = WDF_IO_TARGET_SENT_IO_ACTION.WdfIoTargetLeaveSentIoPending;
    /// <summary>WdfIoTargetPurge cancels the sent requests and waits for them to complete.</summary>
    public const WDF_IO_TARGET_PURGE_IO_ACTION WdfIoTargetPurgeIoAndWait = WDF_IO_TARGET_PURGE_IO_ACTION.WdfIoTargetPurgeIoAndWait;
    /// <summary>WdfIoTargetPurge cancels the sent requests and returns without waiting.</summary>
    public const WDF_IO_TARGET_PURGE_IO_ACTION WdfIoTargetPurgeIo = WDF_IO_TARGET_PURGE_IO_ACTION.WdfIoTargetPurgeIo;

    /// <summary>WDF_IO_TARGET_OPEN_PARAMS_INIT_EXISTING_DEVICE: open a device object the driver already has.</summary>
    public static void WDF_IO_TARGET_OPEN_PARAMS_INIT_EXISTING_DEVICE(out WDF_IO_TARGET_OPEN_PARAMS Params, DEVICE_OBJECT DeviceObject) =>
        Params = new WDF_IO_TARGET_OPEN_PARAMS
        {
            Size = WDF_IO_TARGET_OPEN_PARAMS.SizeOfStruct,
            Type = WDF_IO_TARGET_OPEN_TYPE.WdfIoTargetOpenUseExistingDevice,
            TargetDeviceObject = DeviceObject,
        };

    /// <summary>WDF_IO_TARGET_OPEN_PARAMS_INIT_CREATE_BY_NAME: open (or create) a named device or file; FILE_NON_DIRECTORY_FILE.</summary>
    public static void WDF_IO_TARGET_OPEN_PARAMS_INIT_CREATE_BY_NAME(out WDF_IO_TARGET_OPEN_PARAMS Params, UNICODE_STRING TargetDeviceName, uint DesiredAccess) =>
        Params = new WDF_IO_TARGET_OPEN_PARAMS
        {
            Size = WDF_IO_TARGET_OPEN_PARAMS.SizeOfStruct,
            Type = WDF_IO_TARGET_OPEN_TYPE.WdfIoTargetOpenByName,
            TargetDeviceName = TargetDeviceName,
            DesiredAccess = DesiredAccess,
            CreateOptions = Wdm.FILE_NON_DIRECTORY_FILE,
        };

    /// <summary>WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME: CREATE_BY_NAME with CreateDisposition FILE_OPEN.</summary>
    public static void WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(out WDF_IO_TARGET_OPEN_PARAMS Params, UNICODE_STRING TargetDeviceName, uint DesiredAccess)
    {
        WDF_IO_TARGET_OPEN_PARAMS_INIT_CREATE_BY_NAME(out Params, TargetDeviceName, DesiredAccess);
        Params.CreateDisposition = Wdm.FILE_OPEN;
    }

    /// <summary>WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN: open again with the parameters of the first open.</summary>
    public static void WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN(out WDF_IO_TARGET_OPEN_PARAMS Params) =>
        Params = new WDF_IO_TARGET_OPEN_PARAMS { Size = WDF_IO_TARGET_OPEN_PARAMS.SizeOfStruct, Type = WDF_IO_TARGET_OPEN_TYPE.WdfIoTargetOpenReopen };

    /// <summary>WdfDeviceGetIoTarget: the device's local target (the next lower device), NULL for a control device. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDFIOTARGET WdfDeviceGetIoTarget(WDFDEVICE Device)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceGetIoTarget);
        return new WDFIOTARGET(FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceGetIoTarget)).IoTarget);
    }

    /// <summary>WdfIoTargetCreate: a remote target of <paramref name="Device"/>, not yet open (WdfIoTargetOpen).</summary>
    public static NTSTATUS WdfIoTargetCreate(WDFDEVICE Device, WDF_OBJECT_ATTRIBUTES? IoTargetAttributes, out WDFIOTARGET IoTarget)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoTargetCreate);
        IoTarget = default;
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfIoTargetCreate));
        var target = new FxIoTargetRemote(device.Globals, device);
        var status = target.Commit(thread, IoTargetAttributes);
        if (Wdm.NT_SUCCESS(status))
        {
            IoTarget = new WDFIOTARGET(target);
        }

        return status;
    }

    /// <summary>WdfIoTargetOpen: opens the remote device (by name, by device object, or again) and starts the target.</summary>
    public static NTSTATUS WdfIoTargetOpen(WDFIOTARGET IoTarget, WDF_IO_TARGET_OPEN_PARAMS OpenParams)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoTargetOpen);
        var target = FxHandles.Resolve<FxIoTargetRemote>(thread, IoTarget.Target, FxObjectType.IoTargetRemote, nameof(WdfIoTargetOpen));
        if (OpenParams is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfIoTargetOpen), nameof(OpenParams));
        }

        return target.Open(thread, OpenParams);
    }

    /// <summary>WdfIoTargetStart: requests are sent again, those held while stopped first.</summary>
    public static NTSTATUS WdfIoTargetStart(WDFIOTARGET IoTarget)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoTargetStart);
        return Target(thread, IoTarget, nameof(WdfIoTargetStart)).Start(thread);
    }

    /// <summary>WdfIoTargetStop: new requests are held; sent ones are cancelled, waited for or left (<paramref name="Action"/>). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfIoTargetStop(WDFIOTARGET IoTarget, WDF_IO_TARGET_SENT_IO_ACTION Action)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoTargetStop);
        var target = Target(thread, IoTarget, nameof(WdfIoTargetStop));
        if (Action != WDF_IO_TARGET_SENT_IO_ACTION.WdfIoTargetLeaveSentIoPending && thread.Processor!.Irql > Wdm.PASSIVE_LEVEL)
        {
            // Cancelling or waiting for sent I/O waits: PASSIVE_LEVEL only (wdfiotarget.h).
            FxVerifierBreak.Report(thread, target.Globals, $"WdfIoTargetStop({Action}) at IRQL {(int)thread.Processor.Irql}, needs PASSIVE_LEVEL");
            return;
        }

        target.Stop(thread, Action);
    }

    /// <summary>WdfIoTargetPurge: held requests are cancelled, sent ones cancelled (and waited for). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfIoTargetPurge(WDFIOTARGET IoTarget, WDF_IO_TARGET_PURGE_IO_ACTION Action)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoTargetPurge);
        var target = Target(thread, IoTarget, nameof(WdfIoTargetPurge));
        if (Action == WDF_IO_TARGET_PURGE_IO_ACTION.WdfIoTargetPurgeIoAndWait && thread.Processor!.Irql > Wdm.PASSIVE_LEVEL)
        {
            // Waiting for the purged requests: PASSIVE_LEVEL only (wdfiotarget.h).
            FxVerifierBreak.Report(thread, target.Globals, $"WdfIoTargetPurge(WdfIoTargetPurgeIoAndWait) at IRQL {(int)thread.Processor.Irql}, needs PASSIVE_LEVEL");
            return;
        }

        target.Purge(thread, Action);
    }

    /// <summary>WdfIoTargetClose: a remote target lets go of its device (after its requests complete).</summary>
    public static void WdfIoTargetClose(WDFIOTARGET IoTarget)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoTargetClose);
        FxHandles.Resolve<FxIoTargetRemote>(thread, IoTarget.Target, FxObjectType.IoTargetRemote, nameof(WdfIoTargetClose)).Close(thread, forQueryRemove: false);
    }

    /// <summary>WdfIoTargetCloseForQueryRemove: closes so the remote device may be removed; reopen if the removal is cancelled.</summary>
    public static void WdfIoTargetCloseForQueryRemove(WDFIOTARGET IoTarget)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoTargetCloseForQueryRemove);
        FxHandles.Resolve<FxIoTargetRemote>(thread, IoTarget.Target, FxObjectType.IoTargetRemote, nameof(WdfIoTargetCloseForQueryRemove)).Close(thread, forQueryRemove: true);
    }

    /// <summary>WdfIoTargetGetState. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDF_IO_TARGET_STATE WdfIoTargetGetState(WDFIOTARGET IoTarget)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoTargetGetState);
        return Target(thread, IoTarget, nameof(WdfIoTargetGetState)).TargetState;
    }

    /// <summary>WdfIoTargetGetDevice: the device the target belongs to. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDFDEVICE WdfIoTargetGetDevice(WDFIOTARGET IoTarget)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoTargetGetDevice);
        return new WDFDEVICE(Target(thread, IoTarget, nameof(WdfIoTargetGetDevice)).Device);
    }

    /// <summary>WdfIoTargetWdmGetTargetDeviceObject: the device requests go to. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static DEVICE_OBJECT? WdfIoTargetWdmGetTargetDeviceObject(WDFIOTARGET IoTarget)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoTargetWdmGetTargetDeviceObject);
        return Target(thread, IoTarget, nameof(WdfIoTargetWdmGetTargetDeviceObject)).TargetDevice;
    }

    /// <summary>WdfIoTargetWdmGetTargetPhysicalDevice: the PDO of the target's stack. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static DEVICE_OBJECT? WdfIoTargetWdmGetTargetPhysicalDevice(WDFIOTARGET IoTarget)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoTargetWdmGetTargetPhysicalDevice);
        return Target(thread, IoTarget, nameof(WdfIoTargetWdmGetTargetPhysicalDevice)).TargetPdo;
    }

    /// <summary>WdfIoTargetWdmGetTargetFileObject: the file object of a target opened by name (else NULL). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static FILE_OBJECT? WdfIoTargetWdmGetTargetFileObject(WDFIOTARGET IoTarget)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoTargetWdmGetTargetFileObject);
        return Target(thread, IoTarget, nameof(WdfIoTargetWdmGetTargetFileObject)).TargetFileObject;
    }

    /// <summary>WdfIoTargetWdmGetTargetFileHandle: the kernel handle of a target opened by name (else NULL). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static HANDLE WdfIoTargetWdmGetTargetFileHandle(WDFIOTARGET IoTarget)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoTargetWdmGetTargetFileHandle);
        return Target(thread, IoTarget, nameof(WdfIoTargetWdmGetTargetFileHandle)).TargetHandle;
    }

    /// <summary>WdfIoTargetQueryTargetProperty: a property of the target's PDO (IoGetDeviceProperty).</summary>
    public static NTSTATUS WdfIoTargetQueryTargetProperty(WDFIOTARGET IoTarget, DEVICE_REGISTRY_PROPERTY DeviceProperty, uint BufferLength,
        PVOID PropertyBuffer, out uint ResultLength)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoTargetQueryTargetProperty);
        ResultLength = 0;
        if (Target(thread, IoTarget, nameof(WdfIoTargetQueryTargetProperty)).TargetPdo is not { } pdo)
        {
            return Wdm.STATUS_INVALID_DEVICE_STATE;
        }

        return Wdm.IoGetDeviceProperty(pdo, DeviceProperty, BufferLength, PropertyBuffer, out ResultLength);
    }

    /// <summary>WdfIoTargetAllocAndQueryTargetProperty: the property in a new WDFMEMORY of its size.</summary>
    public static NTSTATUS WdfIoTargetAllocAndQueryTargetProperty(WDFIOTARGET IoTarget, DEVICE_REGISTRY_PROPERTY DeviceProperty, POOL_TYPE PoolType,
        WDF_OBJECT_ATTRIBUTES? PropertyMemoryAttributes, out WDFMEMORY PropertyMemory)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfIoTargetAllocAndQueryTargetProperty);
        PropertyMemory = default;
        var target = Target(thread, IoTarget, nameof(WdfIoTargetAllocAndQueryTargetProperty));
        if (target.TargetPdo is not { } pdo)
        {
            return Wdm.STATUS_INVALID_DEVICE_STATE;
        }

        var status = Wdm.IoGetDeviceProperty(pdo, DeviceProperty, null, out var length);
        if (status != Wdm.STATUS_BUFFER_TOO_SMALL || length == 0)
        {
            return Wdm.NT_SUCCESS(status) ? Wdm.STATUS_UNSUCCESSFUL : status;
        }

        var value = new byte[length];
        status = Wdm.IoGetDeviceProperty(pdo, DeviceProperty, value, out length);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        status = FxMemoryFromPool.Create(thread, target.Globals, PropertyMemoryAttributes, PoolType, 0, length, "", 0, out var memory);
        if (Wdm.NT_SUCCESS(status))
        {
            value.AsSpan(0, (int)length).CopyTo(memory!.Buffer.AsSpan((int)length));
            PropertyMemory = new WDFMEMORY(memory);
        }

        return status;
    }

    private static FxIoTarget Target(KTHREAD thread, WDFIOTARGET handle, string ddi) =>
        FxHandles.Resolve<FxIoTarget>(thread, handle.Target, FxObjectType.IoTarget, ddi);
}
