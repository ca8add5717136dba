namespace NtSim;

/// <summary>
/// A remote I/O target (FxIoTargetRemote, WdfIoTargetCreate + WdfIoTargetOpen): another device,
/// by name (the framework opens a file on it and keeps the handle), or by a device object the
/// driver already has. Close lets go of it; Reopen opens it again with the same parameters.
/// </summary>
internal sealed class FxIoTargetRemote(FxDriverGlobals globals, FxDevice device) : FxIoTarget(globals, device, FxObjectType.IoTargetRemote)
{
    private WDF_IO_TARGET_OPEN_PARAMS? _openParams;
    private bool _ownsFile;

    internal WDF_IO_TARGET_OPEN_TYPE OpenType => _openParams?.Type ?? WDF_IO_TARGET_OPEN_TYPE.WdfIoTargetOpenUndefined;

    /// <summary>WdfIoTargetOpen.</summary>
    internal NTSTATUS Open(KTHREAD thread, WDF_IO_TARGET_OPEN_PARAMS parameters)
    {
        if (parameters.Size != WDF_IO_TARGET_OPEN_PARAMS.SizeOfStruct)
        {
            return Wdm.STATUS_INFO_LENGTH_MISMATCH;
        }

        var state = TargetState;
        if (parameters.Type == WDF_IO_TARGET_OPEN_TYPE.WdfIoTargetOpenReopen)
        {
            // Reopen after CloseForQueryRemove (EvtIoTargetRemoveCanceled) with the parameters of the first open.
            if (_openParams is not { } previous || state != WDF_IO_TARGET_STATE.WdfIoTargetClosedForQueryRemove)
            {
                return Wdm.STATUS_INVALID_DEVICE_STATE;
            }

            parameters = previous;
        }
        else if (state is not (WDF_IO_TARGET_STATE.WdfIoTargetStateUndefined or WDF_IO_TARGET_STATE.WdfIoTargetClosed))
        {
            // Open only once; close before opening another device.
            return Wdm.STATUS_INVALID_DEVICE_STATE;
        }

        var status = parameters.Type switch
        {
            WDF_IO_TARGET_OPEN_TYPE.WdfIoTargetOpenUseExistingDevice => UseExisting(parameters),
            WDF_IO_TARGET_OPEN_TYPE.WdfIoTargetOpenByName => OpenByName(parameters),
            _ => Wdm.STATUS_INVALID_PARAMETER,
        };
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        _openParams = parameters;
        SetState(WDF_IO_TARGET_STATE.WdfIoTargetStarted);
        return Wdm.STATUS_SUCCESS;
    }

    private NTSTATUS UseExisting(WDF_IO_TARGET_OPEN_PARAMS parameters)
    {
        if (parameters.TargetDeviceObject is not { } deviceObject)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        TargetDevice = deviceObject;
        TargetFileObject = parameters.TargetFileObject;
        TargetPdo = BottomOf(deviceObject);
        _ownsFile = false;
        return Wdm.STATUS_SUCCESS;
    }

    private NTSTATUS OpenByName(WDF_IO_TARGET_OPEN_PARAMS parameters)
    {
        if (parameters.TargetDeviceName is not { } name)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        Wdm.InitializeObjectAttributes(out var attributes, name, Wdm.OBJ_KERNEL_HANDLE | Wdm.OBJ_CASE_INSENSITIVE, HANDLE.NULL, null);
        var iosb = new IO_STATUS_BLOCK();
        LARGE_INTEGER? allocation = parameters.AllocationSize is { } size ? new LARGE_INTEGER(size) : null;
        var status = Wdm.ZwCreateFile(out var handle, parameters.DesiredAccess, attributes, iosb, allocation, parameters.FileAttributes,
            parameters.ShareAccess, parameters.CreateDisposition, parameters.CreateOptions, parameters.EaBuffer, parameters.EaBufferLength);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        parameters.FileInformation = (uint)iosb.Information;
        status = Wdm.ObReferenceObjectByHandle(handle, 0, Wdm.IoFileObjectType, Wdm.KernelMode, out var body);
        if (!Wdm.NT_SUCCESS(status))
        {
            Wdm.ZwClose(handle);
            return status;
        }

        var file = (FILE_OBJECT)body!;
        TargetHandle = handle;
        TargetFileObject = file;
        TargetDevice = Wdm.IoGetRelatedDeviceObject(file);
        TargetPdo = BottomOf(TargetDevice);
        _ownsFile = true;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>The PDO at the bottom of <paramref name="device"/>'s stack; null for a stack with none
    /// (a legacy device): its properties cannot be queried (IoGetDeviceProperty takes only a PDO).</summary>
    private static DEVICE_OBJECT? BottomOf(DEVICE_OBJECT device)
    {
        var bottom = device;
        while (bottom.AttachedTo is { } lower)
        {
            bottom = lower;
        }

        return bottom.DeviceNode is null ? null : bottom;
    }

    /// <summary>WdfIoTargetClose / WdfIoTargetCloseForQueryRemove.</summary>
    internal void Close(KTHREAD thread, bool forQueryRemove)
    {
        Shut(thread, forQueryRemove ? WDF_IO_TARGET_STATE.WdfIoTargetClosedForQueryRemove : WDF_IO_TARGET_STATE.WdfIoTargetClosed);
        ReleaseTargetDevice(thread);
    }

    protected override void ReleaseTargetDevice(KTHREAD thread)
    {
        if (_ownsFile && !Globals.Machine.IsHalted)
        {
            if (TargetFileObject is { } file)
            {
                Wdm.ObDereferenceObject(file);
            }

            Wdm.ZwClose(TargetHandle);
        }

        _ownsFile = false;
        TargetFileObject = null;
        TargetHandle = default;
        TargetDevice = null;
        TargetPdo = null;
    }
}
