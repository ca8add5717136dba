namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfDeviceRetrieveDeviceName: the device object's name (\Device\...) into String;
    /// STATUS_INVALID_PARAMETER for a device created without one.</summary>
    public static NTSTATUS WdfDeviceRetrieveDeviceName(WDFDEVICE Device, WDFSTRING String)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceRetrieveDeviceName);
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceRetrieveDeviceName));
        var target = FxHandles.Resolve<FxString>(thread, String.Target, FxObjectType.String, nameof(WdfDeviceRetrieveDeviceName));
        return device.RetrieveName(target);
    }

    /// <summary>WdfDeviceRetrieveDeviceInterfaceString: the symbolic link name of an interface the device created
    /// (WdfDeviceCreateDeviceInterface) into String; STATUS_OBJECT_NAME_NOT_FOUND when it created none of that class
    /// and reference string.</summary>
    public static NTSTATUS WdfDeviceRetrieveDeviceInterfaceString(WDFDEVICE Device, in Guid InterfaceClassGUID, UNICODE_STRING? ReferenceString,
        WDFSTRING String)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceRetrieveDeviceInterfaceString);
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceRetrieveDeviceInterfaceString));
        var target = FxHandles.Resolve<FxString>(thread, String.Target, FxObjectType.String, nameof(WdfDeviceRetrieveDeviceInterfaceString));
        return device.RetrieveInterfaceString(InterfaceClassGUID, ReferenceString?.ToString(), target);
    }

    /// <summary>WdfDeviceSetAlignmentRequirement: the device object's AlignmentRequirement (FILE_xxx_ALIGNMENT). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfDeviceSetAlignmentRequirement(WDFDEVICE Device, uint AlignmentRequirement)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceSetAlignmentRequirement);
        FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceSetAlignmentRequirement)).AlignmentRequirement = AlignmentRequirement;
    }

    /// <summary>WdfDeviceGetAlignmentRequirement: the device object's AlignmentRequirement. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static uint WdfDeviceGetAlignmentRequirement(WDFDEVICE Device)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceGetAlignmentRequirement);
        return FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceGetAlignmentRequirement)).AlignmentRequirement;
    }

    /// <summary>WdfDeviceOpenDevicemapKey: opens, or creates as a volatile key, \Registry\Machine\HARDWARE\DEVICEMAP\KeyName
    /// (serial and parallel port drivers publish their names there); the WDFKEY's parent is the device unless the
    /// attributes name another. STATUS_INVALID_PARAMETER for an empty name.</summary>
    public static NTSTATUS WdfDeviceOpenDevicemapKey(WDFDEVICE Device, UNICODE_STRING KeyName, uint DesiredAccess, WDF_OBJECT_ATTRIBUTES? KeyAttributes,
        out WDFKEY Key)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceOpenDevicemapKey);
        Key = default;
        var device = FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceOpenDevicemapKey));
        if (KeyName.Length == 0)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var status = FxRegKey.Create(thread, device.Globals, KeyAttributes, device,
            k => k.OpenDevicemap(KeyName.ToString(), DesiredAccess), out var key);
        Key = new WDFKEY(key);
        return status;
    }
}
