namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfDeviceGetDevicePnpState: the PnP state machine's current state (WdfDevStatePnp*). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDF_DEVICE_PNP_STATE WdfDeviceGetDevicePnpState(WDFDEVICE Device)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceGetDevicePnpState);
        return FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceGetDevicePnpState)).Pnp.Pnp.Current;
    }

    /// <summary>WdfDeviceGetDevicePowerState: the power state machine's current state (WdfDevStatePower*). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDF_DEVICE_POWER_STATE WdfDeviceGetDevicePowerState(WDFDEVICE Device)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceGetDevicePowerState);
        return FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceGetDevicePowerState)).Pnp.Power.Current;
    }

    /// <summary>WdfDeviceGetDevicePowerPolicyState: the power policy machine's current state (WdfDevStatePwrPol*). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDF_DEVICE_POWER_POLICY_STATE WdfDeviceGetDevicePowerPolicyState(WDFDEVICE Device)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceGetDevicePowerPolicyState);
        return FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceGetDevicePowerPolicyState)).Pnp.Policy.Current;
    }

    /// <summary>
    /// WdfDeviceSetFailed: the device reports PNP_DEVICE_FAILED and the PnP manager is asked to query it
    /// (IoInvalidateDeviceState), which surprise-removes and removes its stack (problem 43). Documented
    /// limit: WdfDeviceFailedAttemptRestart needs the bus's reenumeration interface to come back; no bus
    /// offers one yet, so the device stays down as with WdfDeviceFailedNoRestart. Another action is a
    /// driver error the framework reports (FxVerifierDbgBreakPoint) and ignores.
    /// IRQL &lt;= DISPATCH_LEVEL.
    /// </summary>
    public static void WdfDeviceSetFailed(WDFDEVICE Device, WDF_DEVICE_FAILED_ACTION FailedAction)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceSetFailed);
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceSetFailed));
        if (FailedAction is not (WDF_DEVICE_FAILED_ACTION.WdfDeviceFailedAttemptRestart or WDF_DEVICE_FAILED_ACTION.WdfDeviceFailedNoRestart))
        {
            FxVerifierBreak.Report(thread, device.Globals, $"WdfDeviceSetFailed: Invalid FailedAction {(int)FailedAction}");
            return;
        }

        device.Pnp.SetFailed(FailedAction);
    }

    /// <summary>WdfDeviceSetStaticStopRemove: FALSE makes query-stop and query-remove fail (counted), TRUE undoes one FALSE. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfDeviceSetStaticStopRemove(WDFDEVICE Device, bool Stoppable)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceSetStaticStopRemove);
        FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceSetStaticStopRemove)).Pnp.SetStaticStopRemove(thread, Stoppable);
    }
}
