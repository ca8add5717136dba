using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests.Drivers;

/// <summary>
/// A non-PnP KMDF driver with a control device (\Device\WdfCtl, \DosDevices\WdfCtl) that logs its
/// file callbacks, sees every request in the caller's context before queuing it, answers one IOCTL
/// from a sequential queue, and asks for the shutdown notification. The log is kept per machine
/// in the driver object's context.
/// </summary>
public sealed class ControlDeviceDriver : IDriver
{
    public static readonly uint IOCTL_WDFCTL_ECHO = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS);

    public sealed class DRIVER_CONTEXT
    {
        public List<string> Log = [];
    }

    private static readonly PFN_WDF_GET_CONTEXT<DRIVER_CONTEXT> DriverGetContext = WDF_DECLARE_CONTEXT_TYPE_WITH_NAME<DRIVER_CONTEXT>();

    /// <summary>The log of the driver loaded as <paramref name="service"/> on <paramref name="machine"/>.</summary>
    public static List<string> LogOf(Machine machine, string service) =>
        FxLibrary.Of(machine).Clients.Single(c => c.ServiceName == service).Driver!.GetContext(typeof(DRIVER_CONTEXT)) is DRIVER_CONTEXT context
            ? context.Log
            : throw new InvalidOperationException("no driver context");

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        WDF_DRIVER_CONFIG_INIT(out var config, null);
        config.DriverInitFlags |= WdfDriverInitNonPnpDriver;
        config.EvtDriverUnload = driver => Log(driver, "EvtDriverUnload");
        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE<DRIVER_CONTEXT>(out var driverAttributes);
        var status = WdfDriverCreate(DriverObject, RegistryPath, driverAttributes, config, out var driver);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        var init = WdfControlDeviceInitAllocate(driver, new UNICODE_STRING("D:P(A;;GA;;;SY)(A;;GA;;;BA)(A;;GRGW;;;WD)"));
        WdfDeviceInitSetExclusive(init!, false);
        WdfDeviceInitSetIoType(init!, WDF_DEVICE_IO_TYPE.WdfDeviceIoBuffered);
        WdfDeviceInitAssignName(init!, new UNICODE_STRING(@"\Device\WdfCtl"));
        WdfControlDeviceInitSetShutdownNotification(init!, device => Log(WdfGetDriver(), "EvtDeviceShutdownNotification"), WdfDeviceShutdown);
        WDF_FILEOBJECT_CONFIG_INIT(out var fileConfig,
            (device, request, file) =>
            {
                Log(WdfGetDriver(), $"EvtDeviceFileCreate {WdfFileObjectGetFileName(file)}");
                WdfRequestComplete(request, STATUS_SUCCESS);
            },
            file => Log(WdfGetDriver(), "EvtFileClose"),
            file => Log(WdfGetDriver(), "EvtFileCleanup"));
        WdfDeviceInitSetFileObjectConfig(init!, fileConfig, WDF_NO_OBJECT_ATTRIBUTES);
        WdfDeviceInitSetIoInCallerContextCallback(init!, (device, request) =>
        {
            Log(WdfGetDriver(), $"EvtIoInCallerContext mode {(int)WdfRequestGetRequestorMode(request)}");
            var enqueued = WdfDeviceEnqueueRequest(device, request);
            if (!NT_SUCCESS(enqueued))
            {
                WdfRequestComplete(request, enqueued);
            }
        });

        status = WdfDeviceCreate(ref init, WDF_NO_OBJECT_ATTRIBUTES, out var control);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        status = WdfDeviceCreateSymbolicLink(control, new UNICODE_STRING(@"\DosDevices\WdfCtl"));
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var queueConfig, WdfIoQueueDispatchSequential);
        queueConfig.EvtIoDeviceControl = (queue, request, outLength, inLength, code) =>
        {
            if (code != IOCTL_WDFCTL_ECHO
                || !NT_SUCCESS(WdfRequestRetrieveInputBuffer(request, 1, out var input, out var inputLength))
                || !NT_SUCCESS(WdfRequestRetrieveOutputBuffer(request, inputLength, out var output, out _)))
            {
                WdfRequestComplete(request, STATUS_INVALID_PARAMETER);
                return;
            }

            // METHOD_BUFFERED: one system buffer holds the input and receives the output.
            Log(WdfGetDriver(), $"EvtIoDeviceControl same buffer {input == output}");
            WdfRequestCompleteWithInformation(request, STATUS_SUCCESS, inputLength);
        };
        status = WdfIoQueueCreate(control, queueConfig, WDF_NO_OBJECT_ATTRIBUTES, out _);
        WdfControlFinishInitializing(control);
        return status;
    }

    private static NTSTATUS Log(WDFDRIVER driver, string what)
    {
        DriverGetContext(driver)!.Log.Add(what);
        return STATUS_SUCCESS;
    }
}
