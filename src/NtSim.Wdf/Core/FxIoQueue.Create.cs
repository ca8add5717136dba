namespace NtSim;

internal sealed partial class FxIoQueue
{
    internal static NTSTATUS Create(KTHREAD thread, FxDevice device, WDF_IO_QUEUE_CONFIG config, WDF_OBJECT_ATTRIBUTES? attributes, out FxIoQueue? queue)
    {
        queue = null;
        if (config.Size != WDF_IO_QUEUE_CONFIG.SizeOfStruct
            || config.DispatchType is <= WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchInvalid or >= WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchMax)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var hasHandler = config.EvtIoDefault is not null || config.EvtIoRead is not null || config.EvtIoWrite is not null
            || config.EvtIoDeviceControl is not null || config.EvtIoInternalDeviceControl is not null;
        if (config.DispatchType != WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchManual && !hasHandler)
        {
            // A queue that presents requests needs a handler to present them to.
            device.Globals.Log.Error("WdfIoQueueCreate: a sequential or parallel queue needs at least one EvtIo handler");
            return Wdf.STATUS_WDF_NO_CALLBACK;
        }

        if (config.DispatchType == WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchParallel && config.Settings.Parallel.NumberOfPresentedRequests == 0)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        if (config.DefaultQueue && device.Io.DefaultQueue is not null)
        {
            // One default queue per device.
            device.Globals.Log.Error("WdfIoQueueCreate: the device already has a default queue");
            return Wdm.STATUS_UNSUCCESSFUL;
        }

        var created = new FxIoQueue(device.Globals, device, config);
        var status = created.Commit(thread, attributes);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        created.ResolveSynchronization();
        device.Io.AddQueue(created);
        queue = created;
        return Wdm.STATUS_SUCCESS;
    }

    protected override void OnDestroy(KTHREAD thread) => Device.Io.RemoveQueue(this);
}
