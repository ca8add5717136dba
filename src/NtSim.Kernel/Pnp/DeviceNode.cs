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

    internal DeviceNode(DeviceNode? parent, DEVICE_OBJECT? pdo, string instancePath)
    {
        Parent = parent;
        PhysicalDeviceObject = pdo;
        InstancePath = instancePath;
    }

    /// <summary>The device instance ID: enumerator\device ID\instance ID, <c>HTREE\ROOT\0</c> for the root.</summary>
    public string InstancePath { get; internal set; }

    public DeviceNode? Parent { get; private set; }

    /// <summary>The children in the order their bus driver reported them.</summary>
    public IReadOnlyList<DeviceNode> Children => _children;

    /// <summary>The PDO the bus driver created; null only for the root's own node before boot.</summary>
    public DEVICE_OBJECT? PhysicalDeviceObject { get; internal set; }

    public DeviceNodeState State { get; private set; } = DeviceNodeState.DeviceNodeUninitialized;

    /// <summary>The states before the current one, oldest first (PreviousState and StateHistory of !devnode).</summary>
    public IReadOnlyList<DeviceNodeState> StateHistory => [.. _history];

    /// <summary>CM_PROB_* (0: none).</summary>
    public uint Problem { get; internal set; }

    /// <summary>The status that caused the problem (ProblemStatus of !devnode).</summary>
    public NTSTATUS ProblemStatus { get; internal set; }

    public IReadOnlyList<string> HardwareIds { get; internal set; } = [];

    public IReadOnlyList<string> CompatibleIds { get; internal set; } = [];

    /// <summary>The function driver's service, or null (raw device or no driver yet).</summary>
    public string? Service { get; internal set; }

    public string? Description { get; internal set; }

    public string? Location { get; internal set; }

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

        if (_history.Count == HistoryLength)
        {
            _history.Dequeue();
        }

        _history.Enqueue(State);
        State = state;
    }

    public override string ToString() => InstancePath;
}
