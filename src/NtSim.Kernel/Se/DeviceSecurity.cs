namespace NtSim;

/// <summary>
/// Who may open a device: the descriptor a device object gets (IoCreateDevice's default,
/// IoCreateDeviceSecure's SDDL, the registry's Security setting applied by the PnP manager) and the
/// check IopParseDevice makes at create time against the opener's token.
/// </summary>
internal static class DeviceSecurity
{
    /// <summary>"For most device types and characteristics, the default security descriptor gives full access
    /// (GENERIC_ALL) to administrators, and read, write, and execute access to everyone else" ("Controlling
    /// Device Access"); restricted code gets read and execute, as SePublicDefaultUnrestrictedSd gives it.</summary>
    internal const string DefaultNamedSddl = "D:P(A;;GA;;;SY)(A;;GA;;;BA)(A;;GRGWGX;;;WD)(A;;GRGX;;;RC)";

    /// <summary>The descriptor IoCreateDevice gives: a named device the default above; an unnamed one no DACL
    /// ("the device object created by IoCreateDevice will not (and cannot) have a DACL", IoCreateDevice).</summary>
    internal static SECURITY_DESCRIPTOR DefaultFor(DEVICE_OBJECT device)
    {
        if (device.Name is null)
        {
            return new SECURITY_DESCRIPTOR { Owner = WellKnownSids.Administrators(), Group = WellKnownSids.LocalSystem() };
        }

        Sddl.TryParse(DefaultNamedSddl, deviceSubset: true, out var descriptor, out _);
        descriptor!.Owner = WellKnownSids.Administrators();
        descriptor.Group = WellKnownSids.LocalSystem();
        return descriptor;
    }

    /// <summary>
    /// IopParseDevice's access check. A user-mode open (or a kernel-mode one with OBJ_FORCE_ACCESS_CHECK) is
    /// checked against the device's descriptor with the access asked for, unless it names something below
    /// the device (<c>\Device\X\sub</c>) and no device of the stack has FILE_DEVICE_SECURE_OPEN: such a name
    /// belongs to the driver's own namespace, which the driver secures itself ("Controlling Device Namespace Access").
    /// </summary>
    /// <paramref name="granted"/> is what the check granted (MAXIMUM_ALLOWED resolved to what the DACL gives),
    /// which the handle gets; null when nothing was checked.
    internal static NTSTATUS CheckOpen(KTHREAD thread, DEVICE_OBJECT device, ParseRequest request, uint desiredAccess, out uint? granted)
    {
        granted = null;
        if (request.AccessMode == Wdm.KernelMode && (request.Attributes & Wdm.OBJ_FORCE_ACCESS_CHECK) == 0)
        {
            return Wdm.STATUS_SUCCESS;
        }

        if (request.RemainingName.Length > 0 && !SecureOpen(device))
        {
            return Wdm.STATUS_SUCCESS;
        }

        var token = thread.Machine.Security.TokenOf(thread.Process);
        if (AccessCheck.Check(device.SecurityDescriptor, token, desiredAccess, 0, ObjectTypes.Device.GenericMapping, out var access, out var status))
        {
            granted = access & (ObjectTypes.File.ValidAccessMask | Wdm.ACCESS_SYSTEM_SECURITY);
        }

        return status;
    }

    /// <summary>IoCreateDeviceSecure's work after its arguments were checked: the class key's overrides,
    /// IoCreateDevice, then the descriptor.</summary>
    internal static NTSTATUS CreateSecure(KTHREAD thread, DRIVER_OBJECT driver, ulong extensionSize, string? name, uint deviceType,
        uint characteristics, bool exclusive, SECURITY_DESCRIPTOR descriptor, Guid? classGuid, string file, int line, out DEVICE_OBJECT? device)
    {
        device = null;
        if (classGuid is { } guid)
        {
            // "DeviceClassGuid ... identifies a section of the registry containing possible overrides for the
            // DefaultSDDLString, DeviceType, DeviceCharacteristics, and Exclusive parameters" (WdmlibIoCreateDeviceSecure).
            var key = DeviceRegistry.ClassKey(guid) + @"\Properties";
            var registry = thread.Machine.Registry;
            if (registry.GetValue(key, "Security") is { } security)
            {
                if (!Sddl.TryParse(security.String, deviceSubset: false, out var overriding, out _))
                {
                    return Wdm.STATUS_INVALID_PARAMETER;
                }

                descriptor = overriding!;
            }

            deviceType = registry.GetValue(key, "DeviceType") is { Type: Wdm.REG_DWORD } type ? type.Dword : deviceType;
            characteristics = registry.GetValue(key, "DeviceCharacteristics") is { Type: Wdm.REG_DWORD } more ? more.Dword : characteristics;
            exclusive = registry.GetValue(key, "Exclusive") is { Type: Wdm.REG_DWORD } only ? only.Dword != 0 : exclusive;
        }

        var status = Devices.Create(thread, driver, extensionSize, name, deviceType, characteristics, exclusive, null, file, line, out device);
        if (Wdm.NT_SUCCESS(status))
        {
            device!.SecurityDescriptor = descriptor;
        }

        return status;
    }

    /// <summary>
    /// What the PnP manager does once a node's drivers are added: the device's Security setting (its INF's
    /// <c>HKR,,Security,,"D:P..."</c> in the .HW section), else its setup class's, is applied to every device
    /// object of the stack; without either, each keeps the default ("Controlling Device Access").
    /// </summary>
    internal static void ApplyRegistrySecurity(Machine machine, DeviceNode node)
    {
        var registry = machine.Registry;
        var setting = registry.GetValue(DeviceRegistry.HardwareKey(node), "Security")
            ?? (node.ClassGuid is { } guid && guid != Guid.Empty ? registry.GetValue(DeviceRegistry.ClassKey(guid) + @"\Properties", "Security") : null);
        if (setting is null || node.PhysicalDeviceObject is not { } pdo)
        {
            return;
        }

        if (!Sddl.TryParse(setting.String, deviceSubset: false, out var descriptor, out var error))
        {
            node.Note($"Security setting ignored: {error}");
            return;
        }

        for (DEVICE_OBJECT? device = pdo; device is not null; device = device.AttachedDevice)
        {
            device.SecurityDescriptor = descriptor!;
        }

        node.Note($"security {Sddl.Format(descriptor!)} applied to the device stack");
    }

    /// <summary>FILE_DEVICE_SECURE_OPEN on any device of the stack (the PnP manager propagates the characteristic).</summary>
    private static bool SecureOpen(DEVICE_OBJECT device)
    {
        for (DEVICE_OBJECT? d = device; d is not null; d = d.AttachedDevice)
        {
            if ((d.Characteristics & Wdm.FILE_DEVICE_SECURE_OPEN) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
