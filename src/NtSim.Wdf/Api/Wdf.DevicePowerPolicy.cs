namespace NtSim;

public static partial class Wdf
{
    private const uint SizeOfIdleSettings = 0x24;
    private const uint SizeOfIdleSettingsV1_9 = 0x20;
    private const uint SizeOfIdleSettingsV1_7 = 0x1C;
    private const uint SizeOfWakeSettings = 0x14;
    private const uint SizeOfWakeSettingsV1_5 = 0x10;

    /// <summary>WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT: the default time-out, user control allowed,
    /// Enabled WdfUseDefault; DxState D3 for IdleCannotWakeFromS0, else PowerDeviceMaximum (the wake state).</summary>
    public static void WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT(out WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Settings, WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCaps) =>
        Settings = new WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS
        {
            Size = SizeOfIdleSettings,
            IdleCaps = IdleCaps,
            IdleTimeout = FxPowerValues.IdleTimeoutDefaultValue,
            UserControlOfIdleSettings = WDF_POWER_POLICY_S0_IDLE_USER_CONTROL.IdleAllowUserControl,
            Enabled = WDF_TRI_STATE.WdfUseDefault,
            PowerUpIdleDeviceOnSystemWake = WDF_TRI_STATE.WdfUseDefault,
            IdleTimeoutType = WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE.DriverManagedIdleTimeout,
            ExcludeD3Cold = WDF_TRI_STATE.WdfUseDefault,
            DxState = IdleCaps switch
            {
                WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.IdleCannotWakeFromS0 => Wdm.PowerDeviceD3,
                WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.IdleCanWakeFromS0 or WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.IdleUsbSelectiveSuspend => FxPowerValues.PowerDeviceMaximum,
                _ => Wdm.PowerDeviceUnspecified,
            },
        };

    /// <summary>WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS_INIT: Enabled WdfUseDefault, DxState PowerDeviceMaximum, user control allowed.</summary>
    public static void WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS_INIT(out WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS Settings) =>
        Settings = new WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS
        {
            Size = SizeOfWakeSettings,
            Enabled = WDF_TRI_STATE.WdfUseDefault,
            DxState = FxPowerValues.PowerDeviceMaximum,
            UserControlOfWakeSettings = WDF_POWER_POLICY_SX_WAKE_USER_CONTROL.WakeAllowUserControl,
        };

    /// <summary>
    /// WdfDeviceAssignS0IdleSettings: validated as KMDF validates them (STATUS_INVALID_DEVICE_REQUEST for a
    /// device that does not own power policy, STATUS_INFO_LENGTH_MISMATCH for a wrong Size,
    /// STATUS_INVALID_PARAMETER for a field out of range) and recorded. Not simulated yet: the device never
    /// idles out of D0 (no idle timer, no Dx), so the settings have no effect beyond being kept.
    /// </summary>
    public static NTSTATUS WdfDeviceAssignS0IdleSettings(WDFDEVICE Device, WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Settings)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceAssignS0IdleSettings);
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceAssignS0IdleSettings));
        if (Settings is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfDeviceAssignS0IdleSettings), nameof(Settings));
        }

        var status = ValidateIdleSettings(device, Settings);
        if (!Wdm.NT_SUCCESS(status))
        {
            device.Globals.Log.Add("WdfDeviceAssignS0IdleSettings", $"WDFDEVICE 0x{device.Handle:x16} S0 idle settings rejected, {NtNames.StatusName(status)}");
            return status;
        }

        device.Pnp.AssignIdleSettings(Settings);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>
    /// WdfDeviceAssignSxWakeSettings: validated as KMDF validates them and recorded. Not simulated yet:
    /// there is no system sleep and no wake signal, so the device is never armed for wake.
    /// </summary>
    public static NTSTATUS WdfDeviceAssignSxWakeSettings(WDFDEVICE Device, WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS Settings)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceAssignSxWakeSettings);
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceAssignSxWakeSettings));
        if (Settings is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfDeviceAssignSxWakeSettings), nameof(Settings));
        }

        var status = ValidateWakeSettings(device, Settings);
        if (!Wdm.NT_SUCCESS(status))
        {
            device.Globals.Log.Add("WdfDeviceAssignSxWakeSettings", $"WDFDEVICE 0x{device.Handle:x16} Sx wake settings rejected, {NtNames.StatusName(status)}");
            return status;
        }

        device.Pnp.AssignWakeSettings(Settings);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfDeviceStopIdle: takes a power reference (counted). The device never leaves D0 here
    /// (idle power-down is not simulated), so it is already in D0 and the call succeeds at once. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfDeviceStopIdle(WDFDEVICE Device, bool WaitForD0)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceStopIdle);
        FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceStopIdle)).Pnp.StopIdle();
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfDeviceResumeIdle: releases a WdfDeviceStopIdle reference; one too many is a driver error
    /// the framework reports and ignores. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfDeviceResumeIdle(WDFDEVICE Device)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceResumeIdle);
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceResumeIdle));
        if (!device.Pnp.ResumeIdle())
        {
            FxVerifierBreak.Report(thread, device.Globals, $"WdfDeviceResumeIdle: WDFDEVICE 0x{device.Handle:x16} has no WdfDeviceStopIdle reference to release");
        }
    }

    /// <summary>WdfDeviceGetSystemPowerAction: the system power action the device's power IRPs are part of;
    /// PowerActionNone outside a system sleep, hibernate or shutdown, which is always here until system
    /// power transitions are simulated. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static POWER_ACTION WdfDeviceGetSystemPowerAction(WDFDEVICE Device)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceGetSystemPowerAction);
        return FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceGetSystemPowerAction)).Pnp.SystemPowerAction;
    }

    private static NTSTATUS ValidateIdleSettings(FxDevice device, WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS settings)
    {
        if (!device.Pnp.IsPowerPolicyOwner)
        {
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        if (settings.Size is not (SizeOfIdleSettings or SizeOfIdleSettingsV1_9 or SizeOfIdleSettingsV1_7))
        {
            return Wdm.STATUS_INFO_LENGTH_MISMATCH;
        }

        if (settings.DxState < Wdm.PowerDeviceD1 || settings.DxState > FxPowerValues.PowerDeviceMaximum
            || settings.IdleCaps is < WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.IdleCannotWakeFromS0 or > WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.IdleUsbSelectiveSuspend
            || settings.UserControlOfIdleSettings is < WDF_POWER_POLICY_S0_IDLE_USER_CONTROL.IdleDoNotAllowUserControl or > WDF_POWER_POLICY_S0_IDLE_USER_CONTROL.IdleAllowUserControl
            || settings.Enabled is < WDF_TRI_STATE.WdfFalse or > WDF_TRI_STATE.WdfUseDefault)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        if (settings.Size > SizeOfIdleSettingsV1_7
            && (settings.PowerUpIdleDeviceOnSystemWake is < WDF_TRI_STATE.WdfFalse or > WDF_TRI_STATE.WdfUseDefault
                || (settings.IdleCaps != WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.IdleCannotWakeFromS0 && settings.PowerUpIdleDeviceOnSystemWake != WDF_TRI_STATE.WdfUseDefault)))
        {
            // PowerUpIdleDeviceOnSystemWake may be set only for IdleCannotWakeFromS0.
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        return settings.Size > SizeOfIdleSettingsV1_9 && settings.IdleTimeoutType > WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE.SystemManagedIdleTimeoutWithHint
            ? Wdm.STATUS_INVALID_PARAMETER
            : Wdm.STATUS_SUCCESS;
    }

    private static NTSTATUS ValidateWakeSettings(FxDevice device, WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS settings)
    {
        if (!device.Pnp.IsPowerPolicyOwner)
        {
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        if (settings.Size is not (SizeOfWakeSettings or SizeOfWakeSettingsV1_5))
        {
            return Wdm.STATUS_INFO_LENGTH_MISMATCH;
        }

        return settings.DxState < Wdm.PowerDeviceD1 || settings.DxState > FxPowerValues.PowerDeviceMaximum
            || settings.UserControlOfWakeSettings is < WDF_POWER_POLICY_SX_WAKE_USER_CONTROL.WakeDoNotAllowUserControl or > WDF_POWER_POLICY_SX_WAKE_USER_CONTROL.WakeAllowUserControl
            || settings.Enabled is < WDF_TRI_STATE.WdfFalse or > WDF_TRI_STATE.WdfUseDefault
            ? Wdm.STATUS_INVALID_PARAMETER
            : Wdm.STATUS_SUCCESS;
    }
}
