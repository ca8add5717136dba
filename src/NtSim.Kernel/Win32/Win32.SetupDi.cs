namespace NtSim;

public static partial class Win32
{
    // setupapi.h: SetupDiGetClassDevs Flags.
    /// <summary>SetupDiGetClassDevs: only the device whose interface is the system default for the class (with DIGCF_DEVICEINTERFACE).</summary>
    public const uint DIGCF_DEFAULT = 0x00000001;
    /// <summary>SetupDiGetClassDevs: only the devices present in the system.</summary>
    public const uint DIGCF_PRESENT = 0x00000002;
    /// <summary>SetupDiGetClassDevs: devices of every setup or interface class.</summary>
    public const uint DIGCF_ALLCLASSES = 0x00000004;
    /// <summary>SetupDiGetClassDevs: only the devices of the current hardware profile.</summary>
    public const uint DIGCF_PROFILE = 0x00000008;
    /// <summary>SetupDiGetClassDevs: the GUID is an interface class, and the set holds devices exposing it.</summary>
    public const uint DIGCF_DEVICEINTERFACE = 0x00000010;

    // setupapi.h: SP_DEVICE_INTERFACE_DATA Flags.
    /// <summary>The interface is enabled.</summary>
    public const uint SPINT_ACTIVE = 0x00000001;
    /// <summary>The interface is the default one of its class.</summary>
    public const uint SPINT_DEFAULT = 0x00000002;
    /// <summary>The interface was removed.</summary>
    public const uint SPINT_REMOVED = 0x00000004;

    /// <summary>
    /// SetupDiGetClassDevs with DIGCF_DEVICEINTERFACE: a device information set holding the interfaces of
    /// class <paramref name="ClassGuid"/> (only the enabled ones with DIGCF_PRESENT), of the device
    /// <paramref name="Enumerator"/> names if given (a device instance ID). INVALID_HANDLE_VALUE on failure.
    /// </summary>
    public static HDEVINFO SetupDiGetClassDevs(in Guid ClassGuid, string? Enumerator, nint hwndParent, uint Flags)
    {
        var thread = Current(out var process);
        using var kernel = DdiGate.Service(thread, DdiTable.NtPlugPlayControl);
        if ((Flags & DIGCF_DEVICEINTERFACE) == 0 || (Flags & DIGCF_ALLCLASSES) != 0)
        {
            throw new NotSupportedException("SetupDiGetClassDevs: only the interfaces of one class (DIGCF_DEVICEINTERFACE without DIGCF_ALLCLASSES) are simulated.");
        }

        NTSTATUS status;
        IReadOnlyList<DeviceInterfaceInstance> interfaces;
        try
        {
            status = DeviceInterfaceControl.GetInterfaceDeviceList(thread, ClassGuid, Enumerator, (Flags & DIGCF_PRESENT) == 0, out interfaces);
        }
        catch (Exception e) when (IsServiceFault(e))
        {
            throw ServiceFault(thread, e);
        }

        if (!Wdm.NT_SUCCESS(status))
        {
            // An Enumerator (device instance ID) that names no device with interfaces.
            thread.Win32State.LastError = Win32Error.ERROR_INVALID_PARAMETER;
            return new HDEVINFO(INVALID_HANDLE_VALUE.Value);
        }

        thread.Win32State.LastError = 0;
        return process.Win32State.Add(new DeviceInfoSet(ClassGuid, interfaces));
    }

    /// <summary>
    /// SetupDiEnumDeviceInterfaces: the <paramref name="MemberIndex"/>th interface of class
    /// <paramref name="InterfaceClassGuid"/> in the set (of the device <paramref name="DeviceInfoData"/> if
    /// given). Past the last: FALSE with ERROR_NO_MORE_ITEMS. cbSize must be set: ERROR_INVALID_USER_BUFFER.
    /// </summary>
    public static bool SetupDiEnumDeviceInterfaces(HDEVINFO DeviceInfoSet, SP_DEVINFO_DATA? DeviceInfoData, in Guid InterfaceClassGuid, uint MemberIndex,
        SP_DEVICE_INTERFACE_DATA DeviceInterfaceData)
    {
        var thread = Current(out var process);
        using var kernel = DdiGate.Service(thread, DdiTable.NtPlugPlayControl);
        ArgumentNullException.ThrowIfNull(DeviceInterfaceData);
        if (process.Win32State.Find(DeviceInfoSet) is not { } set)
        {
            return SetLast(thread, Win32Error.ERROR_INVALID_HANDLE);
        }

        if (DeviceInterfaceData.cbSize != SP_DEVICE_INTERFACE_DATA.Size || (DeviceInfoData is not null && DeviceInfoData.cbSize != SP_DEVINFO_DATA.Size))
        {
            return SetLast(thread, Win32Error.ERROR_INVALID_USER_BUFFER);
        }

        var classGuid = InterfaceClassGuid;
        var members = set.Interfaces.Where(i => i.Name.ClassGuid == classGuid && (DeviceInfoData is null || set.DevInstOf(i) == DeviceInfoData.DevInst)).ToList();
        if (MemberIndex >= members.Count)
        {
            return SetLast(thread, Win32Error.ERROR_NO_MORE_ITEMS);
        }

        var member = members[(int)MemberIndex];
        DeviceInterfaceData.InterfaceClassGuid = member.Name.ClassGuid;
        DeviceInterfaceData.Flags = member.Enabled ? SPINT_ACTIVE : 0;
        DeviceInterfaceData.Reserved = (ulong)IndexIn(set, member) + 1;
        thread.Win32State.LastError = 0;
        return true;
    }

    /// <summary>
    /// SetupDiGetDeviceInterfaceDetail: the interface's device path (<c>\\?\root#system#0000#{class}</c>,
    /// which CreateFile opens). The usual two calls: first with no detail and size 0, which fails with
    /// ERROR_INSUFFICIENT_BUFFER and gives <paramref name="RequiredSize"/>; then with a detail whose
    /// cbSize is set and that size. <paramref name="DeviceInfoData"/>, if given, receives the device.
    /// </summary>
    public static bool SetupDiGetDeviceInterfaceDetail(HDEVINFO DeviceInfoSet, SP_DEVICE_INTERFACE_DATA DeviceInterfaceData,
        SP_DEVICE_INTERFACE_DETAIL_DATA? DeviceInterfaceDetailData, uint DeviceInterfaceDetailDataSize, out uint RequiredSize, SP_DEVINFO_DATA? DeviceInfoData)
    {
        var thread = Current(out var process);
        using var kernel = DdiGate.Service(thread, DdiTable.NtPlugPlayControl);
        ArgumentNullException.ThrowIfNull(DeviceInterfaceData);
        RequiredSize = 0;
        if (process.Win32State.Find(DeviceInfoSet) is not { } set)
        {
            return SetLast(thread, Win32Error.ERROR_INVALID_HANDLE);
        }

        if (DeviceInterfaceData.cbSize != SP_DEVICE_INTERFACE_DATA.Size || DeviceInterfaceData.Reserved == 0 || DeviceInterfaceData.Reserved > (ulong)set.Interfaces.Count)
        {
            return SetLast(thread, Win32Error.ERROR_INVALID_PARAMETER);
        }

        var member = set.Interfaces[(int)DeviceInterfaceData.Reserved - 1];
        // SetupDi gives device paths in lowercase (\\?\root#system#0000#{...}); the object manager compares names case-insensitively.
        var path = member.Name.DevicePath.ToLowerInvariant();
        RequiredSize = SP_DEVICE_INTERFACE_DETAIL_DATA.PathOffset + ((uint)path.Length + 1) * 2;
        if (DeviceInfoData is not null)
        {
            if (DeviceInfoData.cbSize != SP_DEVINFO_DATA.Size)
            {
                return SetLast(thread, Win32Error.ERROR_INVALID_USER_BUFFER);
            }

            DeviceInfoData.DevInst = set.DevInstOf(member);
        }

        if (DeviceInterfaceDetailData is null)
        {
            return SetLast(thread, DeviceInterfaceDetailDataSize == 0 ? Win32Error.ERROR_INSUFFICIENT_BUFFER : Win32Error.ERROR_INVALID_USER_BUFFER);
        }

        if (DeviceInterfaceDetailData.cbSize != SP_DEVICE_INTERFACE_DETAIL_DATA.Size)
        {
            return SetLast(thread, Win32Error.ERROR_INVALID_USER_BUFFER);
        }

        if (DeviceInterfaceDetailDataSize < RequiredSize)
        {
            return SetLast(thread, Win32Error.ERROR_INSUFFICIENT_BUFFER);
        }

        DeviceInterfaceDetailData.DevicePath = path;
        thread.Win32State.LastError = 0;
        return true;
    }

    /// <summary>SetupDiDestroyDeviceInfoList: frees the set; a handle that is not a set: ERROR_INVALID_HANDLE.</summary>
    public static bool SetupDiDestroyDeviceInfoList(HDEVINFO DeviceInfoSet)
    {
        var thread = Current(out var process);
        using var kernel = DdiGate.Service(thread, DdiTable.NtPlugPlayControl);
        if (!process.Win32State.Remove(DeviceInfoSet))
        {
            return SetLast(thread, Win32Error.ERROR_INVALID_HANDLE);
        }

        thread.Win32State.LastError = 0;
        return true;
    }

    private static int IndexIn(DeviceInfoSet set, DeviceInterfaceInstance member)
    {
        for (var i = 0; i < set.Interfaces.Count; i++)
        {
            if (ReferenceEquals(set.Interfaces[i], member))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool SetLast(KTHREAD thread, uint error)
    {
        thread.Win32State.LastError = error;
        return false;
    }
}
