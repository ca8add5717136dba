namespace NtSim;

// What the driver tells the PnP package outside the machines: capabilities, device state, failure,
// static stop/remove, idle and wake settings; and the two query IRPs they answer.
internal sealed partial class FxPkgPnp
{
    private int _stopCount;
    private int _idleReferences;
    private WDF_DEVICE_FAILED_ACTION _failedAction;
    private bool _failed;
    private WDF_DEVICE_PNP_CAPABILITIES? _pnpCaps;
    private WDF_DEVICE_POWER_CAPABILITIES? _powerCaps;
    private WDF_DEVICE_STATE? _deviceState;

    internal WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS? IdleSettings { get; private set; }

    internal WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS? WakeSettings { get; private set; }

    /// <summary>The system power action under way (set by system power IRPs, which the kernel does not send yet).</summary>
    internal POWER_ACTION SystemPowerAction { get; private set; } = POWER_ACTION.PowerActionNone;

    /// <summary>WdfDeviceStopIdle references not yet released by WdfDeviceResumeIdle.</summary>
    internal int IdleReferences => Volatile.Read(ref _idleReferences);

    /// <summary>WdfDeviceSetFailed: the device reports PNP_DEVICE_FAILED from now on and the PnP manager is
    /// asked to query it (IoInvalidateDeviceState), which surprise-removes and removes the stack.
    /// AttemptRestart would ask the bus to re-enumerate the device through its reenumeration interface
    /// (KMDF 1.23+); no bus offers one here, so it fails the device as NoRestart does.</summary>
    internal void SetFailed(WDF_DEVICE_FAILED_ACTION action)
    {
        _failedAction = action;
        _failed = true;
        _device.Globals.Log.Add("FxPkgPnp::SetDeviceFailed", $"WDFDEVICE 0x{_device.Handle:x16} !devobj 0x{_device.DeviceObject.ObjectAddress:x16} set failed, action {action}");
        if (_device.PhysicalDevice is { } pdo)
        {
            Wdm.IoInvalidateDeviceState(pdo);
        }
    }

    /// <summary>WdfDeviceSetStaticStopRemove: each FALSE is a count that vetoes query-stop and query-remove
    /// until a TRUE takes it back; a TRUE with nothing to take back is a driver error the verifier reports.</summary>
    internal void SetStaticStopRemove(KTHREAD thread, bool stoppable)
    {
        if (!stoppable)
        {
            Interlocked.Increment(ref _stopCount);
            return;
        }

        if (Interlocked.Decrement(ref _stopCount) < 0)
        {
            Interlocked.Increment(ref _stopCount);
            FxVerifierBreak.Report(thread, _device.Globals,
                $"WdfDeviceSetStaticStopRemove(WDFDEVICE 0x{_device.Handle:x}, TRUE) without a matching FALSE: the count is already 0");
        }
    }

    internal void SetPnpCapabilities(WDF_DEVICE_PNP_CAPABILITIES caps) => _pnpCaps = caps;

    internal void SetPowerCapabilities(WDF_DEVICE_POWER_CAPABILITIES caps) => _powerCaps = caps;

    /// <summary>WdfDeviceSetDeviceState: recorded, and the PnP manager is asked to query the device's state again.</summary>
    internal void SetDeviceState(WDF_DEVICE_STATE state)
    {
        _deviceState = state;
        if (_device.PhysicalDevice is { } pdo)
        {
            Wdm.IoInvalidateDeviceState(pdo);
        }
    }

    internal void AssignIdleSettings(WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS settings) => IdleSettings = settings;

    internal void AssignWakeSettings(WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS settings) => WakeSettings = settings;

    internal void StopIdle() => Interlocked.Increment(ref _idleReferences);

    /// <summary>WdfDeviceResumeIdle; false when there was no WdfDeviceStopIdle to release.</summary>
    internal bool ResumeIdle()
    {
        if (Interlocked.Decrement(ref _idleReferences) >= 0)
        {
            return true;
        }

        Interlocked.Increment(ref _idleReferences);
        return false;
    }

    /// <summary>IRP_MN_QUERY_CAPABILITIES: the lower drivers fill it in first, then the framework applies
    /// what WdfDeviceSetPnpCapabilities and WdfDeviceSetPowerCapabilities said (FxPkgFdo::HandleQueryCapabilitiesCompletion).</summary>
    private NTSTATUS QueryCapabilities(IRP irp)
    {
        Wdm.IoForwardIrpSynchronously(_device.AttachedDevice!, irp);
        var status = irp.IoStatus.Status;
        if (Wdm.NT_SUCCESS(status) && Wdm.IoGetCurrentIrpStackLocation(irp).Parameters.DeviceCapabilities.Capabilities is { } caps)
        {
            ApplyPnpCapabilities(caps);
            ApplyPowerCapabilities(caps);
        }

        return FxIrp.Complete(irp, status, irp.IoStatus.Information);
    }

    private void ApplyPnpCapabilities(DEVICE_CAPABILITIES caps)
    {
        if (_pnpCaps is not { } pnp)
        {
            return;
        }

        caps.LockSupported = Apply(pnp.LockSupported, caps.LockSupported);
        caps.EjectSupported = Apply(pnp.EjectSupported, caps.EjectSupported);
        caps.Removable = Apply(pnp.Removable, caps.Removable);
        caps.DockDevice = Apply(pnp.DockDevice, caps.DockDevice);
        caps.UniqueID = Apply(pnp.UniqueID, caps.UniqueID);
        caps.SilentInstall = Apply(pnp.SilentInstall, caps.SilentInstall);
        caps.SurpriseRemovalOK = Apply(pnp.SurpriseRemovalOK, caps.SurpriseRemovalOK);
        caps.HardwareDisabled = Apply(pnp.HardwareDisabled, caps.HardwareDisabled);
        caps.NoDisplayInUI = Apply(pnp.NoDisplayInUI, caps.NoDisplayInUI);
        if (pnp.Address != uint.MaxValue)
        {
            caps.Address = pnp.Address;
        }

        if (pnp.UINumber != uint.MaxValue)
        {
            caps.UINumber = pnp.UINumber;
        }
    }

    /// <summary>A device state may only get deeper than the bus says, wake shallower, latencies longer.</summary>
    private void ApplyPowerCapabilities(DEVICE_CAPABILITIES caps)
    {
        if (_powerCaps is not { } power)
        {
            return;
        }

        caps.DeviceD1 = Apply(power.DeviceD1, caps.DeviceD1);
        caps.DeviceD2 = Apply(power.DeviceD2, caps.DeviceD2);
        caps.WakeFromD0 = Apply(power.WakeFromD0, caps.WakeFromD0);
        caps.WakeFromD1 = Apply(power.WakeFromD1, caps.WakeFromD1);
        caps.WakeFromD2 = Apply(power.WakeFromD2, caps.WakeFromD2);
        caps.WakeFromD3 = Apply(power.WakeFromD3, caps.WakeFromD3);
        for (var i = (int)Wdm.PowerSystemWorking; i < (int)Wdm.PowerSystemMaximum; i++)
        {
            var state = power.DeviceState[i];
            if (state != FxPowerValues.PowerDeviceMaximum && state > caps.DeviceState[i])
            {
                caps.DeviceState[i] = state;
            }
        }

        if (power.SystemWake != Wdm.PowerSystemMaximum && power.SystemWake < caps.SystemWake)
        {
            caps.SystemWake = power.SystemWake;
        }

        if (power.DeviceWake != FxPowerValues.PowerDeviceMaximum && power.DeviceWake < caps.DeviceWake)
        {
            caps.DeviceWake = power.DeviceWake;
        }

        caps.D1Latency = power.D1Latency != uint.MaxValue ? Math.Max(caps.D1Latency, power.D1Latency) : caps.D1Latency;
        caps.D2Latency = power.D2Latency != uint.MaxValue ? Math.Max(caps.D2Latency, power.D2Latency) : caps.D2Latency;
        caps.D3Latency = power.D3Latency != uint.MaxValue ? Math.Max(caps.D3Latency, power.D3Latency) : caps.D3Latency;
    }

    /// <summary>IRP_MN_QUERY_PNP_DEVICE_STATE: down first (STATUS_NOT_SUPPORTED from below counts as success),
    /// then WdfDeviceSetDeviceState's bits, and PNP_DEVICE_FAILED for a failed device (FxPkgPnp::HandleQueryPnpDeviceState).</summary>
    private NTSTATUS QueryPnpDeviceState(IRP irp)
    {
        Wdm.IoForwardIrpSynchronously(_device.AttachedDevice!, irp);
        var status = irp.IoStatus.Status == Wdm.STATUS_NOT_SUPPORTED ? Wdm.STATUS_SUCCESS : irp.IoStatus.Status;
        if (!Wdm.NT_SUCCESS(status))
        {
            return FxIrp.Complete(irp, status, irp.IoStatus.Information);
        }

        var state = (uint)irp.IoStatus.Information;
        if (_deviceState is { } set)
        {
            state = Apply(set.Disabled, state, Wdm.PNP_DEVICE_DISABLED);
            state = Apply(set.DontDisplayInUI, state, Wdm.PNP_DEVICE_DONT_DISPLAY_IN_UI);
            state = Apply(set.Failed, state, Wdm.PNP_DEVICE_FAILED);
            state = Apply(set.NotDisableable, state, Wdm.PNP_DEVICE_NOT_DISABLEABLE);
            state = Apply(set.Removed, state, Wdm.PNP_DEVICE_REMOVED);
            state = Apply(set.ResourcesChanged, state, Wdm.PNP_DEVICE_RESOURCE_REQUIREMENTS_CHANGED);
        }

        if (_failed || _internalFailure)
        {
            state |= Wdm.PNP_DEVICE_FAILED;
        }

        return FxIrp.Complete(irp, status, state);
    }

    private static bool Apply(WDF_TRI_STATE value, bool current) => value switch
    {
        WDF_TRI_STATE.WdfTrue => true,
        WDF_TRI_STATE.WdfFalse => false,
        _ => current,
    };

    private static uint Apply(WDF_TRI_STATE value, uint state, uint bit) => value switch
    {
        WDF_TRI_STATE.WdfTrue => state | bit,
        WDF_TRI_STATE.WdfFalse => state & ~bit,
        _ => state,
    };
}
