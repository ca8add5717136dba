namespace NtSim;

public sealed partial class PnpManager
{
    /// <summary>
    /// Brings an initialized node up: picks its driver if it has none (the installer), loads the
    /// drivers of its stack and calls their AddDevice routines (lower filters, the function driver,
    /// upper filters: device filters before class filters), then starts it. A failure leaves the
    /// node with a problem code and no stack above the PDO.
    /// </summary>
    internal void BringUp(KTHREAD thread, DeviceNode node)
    {
        if (node.State != DeviceNodeState.DeviceNodeInitialized || node.Problem != 0 || _machine.IsHalted)
        {
            return;
        }

        var registry = _machine.Registry;
        var key = DeviceRegistry.Read(registry, node);
        if (DeviceRegistry.IsDisabled(key))
        {
            SetProblem(node, Wdm.CM_PROB_DISABLED, Wdm.STATUS_SUCCESS, "disabled (ConfigFlags has CONFIGFLAG_DISABLED)");
            return;
        }

        if (!DeviceRegistry.IsInstalled(key) && Installer is { } installer)
        {
            if (!installer(thread, node))
            {
                return;
            }

            key = DeviceRegistry.Read(registry, node);
        }

        if (!AddDrivers(thread, node, key))
        {
            return;
        }

        DeviceSecurity.ApplyRegistrySecurity(_machine, node);
        StartNode(thread, node);
    }

    /// <summary>The step that picks and installs a driver for a node without one (set by the machine
    /// once it has a driver store); returns false with a problem set on the node when it cannot.</summary>
    internal Func<KTHREAD, DeviceNode, bool>? Installer { get; set; }

    private bool AddDrivers(KTHREAD thread, DeviceNode node, DeviceKeyValues key)
    {
        var registry = _machine.Registry;
        var service = DeviceRegistry.Service(key);
        node.ClassGuid = DeviceRegistry.ClassGuid(key) ?? node.ClassGuid;
        node.Service = service;
        if (service is null)
        {
            if (node.Capabilities.RawDeviceOK)
            {
                node.SetState(DeviceNodeState.DeviceNodeDriversAdded);
                return true;
            }

            SetProblem(node, Wdm.CM_PROB_FAILED_INSTALL, Wdm.STATUS_SUCCESS, "no driver is installed for it (no Service in its Enum key)");
            return false;
        }

        var layers = new List<(string Service, string Role)>();
        layers.AddRange(DeviceRegistry.Filters(registry, key, "LowerFilters").Select(s => (s, "lower filter")));
        layers.Add((service, "function driver"));
        layers.AddRange(DeviceRegistry.Filters(registry, key, "UpperFilters").Select(s => (s, "upper filter")));
        foreach (var (name, role) in layers)
        {
            var driver = _machine.Services.LoadForPnp(name, out var problem, out var detail);
            if (_machine.IsHalted)
            {
                return false;
            }

            if (driver is null)
            {
                TearDown(thread, node);
                SetProblem(node, problem, Wdm.STATUS_UNSUCCESSFUL, $"the {role} {name} did not load: {detail}");
                return false;
            }

            if (driver.DriverExtension.AddDevice is not { } addDevice)
            {
                TearDown(thread, node);
                SetProblem(node, Wdm.CM_PROB_FAILED_ADD, Wdm.STATUS_INVALID_DEVICE_REQUEST, $"the {role} {name} has no AddDevice routine");
                return false;
            }

            NTSTATUS status;
            using (thread.EnterModule(driver.Module))
            {
                BreakpointTable.AtCall(thread, addDevice);
                status = addDevice(driver, node.PhysicalDeviceObject!);
            }

            if (_machine.IsHalted)
            {
                return false;
            }

            if (!Wdm.NT_SUCCESS(status))
            {
                TearDown(thread, node);
                SetProblem(node, Wdm.CM_PROB_FAILED_ADD, status, $"AddDevice of the {role} {name} returned {NtNames.Format(status)}");
                return false;
            }

            node.Note($"AddDevice: {name} ({role})");
        }

        node.SetState(DeviceNodeState.DeviceNodeDriversAdded);
        return true;
    }

    /// <summary>IRP_MN_FILTER_RESOURCE_REQUIREMENTS, IRP_MN_START_DEVICE, then (started) the
    /// capabilities again and IRP_MN_QUERY_PNP_DEVICE_STATE; a failed start gets
    /// IRP_MN_REMOVE_DEVICE and CM_PROB_FAILED_START.</summary>
    private void StartNode(KTHREAD thread, DeviceNode node)
    {
        var pdo = node.PhysicalDeviceObject!;
        var filtered = PnpIrp.Send(thread, pdo, Wdm.IRP_MN_FILTER_RESOURCE_REQUIREMENTS, information: node.ResourceRequirements);
        if (Wdm.NT_SUCCESS(filtered.Status) && filtered.Information != 0)
        {
            node.ResourceRequirements = filtered.Information;
        }

        if (node.ResourceRequirements != 0)
        {
            // No resources are arbitrated here: the list was read and goes back to pool.
            PnpIrp.FreePool(thread, node.ResourceRequirements);
            node.ResourceRequirements = 0;
        }

        node.SetState(DeviceNodeState.DeviceNodeResourcesAssigned);
        node.SetState(DeviceNodeState.DeviceNodeStartPending);
        var started = SendStart(thread, node);
        if (_machine.IsHalted)
        {
            return;
        }

        if (!Wdm.NT_SUCCESS(started.Status))
        {
            TearDown(thread, node);
            SetProblem(node, Wdm.CM_PROB_FAILED_START, started.Status, $"IRP_MN_START_DEVICE failed with {NtNames.Format(started.Status)}");
            return;
        }

        node.SetState(DeviceNodeState.DeviceNodeStarted);
        node.Note("started");
        node.Capabilities = PnpIrp.QueryCapabilities(thread, pdo) ?? node.Capabilities;
        QueryDeviceState(thread, node);
    }

    /// <summary>IRP_MN_START_DEVICE with the device's raw and translated resource lists (NULL when it has none),
    /// which go back to pool when the IRP is back.</summary>
    private IO_STATUS_BLOCK SendStart(KTHREAD thread, DeviceNode node)
    {
        var resources = _machine.Hardware.ResourcesFor(node.HardwareIds);
        var raw = StartResources.Build(thread, resources);
        var translated = StartResources.Build(thread, resources);
        var request = PnpIrp.Build(thread, node.PhysicalDeviceObject!, Wdm.IRP_MN_START_DEVICE);
        request.Stack.Parameters.StartDevice.AllocatedResources = new PVOID(raw);
        request.Stack.Parameters.StartDevice.AllocatedResourcesTranslated = new PVOID(translated);
        var started = request.Send(thread);
        foreach (var list in (ReadOnlySpan<ulong>)[raw, translated])
        {
            if (list != 0 && !_machine.IsHalted)
            {
                PnpIrp.FreePool(thread, list);
            }
        }

        return started;
    }

    /// <summary>IRP_MN_QUERY_PNP_DEVICE_STATE: a stack that reports PNP_DEVICE_FAILED or
    /// PNP_DEVICE_REMOVED is taken down (CM_PROB_FAILED_POST_START).</summary>
    private void QueryDeviceState(KTHREAD thread, DeviceNode node)
    {
        var iosb = PnpIrp.Send(thread, node.PhysicalDeviceObject!, Wdm.IRP_MN_QUERY_PNP_DEVICE_STATE);
        node.DeviceState = Wdm.NT_SUCCESS(iosb.Status) ? (uint)iosb.Information : 0;
        if ((node.DeviceState & (Wdm.PNP_DEVICE_FAILED | Wdm.PNP_DEVICE_REMOVED)) != 0 && node.State == DeviceNodeState.DeviceNodeStarted)
        {
            RemoveSubtree(thread, node, RemovalKind.Failed);
            SetProblem(node, Wdm.CM_PROB_FAILED_POST_START, Wdm.STATUS_UNSUCCESSFUL, $"the stack reported PNP_DEVICE_STATE 0x{node.DeviceState:x}");
        }
    }

    private static void SetProblem(DeviceNode node, uint problem, NTSTATUS status, string why)
    {
        node.Problem = problem;
        node.ProblemStatus = status;
        node.Note($"problem {problem} (CM_PROB_{ProblemNames.Of(problem)}): {why}");
    }
}
