using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.Samples.Echo;

/// <summary>The device context: nothing the sample uses beyond showing one (device.h).</summary>
public sealed class DEVICE_CONTEXT
{
    public uint PrivateDeviceData;
}

/// <summary>
/// The echo device (device.c): a device context, the device interface applications find it by, the
/// default queue, and the self-managed I/O callbacks that start the queue and its timer when the
/// device starts (or restarts) and stop them when it leaves D0.
/// </summary>
public sealed partial class EchoDriver
{
    private static NTSTATUS EchoDeviceCreate(WDFDEVICE_INIT DeviceInit)
    {
        WDF_PNPPOWER_EVENT_CALLBACKS_INIT(out var pnpPowerCallbacks);
        pnpPowerCallbacks.EvtDeviceSelfManagedIoInit = EchoEvtDeviceSelfManagedIoStart;
        pnpPowerCallbacks.EvtDeviceSelfManagedIoSuspend = EchoEvtDeviceSelfManagedIoSuspend;
        pnpPowerCallbacks.EvtDeviceSelfManagedIoRestart = EchoEvtDeviceSelfManagedIoStart;
        WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, pnpPowerCallbacks);
        EchoSetRequestAttributes(DeviceInit);

        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE<DEVICE_CONTEXT>(out var deviceAttributes);
        var status = WdfDeviceCreate(ref DeviceInit, deviceAttributes, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        WdfObjectGetTypedContext<DEVICE_CONTEXT>(device)!.PrivateDeviceData = 0;
        status = WdfDeviceCreateDeviceInterface(device, EchoPublic.GUID_DEVINTERFACE_ECHO, null);
        return NT_SUCCESS(status) ? EchoQueueInitialize(device) : status;
    }

    /// <summary>A variant that needs a context on every request sets it here.</summary>
    static partial void EchoSetRequestAttributes(WDFDEVICE_INIT DeviceInit);

    /// <summary>EvtDeviceSelfManagedIoInit / Restart: start the queue, and the timer 100 ms from now.</summary>
    private static NTSTATUS EchoEvtDeviceSelfManagedIoStart(WDFDEVICE Device)
    {
        var queue = WdfDeviceGetDefaultQueue(Device);
        var queueContext = QueueGetContext(queue)!;
        KdPrint("--> EchoEvtDeviceSelfManagedIoInit\n");
        WdfIoQueueStart(queue);
        WdfTimerStart(queueContext.Timer, WDF_REL_TIMEOUT_IN_MS(100));
        KdPrint("<-- EchoEvtDeviceSelfManagedIoInit\n");
        return STATUS_SUCCESS;
    }

    /// <summary>EvtDeviceSelfManagedIoSuspend: stop the queue (waiting for the request the driver
    /// holds to be completed) and the timer (waiting for a running callback).</summary>
    private static NTSTATUS EchoEvtDeviceSelfManagedIoSuspend(WDFDEVICE Device)
    {
        var queue = WdfDeviceGetDefaultQueue(Device);
        var queueContext = QueueGetContext(queue)!;
        KdPrint("--> EchoEvtDeviceSelfManagedIoSuspend\n");
        WdfIoQueueStopSynchronously(queue);
        WdfTimerStop(queueContext.Timer, true);
        KdPrint("<-- EchoEvtDeviceSelfManagedIoSuspend\n");
        return STATUS_SUCCESS;
    }
}
