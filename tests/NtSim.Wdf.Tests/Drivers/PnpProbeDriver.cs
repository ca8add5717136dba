using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests.Drivers;

/// <summary>The device context of <see cref="PnpProbeDriver"/>: the test's probe.</summary>
public sealed class PNP_PROBE_CONTEXT
{
    public PnpProbe? Probe;
}

/// <summary>
/// A KMDF function driver that registers every PnP and power callback, records each call (with the PnP
/// state the framework reports at that moment) in its test's <see cref="PnpProbe"/>, and fails or vetoes
/// what the probe says. Reads go to a power-managed manual queue, where they wait (I/O in flight);
/// IOCTL_PNP_PROBE_SET_FAILED makes the driver call WdfDeviceSetFailed.
/// </summary>
public sealed class PnpProbeDriver : IDriver
{
    public static readonly Guid Interface = new("d6c0a1f4-5b7e-4f0e-9a43-2f1c6e7b8a90");

    public static readonly uint IOCTL_PNP_PROBE_SET_FAILED = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS);

    private static readonly PFN_WDF_GET_CONTEXT<PNP_PROBE_CONTEXT> ProbeGetContext = WDF_DECLARE_CONTEXT_TYPE_WITH_NAME<PNP_PROBE_CONTEXT>();

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        WDF_DRIVER_CONFIG_INIT(out var config, ProbeEvtDeviceAdd);
        return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, config, out _);
    }

    private static NTSTATUS ProbeEvtDeviceAdd(WDFDRIVER Driver, WDFDEVICE_INIT DeviceInit)
    {
        var path = WdfDriverGetRegistryPath(Driver);
        var probe = PnpProbe.For(path[(path.LastIndexOf('\\') + 1)..]);

        WDF_PNPPOWER_EVENT_CALLBACKS_INIT(out var pnp);
        var prepared = 0;
        pnp.EvtDevicePrepareHardware = (d, raw, translated) =>
        {
            probe.OnPrepareHardware?.Invoke(d, ++prepared);
            return Call(d, "PrepareHardware", probe.PrepareHardwareStatus);
        };
        pnp.EvtDeviceReleaseHardware = (d, translated) => Call(d, "ReleaseHardware");
        pnp.EvtDeviceD0Entry = (d, previous) => Call(d, $"D0Entry({previous})", probe.D0EntryStatus);
        pnp.EvtDeviceD0EntryPostInterruptsEnabled = (d, previous) => Call(d, $"D0EntryPostInterruptsEnabled({previous})");
        pnp.EvtDeviceD0ExitPreInterruptsDisabled = (d, target) => Call(d, $"D0ExitPreInterruptsDisabled({target})");
        pnp.EvtDeviceD0Exit = (d, target) => Call(d, $"D0Exit({target})", probe.D0ExitStatus);
        pnp.EvtDeviceSelfManagedIoInit = d => Call(d, "SelfManagedIoInit");
        pnp.EvtDeviceSelfManagedIoSuspend = d => Call(d, "SelfManagedIoSuspend");
        pnp.EvtDeviceSelfManagedIoRestart = d => Call(d, "SelfManagedIoRestart");
        pnp.EvtDeviceSelfManagedIoFlush = d => Call(d, "SelfManagedIoFlush");
        pnp.EvtDeviceSelfManagedIoCleanup = d => Call(d, "SelfManagedIoCleanup");
        pnp.EvtDeviceSurpriseRemoval = d => Call(d, "SurpriseRemoval");
        pnp.EvtDeviceQueryRemove = d => Call(d, "QueryRemove", probe.QueryRemoveStatus);
        pnp.EvtDeviceQueryStop = d => Call(d, "QueryStop", probe.QueryStopStatus);
        WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, pnp);
        foreach (var (state, types) in probe.StateChanges)
        {
            probe.RegistrationStatuses.Add(WdfDeviceInitRegisterPnpStateChangeCallback(DeviceInit, state, (d, data) =>
            {
                var (from, to) = data.Type switch
                {
                    WDF_STATE_NOTIFICATION_TYPE.StateNotificationEnterState => (data.Data.EnterState.CurrentState, data.Data.EnterState.NewState),
                    WDF_STATE_NOTIFICATION_TYPE.StateNotificationLeaveState => (data.Data.LeaveState.CurrentState, data.Data.LeaveState.NewState),
                    _ => (data.Data.PostProcessState.CurrentState, data.Data.PostProcessState.CurrentState),
                };
                Call(d, $"State({data.Type}, {from}->{to})");
            }, types));
        }

        if (probe.AsFilter)
        {
            WdfFdoInitSetFilter(DeviceInit);
        }

        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE<PNP_PROBE_CONTEXT>(out var attributes);
        attributes.EvtCleanupCallback = ProbeEvtDeviceCleanup;
        var status = WdfDeviceCreate(ref DeviceInit, attributes, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        ProbeGetContext(device)!.Probe = probe;
        probe.Device = device;
        probe.OnAdd?.Invoke(device);
        if (probe.NotStoppable)
        {
            WdfDeviceSetStaticStopRemove(device, false);
        }

        WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var defaultConfig, WdfIoQueueDispatchParallel);
        defaultConfig.EvtIoDeviceControl = ProbeEvtIoDeviceControl;
        defaultConfig.PowerManaged = WDF_TRI_STATE.WdfFalse;
        status = WdfIoQueueCreate(device, defaultConfig, WDF_NO_OBJECT_ATTRIBUTES, out _);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        WDF_IO_QUEUE_CONFIG_INIT(out var readConfig, WdfIoQueueDispatchManual);
        status = WdfIoQueueCreate(device, readConfig, WDF_NO_OBJECT_ATTRIBUTES, out var reads);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        status = WdfDeviceConfigureRequestDispatching(device, reads, WDF_REQUEST_TYPE.WdfRequestTypeRead);
        return NT_SUCCESS(status) ? WdfDeviceCreateDeviceInterface(device, Interface, null) : status;
    }

    private static NTSTATUS Call(WDFDEVICE device, string what, NTSTATUS status = STATUS_SUCCESS)
    {
        ProbeGetContext(device)!.Probe!.Record(what, WdfDeviceGetDevicePnpState(device));
        return status;
    }

    private static void ProbeEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, ulong OutputBufferLength, ulong InputBufferLength, uint IoControlCode)
    {
        if (IoControlCode == IOCTL_PNP_PROBE_SET_FAILED)
        {
            WdfDeviceSetFailed(WdfIoQueueGetDevice(Queue), WDF_DEVICE_FAILED_ACTION.WdfDeviceFailedNoRestart);
            WdfRequestComplete(Request, STATUS_SUCCESS);
            return;
        }

        WdfRequestComplete(Request, STATUS_INVALID_DEVICE_REQUEST);
    }

    private static void ProbeEvtDeviceCleanup(WDFOBJECT Object)
    {
        var device = (WDFDEVICE)Object;
        var probe = ProbeGetContext(device)!.Probe!;
        var fx = (FxDevice)device.Target!;
        probe.FinalHistories = fx.Pnp.Histories;
        probe.FinalLog = fx.Globals.Log.Lines;
        probe.Device = default;
    }
}
