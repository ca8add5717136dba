namespace NtSim;

public sealed partial class PnpManager
{
    /// <summary>
    /// PiEnumerateDevice and PiProcessNewDeviceNode over a subtree: asks a started node's stack for
    /// its BusRelations, removes the children no longer reported, makes nodes for new PDOs (their
    /// IDs, capabilities and text queried at once), then brings every child up (install, AddDevice,
    /// start) and enumerates it in turn.
    /// </summary>
    internal void EnumerateSubtree(KTHREAD thread, DeviceNode node)
    {
        if (node.State != DeviceNodeState.DeviceNodeStarted || _machine.IsHalted)
        {
            return;
        }

        var reported = PnpIrp.QueryRelations(thread, node.PhysicalDeviceObject!, Wdm.BusRelations, out _);
        if (reported is not null)
        {
            ApplyBusRelations(thread, node, reported);
        }

        foreach (var child in node.Children.ToArray())
        {
            BringUp(thread, child);
            EnumerateSubtree(thread, child);
        }
    }

    private void ApplyBusRelations(KTHREAD thread, DeviceNode parent, List<ulong> reported)
    {
        var objects = _machine.ObjectManager;
        var pdos = new List<DEVICE_OBJECT>();
        foreach (var pointer in reported)
        {
            if (objects.FindObject(pointer)?.Body is not DEVICE_OBJECT pdo)
            {
                // 0xCA/0x2: an object in BusRelations that is not a device object.
                _machine.RaiseBugCheck(Wdm.PNP_DETECTED_FATAL_ERROR, 0x2, pointer, DriverOf(parent)?.Address ?? 0, 0,
                    $"{DriverOf(parent)?.DriverName.ToString() ?? "a bus driver"} reported 0x{pointer:x} in the BusRelations of {parent.InstancePath}, which is not a device object");
                return;
            }

            pdos.Add(pdo);
        }

        // Children no longer reported: the device is gone (surprise removal if it was running).
        var reportedSet = new HashSet<DEVICE_OBJECT>(pdos);
        foreach (var child in parent.Children.ToArray())
        {
            if (!reportedSet.Contains(child.PhysicalDeviceObject!))
            {
                RemoveVanished(thread, child);
            }
        }

        foreach (var pdo in pdos)
        {
            if (pdo.DeviceNode is { } known)
            {
                // Already a node (here or, wrongly, elsewhere): the extra reference the bus took goes.
                Dereference(pdo);
                if (known.Parent != parent && known != parent)
                {
                    _machine.RaiseBugCheck(Wdm.PNP_DETECTED_FATAL_ERROR, 0x1, pdo.Address, known.PhysicalDeviceObject!.Address, 0,
                        $"{pdo.Describe()} reported by {parent.InstancePath} is already the PDO of {known.InstancePath}");
                    return;
                }

                continue;
            }

            if (!CreateNode(thread, parent, pdo))
            {
                return;
            }
        }
    }

    /// <summary>A new PDO becomes a device node: IRP_MN_QUERY_ID (device, instance, hardware,
    /// compatible, container), IRP_MN_QUERY_CAPABILITIES, IRP_MN_QUERY_DEVICE_TEXT, then the
    /// resource queries; the node gets its Enum key. False if the machine halted.</summary>
    private bool CreateNode(KTHREAD thread, DeviceNode parent, DEVICE_OBJECT pdo)
    {
        var deviceId = PnpIrp.QueryId(thread, pdo, Wdm.BusQueryDeviceID)?.FirstOrDefault();
        var instanceId = PnpIrp.QueryId(thread, pdo, Wdm.BusQueryInstanceID)?.FirstOrDefault() ?? "";
        var hardwareIds = PnpIrp.QueryId(thread, pdo, Wdm.BusQueryHardwareIDs) ?? [];
        var compatibleIds = PnpIrp.QueryId(thread, pdo, Wdm.BusQueryCompatibleIDs) ?? [];
        var containerId = PnpIrp.QueryId(thread, pdo, Wdm.BusQueryContainerID)?.FirstOrDefault();
        if (_machine.IsHalted)
        {
            return false;
        }

        if (!ValidId(deviceId, allowSlash: true) || deviceId!.Split('\\').Length != 2)
        {
            // 0xCA/0x3: an invalid ID (P4 1 = device ID).
            _machine.RaiseBugCheck(Wdm.PNP_DETECTED_FATAL_ERROR, 0x3, pdo.Address, 0, 1,
                $"{pdo.DriverObject.DriverName} gave {pdo.Describe()} the device ID \"{deviceId}\": it must be <enumerator>\\<device> in printable characters other than space and comma");
            return false;
        }

        if (!ValidId(instanceId, allowSlash: false))
        {
            _machine.RaiseBugCheck(Wdm.PNP_DETECTED_FATAL_ERROR, 0x3, pdo.Address, 0, 2,
                $"{pdo.DriverObject.DriverName} gave {pdo.Describe()} the instance ID \"{instanceId}\"");
            return false;
        }

        var instancePath = deviceId + @"\" + instanceId;
        if (Find(instancePath) is { } duplicate)
        {
            // 0xCA/0x1: two PDOs with one instance path.
            _machine.RaiseBugCheck(Wdm.PNP_DETECTED_FATAL_ERROR, 0x1, pdo.Address, duplicate.PhysicalDeviceObject?.Address ?? 0, 0,
                $"{pdo.DriverObject.DriverName} reported {pdo.Describe()} as {instancePath}, the instance path of {duplicate.PhysicalDeviceObject?.Describe()}");
            return false;
        }

        var node = new DeviceNode(parent, pdo, instancePath)
        {
            HardwareIds = hardwareIds,
            CompatibleIds = compatibleIds,
            ContainerId = containerId,
        };
        pdo.DeviceNode = node;
        Link(parent, node);
        node.Capabilities = PnpIrp.QueryCapabilities(thread, pdo) ?? new DEVICE_CAPABILITIES();
        node.Description = PnpIrp.QueryText(thread, pdo, Wdm.DeviceTextDescription);
        node.Location = PnpIrp.QueryText(thread, pdo, Wdm.DeviceTextLocationInformation);
        FreeInformation(thread, PnpIrp.Send(thread, pdo, Wdm.IRP_MN_QUERY_BUS_INFORMATION));
        FreeInformation(thread, PnpIrp.Send(thread, pdo, Wdm.IRP_MN_QUERY_RESOURCES));
        node.ResourceRequirements = PnpIrp.Send(thread, pdo, Wdm.IRP_MN_QUERY_RESOURCE_REQUIREMENTS).Information;
        if (_machine.IsHalted)
        {
            return false;
        }

        DeviceRegistry.Record(_machine.Registry, node);
        node.SetState(DeviceNodeState.DeviceNodeInitialized);
        return true;
    }

    /// <summary>Whether an ID holds only what IDs may: printable characters above space, no comma.</summary>
    private static bool ValidId(string? id, bool allowSlash)
    {
        if (id is null || id.Length == 0 || id.Length > 200)
        {
            return id is not null && id.Length == 0 && !allowSlash;
        }

        foreach (var c in id)
        {
            if (c <= ' ' || c > 0x7F || c == ',' || (!allowSlash && c == '\\'))
            {
                return false;
            }
        }

        return true;
    }

    private static void FreeInformation(KTHREAD thread, IO_STATUS_BLOCK iosb)
    {
        if (Wdm.NT_SUCCESS(iosb.Status) && iosb.Information != 0)
        {
            PnpIrp.FreePool(thread, iosb.Information);
        }
    }

    private static DRIVER_OBJECT? DriverOf(DeviceNode node) => node.PhysicalDeviceObject is { } pdo ? Devices.TopOf(pdo).DriverObject : null;
}
