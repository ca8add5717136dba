using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests.Drivers;

/// <summary>
/// A KMDF upper filter that forwards reads and writes to its local target unchanged
/// (WdfRequestFormatRequestUsingCurrentType) with a completion routine, which prints what the
/// lower driver did and completes the request with it; IOCTLs go down send-and-forget.
/// </summary>
public sealed class ForwardingFilterDriver : IDriver
{
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        WDF_DRIVER_CONFIG_INIT(out var config, FilterEvtDeviceAdd);
        return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, config, out _);
    }

    private static NTSTATUS FilterEvtDeviceAdd(WDFDRIVER Driver, WDFDEVICE_INIT DeviceInit)
    {
        WdfFdoInitSetFilter(DeviceInit);
        var status = WdfDeviceCreate(ref DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        // The local target's PDO answers property queries: print its first hardware ID.
        status = WdfIoTargetAllocAndQueryTargetProperty(WdfDeviceGetIoTarget(device), DevicePropertyHardwareID, NonPagedPoolNx,
            WDF_NO_OBJECT_ATTRIBUTES, out var hardwareIds);
        if (NT_SUCCESS(status))
        {
            var ids = WdfMemoryGetBuffer(hardwareIds, out var size);
            var text = System.Text.Encoding.Unicode.GetString(ids.AsReadOnlySpan((int)size));
            DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "filter: below %s\n", text.Split('\0')[0]);
            WdfObjectDelete(hardwareIds);
        }

        WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var queueConfig, WdfIoQueueDispatchParallel);
        queueConfig.EvtIoRead = (queue, request, length) => FilterForward(queue, request);
        queueConfig.EvtIoWrite = (queue, request, length) => FilterForward(queue, request);
        queueConfig.EvtIoDeviceControl = FilterEvtIoDeviceControl;
        return WdfIoQueueCreate(device, queueConfig, WDF_NO_OBJECT_ATTRIBUTES, out _);
    }

    private static void FilterForward(WDFQUEUE Queue, WDFREQUEST Request)
    {
        var target = WdfDeviceGetIoTarget(WdfIoQueueGetDevice(Queue));
        WdfRequestFormatRequestUsingCurrentType(Request);
        WdfRequestSetCompletionRoutine(Request, FilterRequestCompletionRoutine, target);
        if (!WdfRequestSend(Request, target, WDF_NO_SEND_OPTIONS))
        {
            WdfRequestComplete(Request, WdfRequestGetStatus(Request));
        }
    }

    private static void FilterRequestCompletionRoutine(WDFREQUEST Request, WDFIOTARGET Target, WDF_REQUEST_COMPLETION_PARAMS Params, object? Context)
    {
        var sameTarget = Context is WDFIOTARGET expected && expected == Target;
        DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, "filter: completed 0x%08x %u %s\n",
            (uint)Params.IoStatus.Status, (uint)Params.IoStatus.Information, sameTarget ? "local" : "other");
        WdfRequestCompleteWithInformation(Request, Params.IoStatus.Status, Params.IoStatus.Information);
    }

    private static void FilterEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, ulong OutputBufferLength, ulong InputBufferLength, uint IoControlCode)
    {
        WDF_REQUEST_SEND_OPTIONS_INIT(out var options, WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET);
        if (!WdfRequestSend(Request, WdfDeviceGetIoTarget(WdfIoQueueGetDevice(Queue)), options))
        {
            WdfRequestComplete(Request, WdfRequestGetStatus(Request));
        }
    }
}
