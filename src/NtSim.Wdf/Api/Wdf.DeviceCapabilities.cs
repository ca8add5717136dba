namespace NtSim;

public static partial class Wdf
{
    private const uint SizeOfPnpCapabilities = 0x30;
    private const uint SizeOfPowerCapabilities = 0x50;
    private const uint SizeOfDeviceState = 0x20;
    private const uint SizeOfDeviceStateV1_27 = 0x1C;

    /// <summary>WDF_DEVICE_PNP_CAPABILITIES_INIT: every field WdfUseDefault, Address and UINumber 0xFFFFFFFF.</summary>
    public static void WDF_DEVICE_PNP_CAPABILITIES_INIT(out WDF_DEVICE_PNP_CAPABILITIES Caps) =>
        Caps = new WDF_DEVICE_PNP_CAPABILITIES
        {
            Size = SizeOfPnpCapabilities,
            LockSupported = WDF_TRI_STATE.WdfUseDefault,
            EjectSupported = WDF_TRI_STATE.WdfUseDefault,
            Removable = WDF_TRI_STATE.WdfUseDefault,
            DockDevice = WDF_TRI_STATE.WdfUseDefault,
            UniqueID = WDF_TRI_STATE.WdfUseDefault,
            SilentInstall = WDF_TRI_STATE.WdfUseDefault,
            SurpriseRemovalOK = WDF_TRI_STATE.WdfUseDefault,
            HardwareDisabled = WDF_TRI_STATE.WdfUseDefault,
            NoDisplayInUI = WDF_TRI_STATE.WdfUseDefault,
            Address = uint.MaxValue,
            UINumber = uint.MaxValue,
        };

    /// <summary>WDF_DEVICE_POWER_CAPABILITIES_INIT: tri-states WdfUseDefault, states PowerDeviceMaximum /
    /// PowerSystemMaximum, latencies 0xFFFFFFFF: nothing overrides the bus driver until set.</summary>
    public static void WDF_DEVICE_POWER_CAPABILITIES_INIT(out WDF_DEVICE_POWER_CAPABILITIES Caps)
    {
        Caps = new WDF_DEVICE_POWER_CAPABILITIES
        {
            Size = SizeOfPowerCapabilities,
            DeviceD1 = WDF_TRI_STATE.WdfUseDefault,
            DeviceD2 = WDF_TRI_STATE.WdfUseDefault,
            WakeFromD0 = WDF_TRI_STATE.WdfUseDefault,
            WakeFromD1 = WDF_TRI_STATE.WdfUseDefault,
            WakeFromD2 = WDF_TRI_STATE.WdfUseDefault,
            WakeFromD3 = WDF_TRI_STATE.WdfUseDefault,
            DeviceWake = FxPowerValues.PowerDeviceMaximum,
            SystemWake = Wdm.PowerSystemMaximum,
            D1Latency = uint.MaxValue,
            D2Latency = uint.MaxValue,
            D3Latency = uint.MaxValue,
            IdealDxStateForSx = FxPowerValues.PowerDeviceMaximum,
        };
        Array.Fill(Caps.DeviceState, FxPowerValues.PowerDeviceMaximum);
    }

    /// <summary>WDF_DEVICE_STATE_INIT: every bit WdfUseDefault.</summary>
    public static void WDF_DEVICE_STATE_INIT(out WDF_DEVICE_STATE PnpDeviceState) =>
        PnpDeviceState = new WDF_DEVICE_STATE
        {
            Size = SizeOfDeviceState,
            Disabled = WDF_TRI_STATE.WdfUseDefault,
            DontDisplayInUI = WDF_TRI_STATE.WdfUseDefault,
            Failed = WDF_TRI_STATE.WdfUseDefault,
            NotDisableable = WDF_TRI_STATE.WdfUseDefault,
            Removed = WDF_TRI_STATE.WdfUseDefault,
            ResourcesChanged = WDF_TRI_STATE.WdfUseDefault,
            AssignedToGuest = WDF_TRI_STATE.WdfUseDefault,
        };

    /// <summary>WdfDeviceSetPnpCapabilities: what the framework sets in IRP_MN_QUERY_CAPABILITIES on its
    /// way up. A wrong Size is a driver error the framework reports and ignores. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfDeviceSetPnpCapabilities(WDFDEVICE Device, WDF_DEVICE_PNP_CAPABILITIES PnpCapabilities)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceSetPnpCapabilities);
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceSetPnpCapabilities));
        if (PnpCapabilities is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfDeviceSetPnpCapabilities), nameof(PnpCapabilities));
        }

        if (PnpCapabilities.Size != SizeOfPnpCapabilities)
        {
            FxVerifierBreak.Report(thread, device.Globals,
                $"WDFDEVICE 0x{device.Handle:x16} PnpCapabilities Size {PnpCapabilities.Size}, expected {SizeOfPnpCapabilities}");
            return;
        }

        device.Pnp.SetPnpCapabilities(PnpCapabilities);
    }

    /// <summary>WdfDeviceSetPowerCapabilities: the power fields the framework sets in IRP_MN_QUERY_CAPABILITIES. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfDeviceSetPowerCapabilities(WDFDEVICE Device, WDF_DEVICE_POWER_CAPABILITIES PowerCapabilities)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceSetPowerCapabilities);
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceSetPowerCapabilities));
        if (PowerCapabilities is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfDeviceSetPowerCapabilities), nameof(PowerCapabilities));
        }

        if (PowerCapabilities.Size != SizeOfPowerCapabilities)
        {
            FxVerifierBreak.Report(thread, device.Globals,
                $"WDFDEVICE 0x{device.Handle:x16} PowerCapabilities Size {PowerCapabilities.Size}, expected {SizeOfPowerCapabilities}");
            return;
        }

        device.Pnp.SetPowerCapabilities(PowerCapabilities);
    }

    /// <summary>WdfDeviceSetDeviceState: the PNP_DEVICE_STATE bits the device reports; the PnP manager is
    /// asked to query them again (IoInvalidateDeviceState). A wrong Size or a tri-state out of range is a
    /// driver error the framework reports and ignores. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfDeviceSetDeviceState(WDFDEVICE Device, WDF_DEVICE_STATE DeviceState)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceSetDeviceState);
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceSetDeviceState));
        if (DeviceState is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfDeviceSetDeviceState), nameof(DeviceState));
        }

        if (DeviceState.Size is not (SizeOfDeviceState or SizeOfDeviceStateV1_27))
        {
            FxVerifierBreak.Report(thread, device.Globals, $"WDFDEVICE 0x{device.Handle:x16}, DeviceState Size {DeviceState.Size}, expected {SizeOfDeviceState}");
            return;
        }

        foreach (var (name, value) in (ReadOnlySpan<(string, WDF_TRI_STATE)>)[("Disabled", DeviceState.Disabled), ("DontDisplayInUI", DeviceState.DontDisplayInUI),
            ("Failed", DeviceState.Failed), ("NotDisableable", DeviceState.NotDisableable), ("Removed", DeviceState.Removed),
            ("ResourcesChanged", DeviceState.ResourcesChanged), ("AssignedToGuest", DeviceState.AssignedToGuest)])
        {
            if (value is not (WDF_TRI_STATE.WdfFalse or WDF_TRI_STATE.WdfTrue or WDF_TRI_STATE.WdfUseDefault))
            {
                FxVerifierBreak.Report(thread, device.Globals,
                    $"WDFDEVICE 0x{device.Handle:x16} DeviceState WDF_TRI_STATE {name} value out of range, value is {(int)value}");
                return;
            }
        }

        device.Pnp.SetDeviceState(DeviceState);
    }
}
