namespace NtSim;

/// <summary>PNP_DEVNODE_STATE: where a device node is in its life, with the values !devnode prints
/// ("DeviceNodeStarted (0x308)").</summary>
public enum DeviceNodeState
{
    /// <summary>No state given (a Windows value NtSim does not use).</summary>
    DeviceNodeUnspecified = 0x300,
    /// <summary>Created, not yet initialized.</summary>
    DeviceNodeUninitialized = 0x301,
    /// <summary>The node's IDs were queried and no stack is above the PDO (also where a failed or removed device rests, with its problem code).</summary>
    DeviceNodeInitialized = 0x302,
    /// <summary>The drivers of the stack were loaded and their AddDevice routines ran.</summary>
    DeviceNodeDriversAdded = 0x303,
    /// <summary>Resources were assigned to the device.</summary>
    DeviceNodeResourcesAssigned = 0x304,
    /// <summary>IRP_MN_START_DEVICE was sent and has not completed.</summary>
    DeviceNodeStartPending = 0x305,
    /// <summary>IRP_MN_START_DEVICE completed and its result is being processed (a Windows value NtSim does not use).</summary>
    DeviceNodeStartCompletion = 0x306,
    /// <summary>The start succeeded and the PnP manager does its work after a start (a Windows value NtSim does not use).</summary>
    DeviceNodeStartPostWork = 0x307,
    /// <summary>The device is started.</summary>
    DeviceNodeStarted = 0x308,
    /// <summary>IRP_MN_QUERY_STOP_DEVICE succeeded; the device is ready to stop.</summary>
    DeviceNodeQueryStopped = 0x309,
    /// <summary>The device was stopped (IRP_MN_STOP_DEVICE) so its resources can be reassigned.</summary>
    DeviceNodeStopped = 0x30A,
    /// <summary>A restart after a stop completed and is being processed (a Windows value NtSim does not use).</summary>
    DeviceNodeRestartCompletion = 0x30B,
    /// <summary>The node's bus relations were queried and the answer is pending (a Windows value NtSim does not use).</summary>
    DeviceNodeEnumeratePending = 0x30C,
    /// <summary>The bus relations query completed and its answer is being processed (a Windows value NtSim does not use).</summary>
    DeviceNodeEnumerateCompletion = 0x30D,
    /// <summary>The device waits for its queued deletion (a Windows value NtSim does not use).</summary>
    DeviceNodeAwaitingQueuedDeletion = 0x30E,
    /// <summary>The device waits for its queued removal (a Windows value NtSim does not use).</summary>
    DeviceNodeAwaitingQueuedRemoval = 0x30F,
    /// <summary>IRP_MN_QUERY_REMOVE_DEVICE succeeded; the device is ready to be removed.</summary>
    DeviceNodeQueryRemoved = 0x310,
    /// <summary>The running device vanished (IRP_MN_SURPRISE_REMOVAL) and waits for its last handle to close.</summary>
    DeviceNodeRemovePendingCloses = 0x311,
    /// <summary>The device was removed (IRP_MN_REMOVE_DEVICE).</summary>
    DeviceNodeRemoved = 0x312,
    /// <summary>The device is being deleted but open handles remain (a Windows value NtSim does not use).</summary>
    DeviceNodeDeletePendingCloses = 0x313,
    /// <summary>The node left the tree (its bus or its parent went).</summary>
    DeviceNodeDeleted = 0x314,
}
