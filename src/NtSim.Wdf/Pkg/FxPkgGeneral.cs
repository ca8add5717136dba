namespace NtSim;

/// <summary>
/// The general package (FxPkgGeneral): IRP_MJ_CREATE, IRP_MJ_CLEANUP and IRP_MJ_CLOSE, the
/// framework file objects, and the device's symbolic link. With no EvtDeviceFileCreate the framework
/// opens the file itself (a filter passes the create down); EvtFileCleanup and EvtFileClose are
/// called when given, under the device's callback lock (FxCallbackRun); the WDFFILEOBJECT lives
/// from create to close.
/// </summary>
internal sealed partial class FxPkgGeneral
{
    private readonly FxDevice _device;
    private readonly Lock _lock = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<FILE_OBJECT, FxFileObject> _files = new(ReferenceEqualityComparer.Instance);

    internal FxPkgGeneral(FxDevice device, WDFDEVICE_INIT init)
    {
        _device = device;
        Config = init.FileObjectConfig;
        FileAttributes = init.FileObjectAttributes;
    }

    internal WDF_FILEOBJECT_CONFIG? Config { get; }

    internal WDF_OBJECT_ATTRIBUTES? FileAttributes { get; }

    /// <summary>The link WdfDeviceCreateSymbolicLink made, deleted with the device.</summary>
    internal string? SymbolicLink { get; set; }

    private bool AutoForward => _device.IsFilter
        ? Config?.AutoForwardCleanupClose != WDF_TRI_STATE.WdfFalse
        : Config?.AutoForwardCleanupClose == WDF_TRI_STATE.WdfTrue;

    internal FxFileObject? FileObjectOf(FILE_OBJECT? fileObject)
    {
        if (fileObject is null)
        {
            return null;
        }

        // Read on every request: a lock-free lookup.
        return _files.GetValueOrDefault(fileObject);
    }

    internal NTSTATUS Dispatch(KTHREAD thread, IRP irp)
    {
        var stack = Wdm.IoGetCurrentIrpStackLocation(irp);
        return stack.MajorFunction switch
        {
            Wdm.IRP_MJ_CREATE => Create(thread, irp, stack),
            Wdm.IRP_MJ_CLEANUP => Cleanup(thread, irp, stack),
            _ => Close(thread, irp, stack),
        };
    }

    private NTSTATUS Create(KTHREAD thread, IRP irp, IO_STACK_LOCATION stack)
    {
        FxFileObject? file = null;
        if (stack.FileObject is { } wdmFile)
        {
            file = new FxFileObject(_device.Globals, _device, wdmFile);
            var status = file.Commit(thread, FileAttributes);
            if (!Wdm.NT_SUCCESS(status))
            {
                return FxIrp.Complete(irp, status, 0);
            }

            _files[wdmFile] = file;
        }

        if (Config?.EvtDeviceFileCreate is not { } onCreate)
        {
            return _device.IsFilter ? FxIrp.PassDown(_device, irp) : FxIrp.Complete(irp, Wdm.STATUS_SUCCESS, 0);
        }

        var request = _device.Requests.Take(thread, irp, file);
        if (request is null)
        {
            ForgetFile(thread, file);
            return FxIrp.Complete(irp, Wdm.STATUS_INSUFFICIENT_RESOURCES, 0);
        }

        Wdm.IoMarkIrpPending(irp);
        request.Move(FxRequestState.DriverOwned);
        FxCallbackRun.Invoke(thread, _device, _device.CallbackLock, r => onCreate(new WDFDEVICE(_device), r, new WDFFILEOBJECT(file)),
            new WDFREQUEST(request), "EvtDeviceFileCreate");
        if (request.RequestState == FxRequestState.Free && !Wdm.NT_SUCCESS(request.CompletionStatus))
        {
            // A create the driver failed opens nothing: no cleanup or close will come for it.
            ForgetFile(thread, file);
        }

        return Wdm.STATUS_PENDING;
    }

    private NTSTATUS Cleanup(KTHREAD thread, IRP irp, IO_STACK_LOCATION stack)
    {
        var file = FileObjectOf(stack.FileObject);
        if (file is not null && Config?.EvtFileCleanup is { } onCleanup)
        {
            FxCallbackRun.Invoke(thread, _device, _device.CallbackLock, onCleanup.Invoke, new WDFFILEOBJECT(file), "EvtFileCleanup");
        }

        return AutoForward ? FxIrp.PassDown(_device, irp) : FxIrp.Complete(irp, Wdm.STATUS_SUCCESS, 0);
    }

    private NTSTATUS Close(KTHREAD thread, IRP irp, IO_STACK_LOCATION stack)
    {
        var file = FileObjectOf(stack.FileObject);
        if (file is not null && Config?.EvtFileClose is { } onClose)
        {
            FxCallbackRun.Invoke(thread, _device, _device.CallbackLock, onClose.Invoke, new WDFFILEOBJECT(file), "EvtFileClose");
        }

        ForgetFile(thread, file);
        return AutoForward ? FxIrp.PassDown(_device, irp) : FxIrp.Complete(irp, Wdm.STATUS_SUCCESS, 0);
    }

    private void ForgetFile(KTHREAD thread, FxFileObject? file)
    {
        if (file is null)
        {
            return;
        }

        _files.TryRemove(file.WdmFileObject, out _);

        file.Delete(thread);
    }

    internal void OnDeviceDeleted(KTHREAD thread)
    {
        FxFileObject[] open = [.. _files.Values];
        _files.Clear();

        foreach (var file in open)
        {
            file.Delete(thread);
        }
    }

    internal void DeleteSymbolicLink()
    {
        if (SymbolicLink is { } link)
        {
            Wdm.IoDeleteSymbolicLink(new UNICODE_STRING(link));
            SymbolicLink = null;
        }
    }
}
