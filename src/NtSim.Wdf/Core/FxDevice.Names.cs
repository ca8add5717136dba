namespace NtSim;

// The device's names and alignment (fxdeviceapi.cpp, fxdeviceinterfaceapi.cpp): what WdfDeviceRetrieveDeviceName,
// WdfDeviceRetrieveDeviceInterfaceString and WdfDevice{Set,Get}AlignmentRequirement read and write.
internal sealed partial class FxDevice
{
    /// <summary>DEVICE_OBJECT.AlignmentRequirement (FILE_xxx_ALIGNMENT: a mask, one less than a power of two).</summary>
    internal uint AlignmentRequirement
    {
        get => DeviceObject.AlignmentRequirement;
        set => DeviceObject.AlignmentRequirement = value;
    }

    /// <summary>The name the device was created with into <paramref name="target"/>; STATUS_INVALID_PARAMETER for an
    /// unnamed device (m_DeviceName is NULL).</summary>
    internal NTSTATUS RetrieveName(FxString target)
    {
        if (DeviceObject.Name is not { } name)
        {
            Globals.Log.Add("FxDevice::RetrieveDeviceName",
                $"Device name for WDFDEVICE 0x{Handle:x16} is NULL. Possibly incorrect device handle was passed, {NtNames.Format(Wdm.STATUS_INVALID_PARAMETER)}");
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        target.Assign(name);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>The symbolic link of the interface this device registered for the class and reference string (any
    /// reference when none is given; the reference compared exactly); STATUS_OBJECT_NAME_NOT_FOUND when there is none,
    /// STATUS_INVALID_DEVICE_REQUEST for a control device.</summary>
    internal NTSTATUS RetrieveInterfaceString(Guid interfaceClass, string? reference, FxString target)
    {
        if (IsControlDevice)
        {
            Globals.Log.Add("FxDevice::RetrieveDeviceInterfaceString",
                $"WDFDEVICE 0x{Handle:x16} is not a PNP device, {NtNames.Format(Wdm.STATUS_INVALID_DEVICE_REQUEST)}");
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        foreach (var entry in General.Interfaces)
        {
            if (entry.Class == interfaceClass && (reference is null || string.Equals(entry.Reference ?? string.Empty, reference, StringComparison.Ordinal)))
            {
                target.Assign(entry.SymbolicLink);
                return Wdm.STATUS_SUCCESS;
            }
        }

        return Wdm.STATUS_OBJECT_NAME_NOT_FOUND;
    }
}
