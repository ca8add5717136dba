namespace NtSim;

/// <summary>The device's names: its symbolic link and its device interfaces.</summary>
internal sealed partial class FxPkgGeneral
{
    private readonly List<FxDeviceInterface> _interfaces = [];

    internal IReadOnlyList<FxDeviceInterface> Interfaces
    {
        get
        {
            lock (_lock)
            {
                return [.. _interfaces];
            }
        }
    }

    internal NTSTATUS CreateSymbolicLink(KTHREAD thread, string link)
    {
        if (_device.DeviceObject.ObjectName is not { } target)
        {
            // A symbolic link needs a named device (WdfDeviceInitAssignName).
            return Wdm.STATUS_INVALID_DEVICE_STATE;
        }

        var status = Wdm.IoCreateSymbolicLink(new UNICODE_STRING(link), new UNICODE_STRING(target));
        if (Wdm.NT_SUCCESS(status))
        {
            SymbolicLink = link;
        }

        return status;
    }

    internal NTSTATUS CreateInterface(KTHREAD thread, Guid interfaceClass, string? reference)
    {
        if (_device.PhysicalDevice is not { } pdo)
        {
            // A control device has no PDO to register an interface on.
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        var status = Wdm.IoRegisterDeviceInterface(pdo, interfaceClass, reference is null ? (UNICODE_STRING?)null : new UNICODE_STRING(reference), out var name);
        if (Wdm.NT_SUCCESS(status))
        {
            lock (_lock)
            {
                _interfaces.Add(new FxDeviceInterface(interfaceClass, reference, name.ToString()));
            }

            if (_device.Pnp.Started)
            {
                SetInterfaceState(thread, interfaceClass, reference, true);
            }
        }

        return status;
    }

    /// <summary>The framework enables every interface the driver has not turned off when the device
    /// starts, and disables them all when it stops or goes away.</summary>
    internal void SetInterfacesEnabled(KTHREAD thread, bool enabled)
    {
        foreach (var entry in Interfaces)
        {
            if (enabled && entry.DisabledByDriver)
            {
                continue;
            }

            Apply(entry, enabled);
        }
    }

    internal void SetInterfaceState(KTHREAD thread, Guid interfaceClass, string? reference, bool enabled)
    {
        foreach (var entry in Interfaces)
        {
            if (entry.Class == interfaceClass && string.Equals(entry.Reference, reference, StringComparison.OrdinalIgnoreCase))
            {
                entry.DisabledByDriver = !enabled;
                if (!enabled || _device.Pnp.Started)
                {
                    Apply(entry, enabled);
                }
            }
        }
    }

    private static void Apply(FxDeviceInterface entry, bool enabled)
    {
        if (entry.Enabled != enabled)
        {
            entry.Enabled = enabled;
            Wdm.IoSetDeviceInterfaceState(new UNICODE_STRING(entry.SymbolicLink), enabled);
        }
    }
}

/// <summary>One interface a device registered with WdfDeviceCreateDeviceInterface.</summary>
internal sealed class FxDeviceInterface(Guid interfaceClass, string? reference, string symbolicLink)
{
    internal Guid Class { get; } = interfaceClass;

    internal string? Reference { get; } = reference;

    internal string SymbolicLink { get; } = symbolicLink;

    internal bool Enabled { get; set; }

    internal bool DisabledByDriver { get; set; }
}
