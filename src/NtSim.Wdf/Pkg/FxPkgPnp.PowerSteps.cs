namespace NtSim;

// The steps the power and power policy machines' states take (powerstatemachine.cpp,
// powerpolicystatemachine.cpp, selfmanagediostatemachine.cpp): the D0 callbacks, the queues, the
// self-managed I/O callbacks, and the events the machines send one another.
internal sealed partial class FxPkgPnp
{
    // KMDF starts a device's power state at D3Final: the first D0Entry says it comes from there.
    private WDF_POWER_DEVICE_STATE _devicePowerState = WDF_POWER_DEVICE_STATE.WdfPowerDeviceD3Final;
    private bool _selfManagedIoInitialized;
    private bool _selfManagedIoSuspended;
    private bool _selfManagedIoFlushed;

    /// <summary>The device's power state as the framework records it (PowerSetDevicePowerState).</summary>
    internal WDF_POWER_DEVICE_STATE DevicePowerState => _devicePowerState;

    internal void SetDevicePowerState(WDF_POWER_DEVICE_STATE state) => _devicePowerState = state;

    internal NTSTATUS D0Entry() =>
        Events.EvtDeviceD0Entry is { } entry ? Logged("EvtDeviceD0Entry", WDF_POWER_DEVICE_STATE.WdfPowerDeviceD0, Invoke(() => entry(Device, _devicePowerState))) : Wdm.STATUS_SUCCESS;

    internal NTSTATUS D0EntryPostInterruptsEnabled() =>
        Events.EvtDeviceD0EntryPostInterruptsEnabled is { } post
            ? Logged("EvtDeviceD0EntryPostInterruptsEnabled", WDF_POWER_DEVICE_STATE.WdfPowerDeviceD0, Invoke(() => post(Device, _devicePowerState)))
            : Wdm.STATUS_SUCCESS;

    internal NTSTATUS InvokeD0ExitPreInterruptsDisabled() =>
        Events.EvtDeviceD0ExitPreInterruptsDisabled is { } pre
            ? Logged("EvtDeviceD0ExitPreInterruptsDisabled", WDF_POWER_DEVICE_STATE.WdfPowerDeviceD3Final, Invoke(() => pre(Device, WDF_POWER_DEVICE_STATE.WdfPowerDeviceD3Final)))
            : Wdm.STATUS_SUCCESS;

    /// <summary>EvtDeviceD0Exit(D3Final): a failure is logged as Wdf01000 logs it and fails the power-down.</summary>
    internal NTSTATUS InvokeD0Exit() =>
        Events.EvtDeviceD0Exit is { } exit
            ? Logged("EvtDeviceD0Exit", WDF_POWER_DEVICE_STATE.WdfPowerDeviceD3Final, Invoke(() => exit(Device, WDF_POWER_DEVICE_STATE.WdfPowerDeviceD3Final)))
            : Wdm.STATUS_SUCCESS;

    internal WDF_DEVICE_POWER_STATE D0ExitPreInterruptsDisabled(WDF_DEVICE_POWER_STATE next)
    {
        InvokeD0ExitPreInterruptsDisabled();
        return next;
    }

    internal WDF_DEVICE_POWER_STATE D0Exit(WDF_DEVICE_POWER_STATE next)
    {
        InvokeD0Exit();
        return next;
    }

    /// <summary>"Power resume all queues": power-managed queues present again.</summary>
    internal void ResumeQueues()
    {
        var thread = KTHREAD.Current!;
        _device.Globals.Log.Add("FxPkgIo::ResumeProcessingForPower", $"Power resume all queues of WDFDEVICE 0x{_device.Handle:x16}");
        Started = true;
        foreach (var queue in _device.Io.Queues)
        {
            if (queue.PowerManaged)
            {
                queue.ResumeFromPower(thread);
            }
        }
    }

    /// <summary>FxIoStopProcessingForPowerHold: power-managed queues stop presenting (EvtIoStop for the requests the driver holds).</summary>
    internal WDF_DEVICE_POWER_STATE HoldQueues(WDF_DEVICE_POWER_STATE next)
    {
        var thread = KTHREAD.Current!;
        _device.Globals.Log.Add("FxPkgIo::StopProcessingForPower", $"Perform FxIoStopProcessingForPowerHold for all queues of WDFDEVICE 0x{_device.Handle:x16}");
        Started = false;
        foreach (var queue in _device.Io.Queues)
        {
            if (queue.PowerManaged)
            {
                queue.StopForPower(thread, purge: false);
            }
        }

        return next;
    }

    /// <summary>Self-managed I/O starts: EvtDeviceSelfManagedIoInit the first time, EvtDeviceSelfManagedIoRestart after a suspend.</summary>
    internal NTSTATUS StartSelfManagedIo()
    {
        if (!_selfManagedIoInitialized)
        {
            _selfManagedIoInitialized = true;
            return Events.EvtDeviceSelfManagedIoInit is { } init ? Logged("EvtDeviceSelfManagedIoInit", WDF_POWER_DEVICE_STATE.WdfPowerDeviceD0, Invoke(() => init(Device))) : Wdm.STATUS_SUCCESS;
        }

        if (!_selfManagedIoSuspended)
        {
            return Wdm.STATUS_SUCCESS;
        }

        _selfManagedIoSuspended = false;
        return Events.EvtDeviceSelfManagedIoRestart is { } restart ? Logged("EvtDeviceSelfManagedIoRestart", WDF_POWER_DEVICE_STATE.WdfPowerDeviceD0, Invoke(() => restart(Device))) : Wdm.STATUS_SUCCESS;
    }

    internal NTSTATUS SuspendSelfManagedIo()
    {
        if (!_selfManagedIoInitialized || _selfManagedIoSuspended)
        {
            return Wdm.STATUS_SUCCESS;
        }

        _selfManagedIoSuspended = true;
        return Events.EvtDeviceSelfManagedIoSuspend is { } suspend ? Logged("EvtDeviceSelfManagedIoSuspend", WDF_POWER_DEVICE_STATE.WdfPowerDeviceD3Final, Invoke(() => suspend(Device))) : Wdm.STATUS_SUCCESS;
    }

    private void FlushSelfManagedIo()
    {
        if (_selfManagedIoInitialized && !_selfManagedIoFlushed && Events.EvtDeviceSelfManagedIoFlush is { } flush)
        {
            Invoke(() => flush(Device));
        }

        _selfManagedIoFlushed = _selfManagedIoInitialized;
    }

    private void CleanupSelfManagedIo()
    {
        if (_selfManagedIoInitialized && Events.EvtDeviceSelfManagedIoCleanup is { } cleanup)
        {
            Invoke(() => cleanup(Device));
        }

        _selfManagedIoInitialized = false;
    }

    /// <summary>PowerInitialPowerUpFailed: the policy machine hears that the power-up failed; the power machine is Stopped.</summary>
    internal WDF_DEVICE_POWER_STATE PowerUpFailedReport()
    {
        SetInternalFailure();
        PostPolicy(FxPowerPolicyEvent.PwrPolPowerUpFailed);
        return WDF_DEVICE_POWER_STATE.WdfDevStatePowerStopped;
    }

    internal WDF_DEVICE_POWER_STATE PowerDownFailedReport()
    {
        PostPolicy(FxPowerPolicyEvent.PwrPolImplicitPowerDownFailed);
        return WDF_DEVICE_POWER_STATE.WdfDevStatePowerStopped;
    }

    internal WDF_DEVICE_POWER_POLICY_STATE PostPowerAndWait(FxPowerEvent e)
    {
        PostPower(e);
        return WDF_DEVICE_POWER_POLICY_STATE.WdfDevStatePwrPolNull;
    }

    internal WDF_DEVICE_POWER_POLICY_STATE PostPowerAndGo(FxPowerEvent e, WDF_DEVICE_POWER_POLICY_STATE next)
    {
        PostPower(e);
        return next;
    }

    internal WDF_DEVICE_POWER_POLICY_STATE PostPnpAndGo(FxPnpEvent e, WDF_DEVICE_POWER_POLICY_STATE next)
    {
        PostPnp(e);
        return next;
    }

    /// <summary>A failed power callback in the recorder, as "EvtDeviceD0Exit WDFDEVICE 0x.. !devobj 0x.., new state
    /// WdfPowerDeviceD3Final failed, 0xc000009d(STATUS_DEVICE_NOT_CONNECTED)".</summary>
    private NTSTATUS Logged(string callback, WDF_POWER_DEVICE_STATE newState, NTSTATUS status)
    {
        if (!Wdm.NT_SUCCESS(status))
        {
            _device.Globals.Log.Add("FxPkgPnp::PowerCallback",
                $"{callback} WDFDEVICE 0x{_device.Handle:x16} !devobj 0x{_device.DeviceObject.ObjectAddress:x16}, new state {newState} failed, 0x{(uint)status:x8}({NtNames.StatusName(status)})");
        }

        return status;
    }
}
