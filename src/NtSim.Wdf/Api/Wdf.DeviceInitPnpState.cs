namespace NtSim;

public static partial class Wdf
{
    /// <summary>
    /// WdfDeviceInitRegisterPnpStateChangeCallback: EvtDevicePnpStateChange for one PnP state, on entering it,
    /// after its work and on leaving it, as <paramref name="CallbackTypes"/> asks. A state outside
    /// ObjectCreated..Null (exclusive) or types outside StateNotificationAllStates (or none) fail with
    /// STATUS_INVALID_PARAMETER; a second registration for a state replaces the first.
    /// </summary>
    public static NTSTATUS WdfDeviceInitRegisterPnpStateChangeCallback(WDFDEVICE_INIT DeviceInit, WDF_DEVICE_PNP_STATE PnpState,
        EVT_WDF_DEVICE_PNP_STATE_CHANGE_NOTIFICATION EvtDevicePnpStateChange, uint CallbackTypes)
    {
        var init = Init(DeviceInit, WdfDdis.WdfDeviceInitRegisterPnpStateChangeCallback);
        if (EvtDevicePnpStateChange is null)
        {
            FxHandles.RequiredNull(KTHREAD.Current!, nameof(WdfDeviceInitRegisterPnpStateChangeCallback), nameof(EvtDevicePnpStateChange));
        }

        // WdfDevStateNormalize: the non-pageable flag does not count.
        var state = (WDF_DEVICE_PNP_STATE)((int)PnpState & ~(int)WDF_DEVICE_STATE_FLAGS.WdfDevStateNP);
        if (state < WDF_DEVICE_PNP_STATE.WdfDevStatePnpObjectCreated || state >= WDF_DEVICE_PNP_STATE.WdfDevStatePnpNull
            || (CallbackTypes & ~(uint)WDF_STATE_NOTIFICATION_TYPE.StateNotificationAllStates) != 0 || CallbackTypes == 0)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        init.Pnp.PnpStateCallbacks[state] = (EvtDevicePnpStateChange, (WDF_STATE_NOTIFICATION_TYPE)CallbackTypes);
        return Wdm.STATUS_SUCCESS;
    }
}
