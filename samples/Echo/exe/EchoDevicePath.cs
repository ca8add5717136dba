using static NtSim.Win32;

namespace NtSim.Samples.Echo;

/// <summary>GetDevicePath: the first present interface of a class, with CM_Get_Device_Interface_List.</summary>
internal static class EchoDevicePath
{
    public static string? First(Guid interfaceGuid)
    {
        if (CM_Get_Device_Interface_List_Size(out var length, interfaceGuid, null, CM_GET_DEVICE_INTERFACE_LIST_PRESENT) != CR_SUCCESS)
        {
            puts("Error retrieving device interface list size.");
            return null;
        }

        if (length <= 1)
        {
            puts("Error: No active device interfaces found.  Is the sample driver loaded?");
            return null;
        }

        var list = new char[length];
        if (CM_Get_Device_Interface_List(interfaceGuid, null, list, length, CM_GET_DEVICE_INTERFACE_LIST_PRESENT) != CR_SUCCESS)
        {
            puts("Error retrieving device interface list.");
            return null;
        }

        return new string(list).Split('\0')[0];
    }
}
