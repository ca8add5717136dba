using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests.Drivers;

/// <summary>The device context of <see cref="EchoLikeDriver"/>.</summary>
public sealed class ECHO_DEVICE_CONTEXT
{
    public byte[] Stored = [];
    public int PrepareHardwareCalls;
    public List<string> Events = [];
}

/// <summary>
/// A small PnP KMDF driver for the framework's own tests: a default sequential queue whose write
/// stores the data and whose read returns it, as the Echo sample does, and every PnP callback logged.
/// </summary>
public sealed class EchoLikeDriver : IDriver
{
    public static readonly Guid Interface = new("4b0b3e29-0c63-4b39-8f4a-7a0f0b5f6d11");

    private static readonly PFN_WDF_GET_CONTEXT<ECHO_DEVICE_CONTEXT> DeviceGetContext = WDF_DECLARE_CONTEXT_TYPE_WITH_NAME<ECHO_DEVICE_CONTEXT>();

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        WDF_DRIVER_CONFIG_INIT(out var config, EchoEvtDeviceAdd);
        return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, config, out _);
    }

    private static NTSTATUS EchoEvtDeviceAdd(WDFDRIVER Driver, WDFDEVICE_INIT DeviceInit)
    {
        WDF_PNPPOWER_EVENT_CALLBACKS_INIT(out var pnp);
        pnp.EvtDevicePrepareHardware = (d, raw, translated) => Log(d, "PrepareHardware");
        pnp.EvtDeviceD0Entry = (d, previous) => Log(d, $"D0Entry({previous})");
        pnp.EvtDeviceSelfManagedIoInit = d => Log(d, "SelfManagedIoInit");
        pnp.EvtDeviceSelfManagedIoSuspend = d => Log(d, "SelfManagedIoSuspend");
        pnp.EvtDeviceD0Exit = (d, target) => Log(d, $"D0Exit({target})");
        pnp.EvtDeviceReleaseHardware = (d, translated) => Log(d, "ReleaseHardware");
        pnp.EvtDeviceSelfManagedIoCleanup = d => Log(d, "SelfManagedIoCleanup");
        WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, pnp);

        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE<ECHO_DEVICE_CONTEXT>(out var attributes);
        var status = WdfDeviceCreate(ref DeviceInit, attributes, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var queueConfig, WdfIoQueueDispatchSequential);
        queueConfig.EvtIoRead = EchoEvtIoRead;
        queueConfig.EvtIoWrite = EchoEvtIoWrite;
        status = WdfIoQueueCreate(device, queueConfig, WDF_NO_OBJECT_ATTRIBUTES, out _);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        return WdfDeviceCreateDeviceInterface(device, Interface, null);
    }

    private static NTSTATUS Log(WDFDEVICE device, string what)
    {
        DeviceGetContext(device)!.Events.Add(what);
        return STATUS_SUCCESS;
    }

    private static void EchoEvtIoWrite(WDFQUEUE Queue, WDFREQUEST Request, ulong Length)
    {
        var context = DeviceGetContext(WdfIoQueueGetDevice(Queue))!;
        var status = WdfRequestRetrieveInputBuffer(Request, 1, out var buffer, out var length);
        if (!NT_SUCCESS(status))
        {
            WdfRequestComplete(Request, status);
            return;
        }

        context.Stored = buffer.AsReadOnlySpan((int)length).ToArray();
        WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, length);
    }

    private static void EchoEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, ulong Length)
    {
        var context = DeviceGetContext(WdfIoQueueGetDevice(Queue))!;
        var status = WdfRequestRetrieveOutputBuffer(Request, 1, out var buffer, out var length);
        if (!NT_SUCCESS(status))
        {
            WdfRequestComplete(Request, status);
            return;
        }

        var count = Math.Min((int)length, context.Stored.Length);
        context.Stored.AsSpan(0, count).CopyTo(buffer.AsSpan(count));
        WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, (ulong)count);
    }
}
