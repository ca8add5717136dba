namespace NtSim;

/// <summary>PNP_DEVNODE_STATE: where a device node is in its life, with the values !devnode prints
/// ("DeviceNodeStarted (0x308)").</summary>
public enum DeviceNodeState
{
    DeviceNodeUnspecified = 0x300,
    DeviceNodeUninitialized = 0x301,
    DeviceNodeInitialized = 0x302,
    DeviceNodeDriversAdded = 0x303,
    DeviceNodeResourcesAssigned = 0x304,
    DeviceNodeStartPending = 0x305,
    DeviceNodeStartCompletion = 0x306,
    DeviceNodeStartPostWork = 0x307,
    DeviceNodeStarted = 0x308,
    DeviceNodeQueryStopped = 0x309,
    DeviceNodeStopped = 0x30A,
    DeviceNodeRestartCompletion = 0x30B,
    DeviceNodeEnumeratePending = 0x30C,
    DeviceNodeEnumerateCompletion = 0x30D,
    DeviceNodeAwaitingQueuedDeletion = 0x30E,
    DeviceNodeAwaitingQueuedRemoval = 0x30F,
    DeviceNodeQueryRemoved = 0x310,
    DeviceNodeRemovePendingCloses = 0x311,
    DeviceNodeRemoved = 0x312,
    DeviceNodeDeletePendingCloses = 0x313,
    DeviceNodeDeleted = 0x314,
}
