using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests.Drivers;

/// <summary>
/// A PnP KMDF driver with a bug the verifier catches: its EvtIoRead completes every read with an
/// Information one byte larger than the buffer it was given.
/// </summary>
public sealed class OverreportingDriver : IDriver
{
    public static readonly Guid Interface = new("0d6f1c53-7a55-4d5e-9b43-56b0d3c1a2e7");

    /// <summary>The last request EvtIoRead completed (its handle value).</summary>
    public static ulong LastRequest;

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        WDF_DRIVER_CONFIG_INIT(out var config, OverreportingEvtDeviceAdd);
        return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, config, out _);
    }

    private static NTSTATUS OverreportingEvtDeviceAdd(WDFDRIVER Driver, WDFDEVICE_INIT DeviceInit)
    {
        var status = WdfDeviceCreate(ref DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var queueConfig, WdfIoQueueDispatchParallel);
        queueConfig.EvtIoRead = OverreportingEvtIoRead;
        status = WdfIoQueueCreate(device, queueConfig, WDF_NO_OBJECT_ATTRIBUTES, out _);
        return NT_SUCCESS(status) ? WdfDeviceCreateDeviceInterface(device, Interface, null) : status;
    }

    private static void OverreportingEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, ulong Length)
    {
        LastRequest = Request.Value;
        WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, Length + 1);
    }
}
