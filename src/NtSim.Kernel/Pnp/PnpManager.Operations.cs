namespace NtSim;

public sealed partial class PnpManager
{
    /// <summary>Enumerates the whole tree from the root (boot, devcon rescan): new devices are
    /// installed, get their stacks and are started; devices no longer reported are removed.</summary>
    public RunStatus Enumerate() => Operate(thread => EnumerateSubtree(thread, Root), "PnpEnumerate");

    /// <summary>
    /// Creates a root-enumerated device, as devcon install does before it installs the driver: the
    /// key <c>Enum\Root\&lt;deviceName&gt;\NNNN</c> (the first free instance number) with its
    /// hardware IDs, and, when given, the service of its function driver (no INF needed), its class
    /// and its filters. The root is then enumerated, so the device comes up at once. Returns the
    /// instance path (<c>ROOT\SYSTEM\0000</c>).
    /// </summary>
    public string CreateRootDevice(string deviceName, IReadOnlyList<string> hardwareIds, string? service = null, Guid? classGuid = null,
        IReadOnlyList<string>? upperFilters = null, IReadOnlyList<string>? lowerFilters = null, IReadOnlyList<string>? compatibleIds = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deviceName);
        ArgumentNullException.ThrowIfNull(hardwareIds);
        if (deviceName.IndexOfAny(['\\', '/', ' ', ',']) >= 0)
        {
            throw new ArgumentException($"Pnp.CreateRootDevice: \"{deviceName}\" is not a device name (no '\\', '/', space or comma).", nameof(deviceName));
        }

        if (hardwareIds.Count == 0)
        {
            throw new ArgumentException("Pnp.CreateRootDevice: a device needs at least one hardware ID.", nameof(hardwareIds));
        }

        var instance = RegisterRootDevice(deviceName, hardwareIds, compatibleIds);
        var registry = _machine.Registry;
        var key = RootEnumerator.EnumKey(instance);
        if (service is not null)
        {
            registry.SetValue(key, "Service", service);
        }

        if (classGuid is { } guid)
        {
            registry.SetValue(key, "ClassGUID", guid.ToString("B").ToUpperInvariant());
        }

        if (upperFilters is not null)
        {
            registry.SetValue(key, "UpperFilters", upperFilters.ToArray());
        }

        if (lowerFilters is not null)
        {
            registry.SetValue(key, "LowerFilters", lowerFilters.ToArray());
        }

        Enumerate();
        return instance;
    }

    /// <summary>The key <c>Enum\Root\&lt;NAME&gt;\NNNN</c> of a new root device (not enumerated yet).</summary>
    internal string RegisterRootDevice(string deviceName, IReadOnlyList<string> hardwareIds, IReadOnlyList<string>? compatibleIds = null)
    {
        var registry = _machine.Registry;
        var deviceKey = RootEnumerator.EnumRootPath + @"\" + deviceName.ToUpperInvariant();
        var number = 0;
        while (registry.KeyExists($@"{deviceKey}\{number:D4}"))
        {
            number++;
        }

        var instance = $@"ROOT\{deviceName.ToUpperInvariant()}\{number:D4}";
        var key = RootEnumerator.EnumKey(instance);
        registry.CreateKey(key);
        registry.SetValue(key, "HardwareID", hardwareIds.ToArray());
        if (compatibleIds is not null)
        {
            registry.SetValue(key, "CompatibleIDs", compatibleIds.ToArray());
        }

        return instance;
    }

    /// <summary>devcon update's second half: the stack goes (after a query), the driver choice is
    /// forgotten, and the device is installed and started again.</summary>
    internal PnpResult Reinstall(string instancePath) => OnNode(instancePath, "PnpReinstall", (thread, node) =>
    {
        if (TakeDown(thread, node) is { } vetoed)
        {
            return vetoed;
        }

        var key = DeviceRegistry.HardwareKey(node);
        foreach (var value in new[] { "Service", "Driver", "UpperFilters", "LowerFilters" })
        {
            _machine.Registry.DeleteValue(key, value);
        }

        node.Service = null;

        Restart(thread, node);
        return PnpResult.Done;
    });

    /// <summary>devcon remove: query-remove, remove, and uninstall the device (its Enum key goes;
    /// a root-enumerated device is gone for good, a bus child comes back at the next rescan).</summary>
    public PnpResult Remove(string instancePath) => OnNode(instancePath, "PnpRemove", (thread, node) =>
    {
        if (node == Root)
        {
            throw new InvalidOperationException(@"Pnp.Remove: HTREE\ROOT\0 cannot be removed.");
        }

        // The instance is uninstalled before its stack goes, so its bus driver deletes the PDO.
        if (TakeDown(thread, node, () => _machine.Registry.DeleteKey(DeviceRegistry.HardwareKey(node), recursive: true)) is { } vetoed)
        {
            return vetoed;
        }

        DeleteNode(node);
        return PnpResult.Done;
    });

    /// <summary>devcon disable: query-remove and remove the stack, mark the device disabled
    /// (CONFIGFLAG_DISABLED, problem CM_PROB_DISABLED 22); the PDO stays.</summary>
    public PnpResult Disable(string instancePath) => OnNode(instancePath, "PnpDisable", (thread, node) =>
    {
        if (TakeDown(thread, node) is { } vetoed)
        {
            return vetoed;
        }

        DeviceRegistry.SetDisabled(_machine.Registry, node, true);
        SetProblem(node, Wdm.CM_PROB_DISABLED, Wdm.STATUS_SUCCESS, "disabled");
        return PnpResult.Done;
    });

    /// <summary>devcon enable: clears the disabled flag and brings the device up.</summary>
    public PnpResult Enable(string instancePath) => OnNode(instancePath, "PnpEnable", (thread, node) =>
    {
        DeviceRegistry.SetDisabled(_machine.Registry, node, false);
        Restart(thread, node);
        return PnpResult.Done;
    });

    /// <summary>devcon restart: the stack is removed (after a query) and built and started again;
    /// a device with a problem gets another try.</summary>
    public PnpResult Restart(string instancePath) => OnNode(instancePath, "PnpRestart", (thread, node) =>
    {
        if (TakeDown(thread, node) is { } vetoed)
        {
            return vetoed;
        }

        Restart(thread, node);
        return PnpResult.Done;
    });

    /// <summary>
    /// A resource rebalance of a started device, as Windows does to move its resources:
    /// IRP_MN_QUERY_STOP_DEVICE (a failure vetoes it, and IRP_MN_CANCEL_STOP_DEVICE follows),
    /// IRP_MN_STOP_DEVICE, then IRP_MN_FILTER_RESOURCE_REQUIREMENTS and IRP_MN_START_DEVICE again.
    /// A device that fails the new start is taken down with CM_PROB_FAILED_START.
    /// </summary>
    public PnpResult Rebalance(string instancePath) => OnNode(instancePath, "PnpRebalance", (thread, node) =>
    {
        if (node.State != DeviceNodeState.DeviceNodeStarted)
        {
            return PnpResult.Done;
        }

        var query = PnpIrp.Send(thread, node.PhysicalDeviceObject!, Wdm.IRP_MN_QUERY_STOP_DEVICE);
        if (!Wdm.NT_SUCCESS(query.Status))
        {
            node.Note($"vetoed IRP_MN_QUERY_STOP_DEVICE with {NtNames.Format(query.Status)}");
            PnpIrp.Send(thread, node.PhysicalDeviceObject!, Wdm.IRP_MN_CANCEL_STOP_DEVICE);
            return PnpResult.Vetoed(node, query.Status);
        }

        node.SetState(DeviceNodeState.DeviceNodeQueryStopped);
        PnpIrp.Send(thread, node.PhysicalDeviceObject!, Wdm.IRP_MN_STOP_DEVICE);
        node.SetState(DeviceNodeState.DeviceNodeStopped);
        node.Note("stopped for a rebalance");
        StartNode(thread, node);
        return PnpResult.Done;
    });

    /// <summary>The stack of a device that is down is built again (its driver chosen again if it has none).</summary>
    private void Restart(KTHREAD thread, DeviceNode node)
    {
        if (node.State != DeviceNodeState.DeviceNodeInitialized)
        {
            return;
        }

        node.Problem = 0;
        node.ProblemStatus = Wdm.STATUS_SUCCESS;
        BringUp(thread, node);
        EnumerateSubtree(thread, node);
    }

    private PnpResult OnNode(string instancePath, string name, Func<KTHREAD, DeviceNode, PnpResult> operation)
    {
        ArgumentNullException.ThrowIfNull(instancePath);
        var node = Find(instancePath) ?? throw new ArgumentException($"Pnp: there is no device {instancePath}.", nameof(instancePath));
        var result = PnpResult.Done;
        var run = Operate(thread => result = operation(thread, node), name);
        return run == RunStatus.Completed ? result : result with { Run = run };
    }
}
