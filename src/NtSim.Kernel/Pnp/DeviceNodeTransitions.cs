using System.Collections.Frozen;

namespace NtSim;

/// <summary>
/// The state machine of a device node as a table: for each PNP_DEVNODE_STATE, the states the PnP
/// manager may move it to. <see cref="DeviceNode.SetState"/> checks every move against it, so a
/// move the design (docs/pnp.md) does not allow is caught where it is made.
/// </summary>
internal static class DeviceNodeTransitions
{
    private static readonly FrozenDictionary<DeviceNodeState, DeviceNodeState[]> s_allowed = new Dictionary<DeviceNodeState, DeviceNodeState[]>
    {
        // A new PDO's IDs were queried; the root is started by the PnP manager itself.
        [DeviceNodeState.DeviceNodeUninitialized] = [DeviceNodeState.DeviceNodeInitialized, DeviceNodeState.DeviceNodeStarted],
        // AddDevice done; or a driverless/failed node is removed when its bus no longer reports it.
        [DeviceNodeState.DeviceNodeInitialized] = [DeviceNodeState.DeviceNodeDriversAdded, DeviceNodeState.DeviceNodeRemoved],
        [DeviceNodeState.DeviceNodeDriversAdded] = [DeviceNodeState.DeviceNodeResourcesAssigned, DeviceNodeState.DeviceNodeInitialized],
        [DeviceNodeState.DeviceNodeResourcesAssigned] = [DeviceNodeState.DeviceNodeStartPending],
        // IRP_MN_START_DEVICE succeeded, or failed (the stack is removed).
        [DeviceNodeState.DeviceNodeStartPending] = [DeviceNodeState.DeviceNodeStarted, DeviceNodeState.DeviceNodeInitialized],
        [DeviceNodeState.DeviceNodeStarted] =
        [
            DeviceNodeState.DeviceNodeQueryRemoved, DeviceNodeState.DeviceNodeQueryStopped, DeviceNodeState.DeviceNodeRemovePendingCloses,
            DeviceNodeState.DeviceNodeInitialized,
        ],
        [DeviceNodeState.DeviceNodeQueryRemoved] = [DeviceNodeState.DeviceNodeStarted, DeviceNodeState.DeviceNodeInitialized],
        [DeviceNodeState.DeviceNodeQueryStopped] = [DeviceNodeState.DeviceNodeStopped, DeviceNodeState.DeviceNodeStarted],
        [DeviceNodeState.DeviceNodeStopped] = [DeviceNodeState.DeviceNodeResourcesAssigned, DeviceNodeState.DeviceNodeInitialized],
        // The last handle of a surprise-removed device closed: IRP_MN_REMOVE_DEVICE.
        [DeviceNodeState.DeviceNodeRemovePendingCloses] = [DeviceNodeState.DeviceNodeInitialized],
        [DeviceNodeState.DeviceNodeRemoved] = [],
        [DeviceNodeState.DeviceNodeDeleted] = [],
    }.ToFrozenDictionary();

    /// <summary>Whether a node may go from <paramref name="from"/> to <paramref name="to"/>.
    /// Any node may be deleted: its bus or its parent went.</summary>
    internal static bool IsAllowed(DeviceNodeState from, DeviceNodeState to) =>
        to == DeviceNodeState.DeviceNodeDeleted || (s_allowed.TryGetValue(from, out var next) && next.Contains(to));
}
