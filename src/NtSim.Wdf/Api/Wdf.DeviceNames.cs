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

    /// <summary>WdfDeviceSetAlignmentRequirement: the device object's AlignmentRequirement (FILE_xxx_ALIGNMENT).</summary>
    public static void WdfDeviceSetAlignmentRequirement(WDFDEVICE Device, uint AlignmentRequirement)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceSetAlignmentRequirement);
        FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceSetAlignmentRequirement)).AlignmentRequirement = AlignmentRequirement;
    }

    /// <summary>WdfDeviceGetAlignmentRequirement: the device object's AlignmentRequirement.</summary>
    public static uint WdfDeviceGetAlignmentRequirement(WDFDEVICE Device)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDeviceGetAlignmentRequirement);
        return FxHandles.Resolve<FxDevice>(thread, Device.Target, FxObjectType.Device, nameof(WdfDeviceGetAlignmentRequirement)).AlignmentRequirement;
    }
}
