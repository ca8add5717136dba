namespace NtSim;

public static partial class Win32
{
    // cfgmgr32.h: CONFIGRET values.
    /// <summary>The CM_* function succeeded.</summary>
    public const uint CR_SUCCESS = 0x00000000;
    /// <summary>A pointer argument was invalid (NULL).</summary>
    public const uint CR_INVALID_POINTER = 0x00000003;
    /// <summary>The flags argument was invalid.</summary>
    public const uint CR_INVALID_FLAG = 0x00000004;
    /// <summary>The device instance does not exist.</summary>
    public const uint CR_NO_SUCH_DEVNODE = 0x0000000D;
    /// <summary>The buffer was too small for the data.</summary>
    public const uint CR_BUFFER_SMALL = 0x0000001A;

    // cfgmgr32.h: CM_Get_Device_Interface_List(_Size) ulFlags.
    /// <summary>CM_Get_Device_Interface_List: only the interfaces that are enabled.</summary>
    public const uint CM_GET_DEVICE_INTERFACE_LIST_PRESENT = 0x00000000;
    /// <summary>CM_Get_Device_Interface_List: every registered interface, enabled or not.</summary>
    public const uint CM_GET_DEVICE_INTERFACE_LIST_ALL_DEVICES = 0x00000001;
    /// <summary>The bits CM_Get_Device_Interface_List's flags may use.</summary>
    public const uint CM_GET_DEVICE_INTERFACE_LIST_BITS = 0x00000001;

    /// <summary>CM_Get_Device_Interface_List_Size: the characters (NULs included) the list of
    /// CM_Get_Device_Interface_List needs; an empty list needs 1.</summary>
    public static uint CM_Get_Device_Interface_List_Size(out uint pulLen, in Guid InterfaceClassGuid, string? pDeviceID, uint ulFlags)
    {
        pulLen = 0;
        var result = QueryInterfaceList(InterfaceClassGuid, pDeviceID, ulFlags, out var list);
        if (result == CR_SUCCESS)
        {
            pulLen = (uint)list.Length;
        }

        return result;
    }

    /// <summary>
    /// CM_Get_Device_Interface_List: the device paths (<c>\\?\ROOT#SYSTEM#0000#{class}</c>) of the
    /// enabled interfaces of a class (all registered ones with CM_GET_DEVICE_INTERFACE_LIST_ALL_DEVICES),
    /// of one device if <paramref name="pDeviceID"/> is given, each ended by a NUL and the list by one
    /// more, into <paramref name="Buffer"/>. A buffer of fewer than the list's characters: CR_BUFFER_SMALL.
    /// </summary>
    public static uint CM_Get_Device_Interface_List(in Guid InterfaceClassGuid, string? pDeviceID, char[] Buffer, uint BufferLen, uint ulFlags)
    {
        if (Buffer is null || BufferLen == 0)
        {
            return CR_INVALID_POINTER;
        }

        if (BufferLen > Buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(BufferLen), BufferLen, $"CM_Get_Device_Interface_List: BufferLen is more than the buffer's {Buffer.Length} characters.");
        }

        var result = QueryInterfaceList(InterfaceClassGuid, pDeviceID, ulFlags, out var list);
        if (result != CR_SUCCESS)
        {
            return result;
        }

        if (list.Length > BufferLen)
        {
            return CR_BUFFER_SMALL;
        }

        list.CopyTo(Buffer, 0);
        return CR_SUCCESS;
    }

    private static uint QueryInterfaceList(Guid classGuid, string? deviceId, uint flags, out char[] list)
    {
        var thread = Current(out _);
        using var kernel = DdiGate.Service(thread, DdiTable.NtPlugPlayControl);
        list = [];
        if ((flags & ~CM_GET_DEVICE_INTERFACE_LIST_BITS) != 0)
        {
            return CR_INVALID_FLAG;
        }

        NTSTATUS status;
        IReadOnlyList<DeviceInterfaceInstance> interfaces;
        try
        {
            status = DeviceInterfaceControl.GetInterfaceDeviceList(thread, classGuid, string.IsNullOrEmpty(deviceId) ? null : deviceId,
                (flags & CM_GET_DEVICE_INTERFACE_LIST_ALL_DEVICES) != 0, out interfaces);
        }
        catch (Exception e) when (IsServiceFault(e))
        {
            throw ServiceFault(thread, e);
        }

        if (!Wdm.NT_SUCCESS(status))
        {
            return CR_NO_SUCH_DEVNODE;
        }

        list = DeviceInterfaceList.Build(interfaces.Select(i => i.Name.DevicePath));
        return CR_SUCCESS;
    }
}
