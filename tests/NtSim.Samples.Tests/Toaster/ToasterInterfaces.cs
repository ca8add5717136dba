using static NtSim.Win32;

namespace NtSim.Samples.Tests.Toaster;

/// <summary>Device interfaces as an application finds them (SetupDi), from inside a user process.</summary>
internal static class ToasterInterfaces
{
    /// <summary>The path of the present interface of <paramref name="guid"/> whose device's instance
    /// ID is <paramref name="instanceId"/> (…#mstoaster#01#{guid}).</summary>
    public static string PathOf(Guid guid, string instanceId)
    {
        var set = SetupDiGetClassDevs(guid, null, 0, DIGCF_PRESENT | DIGCF_DEVICEINTERFACE);
        try
        {
            var data = new SP_DEVICE_INTERFACE_DATA();
            for (uint index = 0; SetupDiEnumDeviceInterfaces(set, null, guid, index, data); index++)
            {
                SetupDiGetDeviceInterfaceDetail(set, data, null, 0, out uint required, null);
                var detail = new SP_DEVICE_INTERFACE_DETAIL_DATA();
                Assert.True(SetupDiGetDeviceInterfaceDetail(set, data, detail, required, out _, null));
                if (detail.DevicePath.Contains($"#{instanceId}#", StringComparison.OrdinalIgnoreCase))
                {
                    return detail.DevicePath;
                }
            }

            throw new InvalidOperationException($"no present interface {guid:B} of a device with instance ID {instanceId}");
        }
        finally
        {
            SetupDiDestroyDeviceInfoList(set);
        }
    }
}
