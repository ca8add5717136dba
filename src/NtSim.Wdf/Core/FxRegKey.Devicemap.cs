namespace NtSim;

internal sealed partial class FxRegKey
{
    /// <summary>FX_DEVICEMAP_PATH: where WdfDeviceOpenDevicemapKey's keys live.</summary>
    private const string DevicemapPath = @"\Registry\Machine\HARDWARE\DEVICEMAP\";

    /// <summary>FxDevice::OpenDevicemapKeyWorker: DEVICEMAP\<paramref name="keyName"/>, created volatile when missing.</summary>
    internal NTSTATUS OpenDevicemap(string keyName, uint desiredAccess) =>
        Open(HANDLE.NULL, DevicemapPath + keyName, desiredAccess, create: true, Wdm.REG_OPTION_VOLATILE, out _);
}
