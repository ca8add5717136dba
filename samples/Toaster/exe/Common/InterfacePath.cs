using static NtSim.Win32;

namespace NtSim.Samples.Toaster.Apps;

/// <summary>Finds a device by its interface class, as the WDK's toaster applications do with SetupDi.</summary>
internal static class InterfacePath
{
    /// <summary>The path of the first present interface of <paramref name="interfaceGuid"/>, or null.</summary>
    public static string? First(Guid interfaceGuid)
    {
        var set = SetupDiGetClassDevs(interfaceGuid, null, 0, DIGCF_PRESENT | DIGCF_DEVICEINTERFACE);
        if (set == INVALID_HANDLE_VALUE)
        {
            return null;
        }

        try
        {
            var data = new SP_DEVICE_INTERFACE_DATA();
            if (!SetupDiEnumDeviceInterfaces(set, null, interfaceGuid, 0, data))
            {
                return null;
            }

            // The two-call pattern: ask for the size, then for the detail.
            SetupDiGetDeviceInterfaceDetail(set, data, null, 0, out var required, null);
            var detail = new SP_DEVICE_INTERFACE_DETAIL_DATA();
            return SetupDiGetDeviceInterfaceDetail(set, data, detail, required, out _, null) ? detail.DevicePath : null;
        }
        finally
        {
            SetupDiDestroyDeviceInfoList(set);
        }
    }
}
