using static NtSim.Win32;

namespace MyDriver.Client;

/// <summary>The path of the first present device interface of a class, with CM_Get_Device_Interface_List.</summary>
public static class DevicePath
{
    /// <summary>The first present interface of <paramref name="interfaceGuid"/>, or null when there is none.</summary>
    public static string? First(Guid interfaceGuid)
    {
        // The two-call pattern: the list's length in characters, then the list (paths separated by NULs, ending in two).
        if (CM_Get_Device_Interface_List_Size(out var length, interfaceGuid, null, CM_GET_DEVICE_INTERFACE_LIST_PRESENT) != CR_SUCCESS || length <= 1)
        {
            return null;
        }

        var list = new char[length];
        if (CM_Get_Device_Interface_List(interfaceGuid, null, list, length, CM_GET_DEVICE_INTERFACE_LIST_PRESENT) != CR_SUCCESS)
        {
            return null;
        }

        return new string(list).Split('\0')[0];
    }
}
