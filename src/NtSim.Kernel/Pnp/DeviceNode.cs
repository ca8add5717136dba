using System.Diagnostics;

namespace NtSim;

/// <summary>
/// DEVICE_NODE: the PnP manager's record of one device, made when its bus driver reports the PDO.
/// It holds the instance path (<c>ROOT\SYSTEM\0000</c>), the IDs the bus driver gave, the driver
/// chosen for it, its state with a history (as <c>!devnode</c> prints), a problem code (CM_PROB_*)
/// and its place in the tree. The tree is changed only by the PnP manager, under its engine lock.
/// </summary>
[DebuggerDisplay("{InstancePath} {State}")]
public sealed class DeviceNode
{
    private const int HistoryLength = 20;
    private readonly List<DeviceNode> _children = [];
    private readonly Queue<DeviceNodeState> _history = new();
    private readonly List<string> _log = [];

    internal DeviceNode(DeviceNode? parent, DEVICE_OBJECT? pdo, string instancePath)
    {
        Parent = parent;
        PhysicalDeviceObject = pdo;
        InstancePath = instancePath;
    }

    /// <summary>The device instance ID: enumerator\device ID\instance ID, <c>HTREE\ROOT\0</c> for the root.</summary>
    public string InstancePath { get; internal set; }

    /// <summary>The parent node (the node of the bus that reported this device); null for the root.</summary>
    public DeviceNode? Parent { get; private set; }

    /// <summary>The children in the order their bus driver reported them.</summary>
    public IReadOnlyList<DeviceNode> Children => _children;

    /// <summary>The PDO the bus driver created; null only for the root's own node before boot.</summary>
    public DEVICE_OBJECT? PhysicalDeviceObject { get; internal set; }

    /// <summary>The node's current state.</summary>
    public DeviceNodeState State { get; private set; } = DeviceNodeState.DeviceNodeUninitialized;

    /// <summary>The states before the current one, oldest first (PreviousState and StateHistory of !devnode).</summary>
    public IReadOnlyList<DeviceNodeState> StateHistory => [.. _history];

    /// <summary>CM_PROB_* (0: none).</summary>
    public uint Problem { get; internal set; }

    /// <summary>The status that caused the problem (ProblemStatus of !devnode).</summary>
    public NTSTATUS ProblemStatus { get; internal set; }

    /// <summary>The hardware IDs the bus driver reported (BusQueryHardwareIDs), most specific first.</summary>
    public IReadOnlyList<string> HardwareIds { get; internal set; } = [];

    /// <summary>The compatible IDs the bus driver reported (BusQueryCompatibleIDs).</summary>
    public IReadOnlyList<string> CompatibleIds { get; internal set; } = [];

    /// <summary>The function driver's service, or null (raw device or no driver yet).</summary>
    public string? Service { get; internal set; }

    /// <summary>The device description (DeviceTextDescription or the INF's), or null.</summary>
    public string? Description { get; internal set; }

    /// <summary>The location information (DeviceTextLocationInformation), or null.</summary>
    public string? Location { get; internal set; }

    /// <summary>BusQueryContainerID, or null when the bus gave none.</summary>
    public string? ContainerId { get; internal set; }

    /// <summary>The class of its driver package ({guid} of Control\Class), or null.</summary>
    public Guid? ClassGuid { get; internal set; }

    /// <summary>What IRP_MN_QUERY_CAPABILITIES returned.</summary>
    public DEVICE_CAPABILITIES Capabilities { get; internal set; } = new();

    /// <summary>The last PNP_DEVICE_STATE the stack reported (IRP_MN_QUERY_PNP_DEVICE_STATE).</summary>
    public uint DeviceState { get; internal set; }

    /// <summary>What happened to it and why, newest last (AddDevice failures, vetoes, problems), for devcon status.</summary>
    public IReadOnlyList<string> Log => [.. _log];

    /// <summary>The device stack from the top down: upper filters, the FDO, lower filters, the PDO.</summary>
    public IReadOnlyList<DEVICE_OBJECT> Stack
    {
        get
        {
            var stack = new List<DEVICE_OBJECT>();
            for (var device = PhysicalDeviceObject; device is not null; device = device.AttachedDevice)
            {
                stack.Insert(0, device);
            }

            return stack;
        }
    }

    /// <summary>The IRP_MN_QUERY_RESOURCE_REQUIREMENTS list the bus gave (pool address, 0 if none), handed to the filter IRP.</summary>
    internal ulong ResourceRequirements { get; set; }

    /// <summary>How a node in DeviceNodeRemovePendingCloses came to be removed.</summary>
    internal RemovalKind RemovalKind { get; set; }

    internal void Note(string line)
    {
        if (_log.Count == HistoryLength)
        {
            _log.RemoveAt(0);
        }

        _log.Add(line);
    }

    internal void AddChild(DeviceNode child)
    {
        child.Parent = this;
        _children.Add(child);
    }

    internal void RemoveChild(DeviceNode child)
    {
        _children.Remove(child);
        child.Parent = null;
    }

    internal void SetState(DeviceNodeState state)
    {
        if (state == State)
        {
            return;
        }

        if (!DeviceNodeTransitions.IsAllowed(State, state))
        {
            throw new InvalidOperationException($"PnP manager: {InstancePath} cannot go from {State} to {state} (DeviceNodeTransitions).");
        }

        if (_history.Count == HistoryLength)
        {
            _history.Dequeue();
        }

        _history.Enqueue(State);
        State = state;
    }

    /// <summary>The device instance path.</summary>
    public override string ToString() => InstancePath;
}
