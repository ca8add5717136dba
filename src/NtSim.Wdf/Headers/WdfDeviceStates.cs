namespace NtSim;

// The state enums of wdfdevice.h (KMDF 1.33), values as published: WdfDeviceGetDevicePnpState and its
// siblings return them, EvtDevicePnpStateChange receives them, and the in-flight recorder names them.
// The power and power policy states are in WdfDevicePowerStates.cs and WdfDevicePowerPolicyStates.cs.

/// <summary>WDF_DEVICE_STATE_FLAGS: WdfDevStateNP marks the non-pageable variant of a power or power policy state.</summary>
public enum WDF_DEVICE_STATE_FLAGS
{
    /// <summary>The bit (0x8000) that marks a power or power policy state as the non-pageable twin, used while the device is in the paging path.</summary>
    WdfDevStateNP = 0x8000,
}

/// <summary>WDF_DEVICE_PNP_STATE (wdfdevice.h, KMDF 1.33): the states of the framework's PnP state machine.</summary>
public enum WDF_DEVICE_PNP_STATE
{
    /// <summary>PnP value 0x0, not a state: the value no machine takes.</summary>
    WdfDevStatePnpInvalid = 0x0,
    /// <summary>PnP state 0x100: the device object exists; AddDevice moves it to Init.</summary>
    WdfDevStatePnpObjectCreated = 0x100,
    /// <summary>PnP state 0x101 (PDOs and ejection): not simulated yet, never entered.</summary>
    WdfDevStatePnpCheckForDevicePresence = 0x101,
    /// <summary>PnP state 0x102 (PDOs and ejection): not simulated yet, never entered.</summary>
    WdfDevStatePnpEjectFailed = 0x102,
    /// <summary>PnP state 0x103 (PDOs and ejection): not simulated yet, never entered.</summary>
    WdfDevStatePnpEjectHardware = 0x103,
    /// <summary>PnP state 0x104 (PDOs and ejection): not simulated yet, never entered.</summary>
    WdfDevStatePnpEjectedWaitingForRemove = 0x104,
    /// <summary>PnP state 0x105: added, not started: waits for IRP_MN_START_DEVICE (or a query-remove, remove or surprise removal).</summary>
    WdfDevStatePnpInit = 0x105,
    /// <summary>PnP state 0x106: IRP_MN_START_DEVICE goes down to the bus driver first.</summary>
    WdfDevStatePnpInitStarting = 0x106,
    /// <summary>PnP state 0x107: surprise-removed before it started: the IRP is completed and the device waits for the remove.</summary>
    WdfDevStatePnpInitSurpriseRemoved = 0x107,
    /// <summary>PnP state 0x108: the start came back from the bus: EvtDevicePrepareHardware runs, then the power policy machine starts.</summary>
    WdfDevStatePnpHardwareAvailable = 0x108,
    /// <summary>PnP state 0x109: powered up: the device interfaces are enabled and the start completes.</summary>
    WdfDevStatePnpEnableInterfaces = 0x109,
    /// <summary>PnP state 0x10A: the power policy machine failed to start the device: the start fails with STATUS_DEVICE_POWER_FAILURE.</summary>
    WdfDevStatePnpHardwareAvailablePowerPolicyFailed = 0x10A,
    /// <summary>PnP state 0x10B: EvtDeviceQueryRemove runs; a failure status vetoes the removal.</summary>
    WdfDevStatePnpQueryRemoveAskDriver = 0x10B,
    /// <summary>PnP state 0x10C: the query-remove succeeded and went down: waits for the remove, its cancel or a surprise removal.</summary>
    WdfDevStatePnpQueryRemovePending = 0x10C,
    /// <summary>PnP state 0x10D: IRP_MN_QUERY_REMOVE_DEVICE arrived: WdfDeviceSetStaticStopRemove(FALSE) vetoes it here with STATUS_INVALID_DEVICE_STATE.</summary>
    WdfDevStatePnpQueryRemoveStaticCheck = 0x10D,
    /// <summary>PnP state 0x10E: IRP_MN_REMOVE_DEVICE after a query-remove: the power policy machine stops the device.</summary>
    WdfDevStatePnpQueriedRemoving = 0x10E,
    /// <summary>PnP state 0x10F: EvtDeviceQueryStop runs; a failure status vetoes the stop.</summary>
    WdfDevStatePnpQueryStopAskDriver = 0x10F,
    /// <summary>PnP state 0x110: the query-stop succeeded and went down: waits for the stop, its cancel or a surprise removal.</summary>
    WdfDevStatePnpQueryStopPending = 0x110,
    /// <summary>PnP state 0x111: IRP_MN_QUERY_STOP_DEVICE arrived: WdfDeviceSetStaticStopRemove(FALSE) vetoes it here with STATUS_INVALID_DEVICE_STATE.</summary>
    WdfDevStatePnpQueryStopStaticCheck = 0x111,
    /// <summary>PnP state 0x112: the query-stop or query-remove was cancelled: back to Started.</summary>
    WdfDevStatePnpQueryCanceled = 0x112,
    /// <summary>PnP state 0x113: the removal finished its PnP work; children (none here) are removed next.</summary>
    WdfDevStatePnpRemoved = 0x113,
    /// <summary>PnP state 0x114 (PDOs and ejection): not simulated yet, never entered.</summary>
    WdfDevStatePnpPdoRemoved = 0x114,
    /// <summary>PnP state 0x115 (PDOs and ejection): not simulated yet, never entered.</summary>
    WdfDevStatePnpRemovedPdoWait = 0x115,
    /// <summary>PnP state 0x116 (PDOs and ejection): not simulated yet, never entered.</summary>
    WdfDevStatePnpRemovedPdoSurpriseRemoved = 0x116,
    /// <summary>PnP state 0x117: removing: EvtDeviceReleaseHardware runs, interfaces are disabled, power-managed queues purged, self-managed I/O flushed, and the power policy machine removed.</summary>
    WdfDevStatePnpRemovingDisableInterfaces = 0x117,
    /// <summary>PnP state 0x118: restarting after a stop: the power policy machine powers the device up again.</summary>
    WdfDevStatePnpRestarting = 0x118,
    /// <summary>PnP state 0x119: started: I/O flows; waits for a query-stop, query-remove, remove, surprise removal or a new start.</summary>
    WdfDevStatePnpStarted = 0x119,
    /// <summary>PnP state 0x11A: a stray IRP_MN_CANCEL_STOP_DEVICE while started: completed, back to Started.</summary>
    WdfDevStatePnpStartedCancelStop = 0x11A,
    /// <summary>PnP state 0x11B: a stray IRP_MN_CANCEL_REMOVE_DEVICE while started: completed, back to Started.</summary>
    WdfDevStatePnpStartedCancelRemove = 0x11B,
    /// <summary>PnP state 0x11C: IRP_MN_REMOVE_DEVICE without a query first: the power policy machine stops the device.</summary>
    WdfDevStatePnpStartedRemoving = 0x11C,
    /// <summary>PnP state 0x11D: the start after a stop came back: EvtDevicePrepareHardware runs with the new resources.</summary>
    WdfDevStatePnpStartingFromStopped = 0x11D,
    /// <summary>PnP state 0x11E: stopped: EvtDeviceReleaseHardware has run; waits for a new start or a surprise removal.</summary>
    WdfDevStatePnpStopped = 0x11E,
    /// <summary>PnP state 0x11F: the start after a stop goes down to the bus driver first.</summary>
    WdfDevStatePnpStoppedWaitForStartCompletion = 0x11F,
    /// <summary>PnP state 0x120: IRP_MN_STOP_DEVICE (a rebalance): the power policy machine powers the device down.</summary>
    WdfDevStatePnpStartedStopping = 0x120,
    /// <summary>PnP state 0x121: surprise removal of a stopped device.</summary>
    WdfDevStatePnpSurpriseRemove = 0x121,
    /// <summary>PnP state 0x122: a query-remove before the device started: passed down, waiting for the remove or its cancel.</summary>
    WdfDevStatePnpInitQueryRemove = 0x122,
    /// <summary>PnP state 0x123: the query-remove of a device not started was cancelled: back to Init.</summary>
    WdfDevStatePnpInitQueryRemoveCanceled = 0x123,
    /// <summary>PnP state 0x124: the remove IRP goes down, the device detaches and is deleted.</summary>
    WdfDevStatePnpFdoRemoved = 0x124,
    /// <summary>PnP state 0x125 (parent and child (PDO) power): not simulated yet, never entered.</summary>
    WdfDevStatePnpRemovedWaitForChildren = 0x125,
    /// <summary>PnP state 0x126: surprise removal after a query-remove or query-stop.</summary>
    WdfDevStatePnpQueriedSurpriseRemove = 0x126,
    /// <summary>PnP state 0x127: IRP_MN_SURPRISE_REMOVAL while started: EvtDeviceSurpriseRemoval runs, then the device is torn down as failed.</summary>
    WdfDevStatePnpSurpriseRemoveIoStarted = 0x127,
    /// <summary>PnP state 0x128: a power-down failed while started: the power policy machine stops the device.</summary>
    WdfDevStatePnpFailedPowerDown = 0x128,
    /// <summary>PnP state 0x129: failure with I/O running: the power policy machine stops the device as surprise-removed.</summary>
    WdfDevStatePnpFailedIoStarting = 0x129,
    /// <summary>PnP state 0x12A: failed while owning the hardware: EvtDeviceReleaseHardware runs.</summary>
    WdfDevStatePnpFailedOwnHardware = 0x12A,
    /// <summary>PnP state 0x12B: failed: interfaces disabled, power-managed queues purged, self-managed I/O flushed, and the power policy machine removed.</summary>
    WdfDevStatePnpFailed = 0x12B,
    /// <summary>PnP state 0x12C: surprise removal of a failed device: completed, still waiting for the remove.</summary>
    WdfDevStatePnpFailedSurpriseRemoved = 0x12C,
    /// <summary>PnP state 0x12D: IRP_MN_START_DEVICE to a failed device: fails with STATUS_INVALID_DEVICE_STATE.</summary>
    WdfDevStatePnpFailedStarted = 0x12D,
    /// <summary>PnP state 0x12E: failed: waits for IRP_MN_REMOVE_DEVICE (a new start fails with STATUS_INVALID_DEVICE_STATE).</summary>
    WdfDevStatePnpFailedWaitForRemove = 0x12E,
    /// <summary>PnP state 0x12F: EvtDevicePrepareHardware failed the first start: the start fails and the device goes back to Init.</summary>
    WdfDevStatePnpFailedInit = 0x12F,
    /// <summary>PnP state 0x130 (PDOs and ejection): not simulated yet, never entered.</summary>
    WdfDevStatePnpPdoInitFailed = 0x130,
    /// <summary>PnP state 0x131: IRP_MN_START_DEVICE while started (new resources): the device is stopped first.</summary>
    WdfDevStatePnpRestart = 0x131,
    /// <summary>PnP state 0x132: restart: EvtDeviceReleaseHardware runs, then the start goes down.</summary>
    WdfDevStatePnpRestartReleaseHardware = 0x132,
    /// <summary>PnP state 0x133: restart: EvtDevicePrepareHardware runs with the new resources, then the device powers up.</summary>
    WdfDevStatePnpRestartHardwareAvailable = 0x133,
    /// <summary>PnP state 0x134 (PDOs and ejection): not simulated yet, never entered.</summary>
    WdfDevStatePnpPdoRestart = 0x134,
    /// <summary>PnP state 0x135: the last state: the device is gone.</summary>
    WdfDevStatePnpFinal = 0x135,
    /// <summary>PnP state 0x136: the children are gone: the function or filter device is removed.</summary>
    WdfDevStatePnpRemovedChildrenRemoved = 0x136,
    /// <summary>PnP state 0x137: the device is brought to D0 before a removal (here it already is).</summary>
    WdfDevStatePnpQueryRemoveEnsureDeviceAwake = 0x137,
    /// <summary>PnP state 0x138: the device is brought to D0 before a stop (here it already is).</summary>
    WdfDevStatePnpQueryStopEnsureDeviceAwake = 0x138,
    /// <summary>PnP state 0x139: failed, power policy removed: the pending IRP is finished, and a driver that reported itself failed has the PnP manager query its state again (IoInvalidateDeviceState).</summary>
    WdfDevStatePnpFailedPowerPolicyRemoved = 0x139,
    /// <summary>PnP value 0x13A, not a state: the table marker for "stay where you are".</summary>
    WdfDevStatePnpNull = 0x13A,
}
