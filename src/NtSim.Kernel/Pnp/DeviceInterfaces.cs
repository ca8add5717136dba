namespace NtSim;

/// <summary>
/// Device interfaces (IoRegisterDeviceInterface, IoSetDeviceInterfaceState, IoGetDeviceInterfaces).
/// The registry holds them as Windows does, under Control\DeviceClasses\{class}\##?#&lt;device&gt;#{class}
/// (value DeviceInstance) with a subkey #&lt;reference string&gt; (value SymbolicLink); an enabled one
/// has a volatile Control subkey with Linked = 1 and a link \GLOBAL??\&lt;device&gt;#{class} to its PDO.
/// The PnP manager calls <see cref="DisableAll"/> when it removes a device.
/// </summary>
internal static class DeviceInterfaces
{
    /// <summary>IoRegisterDeviceInterface: the keys of the interface (kept if they exist) and its name.</summary>
    internal static NTSTATUS Register(KTHREAD thread, DEVICE_OBJECT pdo, Guid classGuid, string? referenceString, out string symbolicLinkName)
    {
        symbolicLinkName = "";
        // "STATUS_INVALID_DEVICE_REQUEST: PhysicalDeviceObject does not point to a valid PDO, or the
        // ReferenceString string contains invalid characters" (IoRegisterDeviceInterface).
        if (pdo.DeviceNode is not { } node || node.PhysicalDeviceObject != pdo
            || (referenceString is not null && referenceString.AsSpan().IndexOfAny('\\', '/') >= 0))
        {
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        var machine = thread.Machine;
        var name = new DeviceInterfaceName(node.InstancePath, classGuid, referenceString ?? "");
        lock (machine.DeviceInterfaces.Lock)
        {
            machine.DeviceInterfaces.Remember(node);
            machine.Registry.SetValue(name.InterfaceKey, "DeviceInstance", node.InstancePath);
            machine.Registry.SetValue(name.ReferenceKey, "SymbolicLink", name.DevicePath);
        }

        symbolicLinkName = name.SymbolicLinkName;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>IoSetDeviceInterfaceState.</summary>
    internal static NTSTATUS SetState(KTHREAD thread, string symbolicLinkName, bool enable)
    {
        if (thread.Processor!.Irql != Wdm.PASSIVE_LEVEL)
        {
            // Free build: the registry and the link are changed at the caller's IRQL.
            thread.Machine.Verifier.Violation(VerifierRules.IrqlIoPassive1, 0, 0, 0,
                $"IoSetDeviceInterfaceState called at IRQL {(int)thread.Processor!.Irql}; it must be called at PASSIVE_LEVEL (rule IrqlIoPassive1)");
        }

        var machine = thread.Machine;
        if (!DeviceInterfaceName.TryParse(symbolicLinkName, out var name) || !machine.Registry.KeyExists(name.ReferenceKey))
        {
            return Wdm.STATUS_OBJECT_NAME_NOT_FOUND;
        }

        NTSTATUS status;
        lock (machine.DeviceInterfaces.Lock)
        {
            status = enable ? Enable(machine, name) : Disable(machine, name);
        }

        if (status == Wdm.STATUS_SUCCESS)
        {
            // Arrival and removal go to the registered callbacks later, from a system worker thread.
            machine.PlugPlayNotifications.QueueInterfaceChange(thread,
                enable ? Wdm.GUID_DEVICE_INTERFACE_ARRIVAL : Wdm.GUID_DEVICE_INTERFACE_REMOVAL, name);
        }

        return status;
    }

    /// <summary>The interfaces of a class, enabled ones only unless <paramref name="includeNonActive"/>,
    /// of one device (by instance path) or of all.</summary>
    internal static List<DeviceInterfaceInstance> List(Machine machine, Guid classGuid, string? instancePath, bool includeNonActive)
    {
        var found = new List<DeviceInterfaceInstance>();
        var classKey = new DeviceInterfaceName("", classGuid, "").ClassKey;
        lock (machine.DeviceInterfaces.Lock)
        {
            foreach (var instance in Instances(machine, classKey))
            {
                if ((includeNonActive || instance.Enabled)
                    && (instancePath is null || string.Equals(instance.Name.InstancePath, instancePath, StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add(instance);
                }
            }
        }

        return found;
    }

    /// <summary>Every interface a device registered, of every class, enabled or not.</summary>
    internal static IReadOnlyList<DeviceInterfaceInstance> Of(Machine machine, DeviceNode node)
    {
        lock (machine.DeviceInterfaces.Lock)
        {
            return [.. AllInstances(machine).Where(i => string.Equals(i.Name.InstancePath, node.InstancePath, StringComparison.OrdinalIgnoreCase))];
        }
    }

    /// <summary>
    /// For the PnP manager, when it removes a device: "the PnP manager disables the interface when it
    /// removes the device" (IoSetDeviceInterfaceState) if its driver did not. Each enabled interface
    /// of the node loses its link and its registered callbacks get GUID_DEVICE_INTERFACE_REMOVAL.
    /// </summary>
    internal static void DisableAll(KTHREAD thread, DeviceNode node)
    {
        foreach (var instance in Of(thread.Machine, node).Where(i => i.Enabled))
        {
            SetState(thread, instance.Name.SymbolicLinkName, enable: false);
        }
    }

    private static NTSTATUS Enable(Machine machine, DeviceInterfaceName name)
    {
        if (IsEnabled(machine, name))
        {
            // "STATUS_OBJECT_NAME_EXISTS if the caller requested to enable a device interface that was already enabled."
            return Wdm.STATUS_OBJECT_NAME_EXISTS;
        }

        if (machine.DeviceInterfaces.NodeOf(name.InstancePath)?.PhysicalDeviceObject?.Name is not { } target)
        {
            // The device that registered the interface is not present.
            return Wdm.STATUS_INVALID_DEVICE_REQUEST;
        }

        if (machine.DeviceInterfaces.AddLinkUser(name.LinkName))
        {
            var status = machine.ObjectManager.CreateSymbolicLink(name.LinkName, target, machine.Modules.Kernel, null, 0);
            if (!Wdm.NT_SUCCESS(status))
            {
                machine.DeviceInterfaces.RemoveLinkUser(name.LinkName);
                return status;
            }
        }

        machine.Registry.CreateKey(name.ReferenceKey + @"\Control", isVolatile: true);
        machine.Registry.SetValue(name.ReferenceKey + @"\Control", "Linked", 1u);
        AddReference(machine, name, +1);
        return Wdm.STATUS_SUCCESS;
    }

    private static NTSTATUS Disable(Machine machine, DeviceInterfaceName name)
    {
        if (!IsEnabled(machine, name))
        {
            // "STATUS_OBJECT_NAME_NOT_FOUND: the caller tried to disable a device interface that was not enabled."
            return Wdm.STATUS_OBJECT_NAME_NOT_FOUND;
        }

        if (machine.DeviceInterfaces.RemoveLinkUser(name.LinkName))
        {
            machine.ObjectManager.DeleteSymbolicLink(name.LinkName);
        }

        machine.Registry.DeleteKey(name.ReferenceKey + @"\Control");
        AddReference(machine, name, -1);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>The interface key's volatile Control\ReferenceCount: how many of its reference strings are enabled.</summary>
    private static void AddReference(Machine machine, DeviceInterfaceName name, int delta)
    {
        var control = name.InterfaceKey + @"\Control";
        var count = (int)(machine.Registry.GetValue(control, "ReferenceCount")?.Dword ?? 0) + delta;
        if (count <= 0)
        {
            machine.Registry.DeleteKey(control);
            return;
        }

        machine.Registry.CreateKey(control, isVolatile: true);
        machine.Registry.SetValue(control, "ReferenceCount", (uint)count);
    }

    private static bool IsEnabled(Machine machine, DeviceInterfaceName name) =>
        machine.Registry.GetValue(name.ReferenceKey + @"\Control", "Linked")?.Dword == 1;

    private static IEnumerable<DeviceInterfaceInstance> AllInstances(Machine machine)
    {
        var root = DeviceInterfaceName.DeviceClassesPath;
        return machine.Registry.KeyExists(root)
            ? machine.Registry.GetSubKeyNames(root).SelectMany(c => Instances(machine, root + @"\" + c))
            : [];
    }

    private static IEnumerable<DeviceInterfaceInstance> Instances(Machine machine, string classKey)
    {
        if (!machine.Registry.KeyExists(classKey))
        {
            yield break;
        }

        foreach (var interfaceKey in machine.Registry.GetSubKeyNames(classKey))
        {
            foreach (var referenceKey in machine.Registry.GetSubKeyNames(classKey + @"\" + interfaceKey))
            {
                if (DeviceInterfaceName.FromKeys(interfaceKey, referenceKey) is { } name)
                {
                    yield return new DeviceInterfaceInstance(name, IsEnabled(machine, name));
                }
            }
        }
    }
}
