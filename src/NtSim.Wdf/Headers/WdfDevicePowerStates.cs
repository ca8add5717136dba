namespace NtSim;

// A state enum of wdfdevice.h (KMDF 1.33), values as published. Each summary says what NtSim's table does in the
// state, or that the state is not simulated yet (no row: the machine never enters it).

/// <summary>WDF_DEVICE_POWER_STATE (wdfdevice.h, KMDF 1.33): the states of the power state machine; an "NP" state is the non-pageable twin (WdfDevStateNP 0x8000 set).</summary>
public enum WDF_DEVICE_POWER_STATE
{
    /// <summary>Power value 0x0, not a state: the value no machine takes.</summary>
    WdfDevStatePowerInvalid = 0x0,
    /// <summary>Power state 0x300: the device object exists; the implicit power-up of the start moves it on.</summary>
    WdfDevStatePowerObjectCreated = 0x300,
    /// <summary>Power state 0x301: not simulated yet, never entered.</summary>
    WdfDevStatePowerCheckDeviceType = 0x301,
    /// <summary>Power state 0x8302: the non-pageable twin of <see cref="WdfDevStatePowerCheckDeviceType"/>; not simulated yet.</summary>
    WdfDevStatePowerCheckDeviceTypeNP = 0x8302,
    /// <summary>Power state 0x303 (parent and child (PDO) power): not simulated yet, never entered.</summary>
    WdfDevStatePowerCheckParentState = 0x303,
    /// <summary>Power state 0x8304: the non-pageable twin of <see cref="WdfDevStatePowerCheckParentState"/>; not simulated yet.</summary>
    WdfDevStatePowerCheckParentStateNP = 0x8304,
    /// <summary>Power state 0x305 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerEnablingWakeAtBus = 0x305,
    /// <summary>Power state 0x8306: the non-pageable twin of <see cref="WdfDevStatePowerEnablingWakeAtBus"/>; not simulated yet.</summary>
    WdfDevStatePowerEnablingWakeAtBusNP = 0x8306,
    /// <summary>Power state 0x307: in D0, working; the implicit power-down of a stop or removal moves it on.</summary>
    WdfDevStatePowerD0 = 0x307,
    /// <summary>Power state 0x8308: the non-pageable twin of <see cref="WdfDevStatePowerD0"/>; not simulated yet.</summary>
    WdfDevStatePowerD0NP = 0x8308,
    /// <summary>Power state 0x309 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerD0BusWakeOwner = 0x309,
    /// <summary>Power state 0x830A: the non-pageable twin of <see cref="WdfDevStatePowerD0BusWakeOwner"/>; not simulated yet.</summary>
    WdfDevStatePowerD0BusWakeOwnerNP = 0x830A,
    /// <summary>Power state 0x30B (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerD0ArmedForWake = 0x30B,
    /// <summary>Power state 0x830C: the non-pageable twin of <see cref="WdfDevStatePowerD0ArmedForWake"/>; not simulated yet.</summary>
    WdfDevStatePowerD0ArmedForWakeNP = 0x830C,
    /// <summary>Power state 0x30D (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerD0DisarmingWakeAtBus = 0x30D,
    /// <summary>Power state 0x830E: the non-pageable twin of <see cref="WdfDevStatePowerD0DisarmingWakeAtBus"/>; not simulated yet.</summary>
    WdfDevStatePowerD0DisarmingWakeAtBusNP = 0x830E,
    /// <summary>Power state 0x30F: EvtDeviceD0Entry runs (previous state WdfPowerDeviceD3Final on the first start).</summary>
    WdfDevStatePowerD0Starting = 0x30F,
    /// <summary>Power state 0x310: interrupts connect (none are simulated), then EvtDeviceD0EntryPostInterruptsEnabled runs.</summary>
    WdfDevStatePowerD0StartingConnectInterrupt = 0x310,
    /// <summary>Power state 0x311: DMA enablers are enabled (none here).</summary>
    WdfDevStatePowerD0StartingDmaEnable = 0x311,
    /// <summary>Power state 0x312: power-managed queues resume, then EvtDeviceSelfManagedIoInit (first start) or EvtDeviceSelfManagedIoRestart.</summary>
    WdfDevStatePowerD0StartingStartSelfManagedIo = 0x312,
    /// <summary>Power state 0x313: chooses the D0 state: D0 for a pageable device without bus wake.</summary>
    WdfDevStatePowerDecideD0State = 0x313,
    /// <summary>Power state 0x314: implicit power-down: EvtDeviceSelfManagedIoSuspend, power-managed queues held, EvtDeviceD0ExitPreInterruptsDisabled, EvtDeviceD0Exit(WdfPowerDeviceD3Final); every step runs even if one fails.</summary>
    WdfDevStatePowerGotoD3Stopped = 0x314,
    /// <summary>Power state 0x315: powered down by a stop or removal; the next start powers it up again.</summary>
    WdfDevStatePowerStopped = 0x315,
    /// <summary>Power state 0x316: the implicit power-up begins: a function or filter device powers itself up (a PDO would wait for its parent).</summary>
    WdfDevStatePowerStartingCheckDeviceType = 0x316,
    /// <summary>Power state 0x317 (parent and child (PDO) power): not simulated yet, never entered.</summary>
    WdfDevStatePowerStartingChild = 0x317,
    /// <summary>Power state 0x318 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerDxDisablingWakeAtBus = 0x318,
    /// <summary>Power state 0x8319: the non-pageable twin of <see cref="WdfDevStatePowerDxDisablingWakeAtBus"/>; not simulated yet.</summary>
    WdfDevStatePowerDxDisablingWakeAtBusNP = 0x8319,
    /// <summary>Power state 0x31A (device power IRPs): not simulated yet, never entered.</summary>
    WdfDevStatePowerGotoDx = 0x31A,
    /// <summary>Power state 0x831B: the non-pageable twin of <see cref="WdfDevStatePowerGotoDx"/>; not simulated yet.</summary>
    WdfDevStatePowerGotoDxNP = 0x831B,
    /// <summary>Power state 0x31C (device power IRPs): not simulated yet, never entered.</summary>
    WdfDevStatePowerGotoDxIoStopped = 0x31C,
    /// <summary>Power state 0x831D: the non-pageable twin of <see cref="WdfDevStatePowerGotoDxIoStopped"/>; not simulated yet.</summary>
    WdfDevStatePowerGotoDxIoStoppedNP = 0x831D,
    /// <summary>Power state 0x831E (device power IRPs): not simulated yet, never entered.</summary>
    WdfDevStatePowerGotoDxNPFailed = 0x831E,
    /// <summary>Power state 0x31F (device power IRPs): not simulated yet, never entered.</summary>
    WdfDevStatePowerDx = 0x31F,
    /// <summary>Power state 0x8320: the non-pageable twin of <see cref="WdfDevStatePowerDx"/>; not simulated yet.</summary>
    WdfDevStatePowerDxNP = 0x8320,
    /// <summary>Power state 0x321 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerGotoDxArmedForWake = 0x321,
    /// <summary>Power state 0x8322: the non-pageable twin of <see cref="WdfDevStatePowerGotoDxArmedForWake"/>; not simulated yet.</summary>
    WdfDevStatePowerGotoDxArmedForWakeNP = 0x8322,
    /// <summary>Power state 0x323 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerGotoDxIoStoppedArmedForWake = 0x323,
    /// <summary>Power state 0x8324: the non-pageable twin of <see cref="WdfDevStatePowerGotoDxIoStoppedArmedForWake"/>; not simulated yet.</summary>
    WdfDevStatePowerGotoDxIoStoppedArmedForWakeNP = 0x8324,
    /// <summary>Power state 0x325 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerDxArmedForWake = 0x325,
    /// <summary>Power state 0x8326: the non-pageable twin of <see cref="WdfDevStatePowerDxArmedForWake"/>; not simulated yet.</summary>
    WdfDevStatePowerDxArmedForWakeNP = 0x8326,
    /// <summary>Power state 0x327 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerCheckParentStateArmedForWake = 0x327,
    /// <summary>Power state 0x8328: the non-pageable twin of <see cref="WdfDevStatePowerCheckParentStateArmedForWake"/>; not simulated yet.</summary>
    WdfDevStatePowerCheckParentStateArmedForWakeNP = 0x8328,
    /// <summary>Power state 0x329 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerWaitForParentArmedForWake = 0x329,
    /// <summary>Power state 0x832A: the non-pageable twin of <see cref="WdfDevStatePowerWaitForParentArmedForWake"/>; not simulated yet.</summary>
    WdfDevStatePowerWaitForParentArmedForWakeNP = 0x832A,
    /// <summary>Power state 0x32B: not simulated yet, never entered.</summary>
    WdfDevStatePowerStartSelfManagedIo = 0x32B,
    /// <summary>Power state 0x832C: the non-pageable twin of <see cref="WdfDevStatePowerStartSelfManagedIo"/>; not simulated yet.</summary>
    WdfDevStatePowerStartSelfManagedIoNP = 0x832C,
    /// <summary>Power state 0x32D: not simulated yet, never entered.</summary>
    WdfDevStatePowerStartSelfManagedIoFailed = 0x32D,
    /// <summary>Power state 0x832E: the non-pageable twin of <see cref="WdfDevStatePowerStartSelfManagedIoFailed"/>; not simulated yet.</summary>
    WdfDevStatePowerStartSelfManagedIoFailedNP = 0x832E,
    /// <summary>Power state 0x32F (parent and child (PDO) power): not simulated yet, never entered.</summary>
    WdfDevStatePowerWaitForParent = 0x32F,
    /// <summary>Power state 0x8330: the non-pageable twin of <see cref="WdfDevStatePowerWaitForParent"/>; not simulated yet.</summary>
    WdfDevStatePowerWaitForParentNP = 0x8330,
    /// <summary>Power state 0x331 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerWakePending = 0x331,
    /// <summary>Power state 0x8332: the non-pageable twin of <see cref="WdfDevStatePowerWakePending"/>; not simulated yet.</summary>
    WdfDevStatePowerWakePendingNP = 0x8332,
    /// <summary>Power state 0x333 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerWaking = 0x333,
    /// <summary>Power state 0x8334: the non-pageable twin of <see cref="WdfDevStatePowerWaking"/>; not simulated yet.</summary>
    WdfDevStatePowerWakingNP = 0x8334,
    /// <summary>Power state 0x335 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerWakingConnectInterrupt = 0x335,
    /// <summary>Power state 0x8336: the non-pageable twin of <see cref="WdfDevStatePowerWakingConnectInterrupt"/>; not simulated yet.</summary>
    WdfDevStatePowerWakingConnectInterruptNP = 0x8336,
    /// <summary>Power state 0x337 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerWakingConnectInterruptFailed = 0x337,
    /// <summary>Power state 0x8338: the non-pageable twin of <see cref="WdfDevStatePowerWakingConnectInterruptFailed"/>; not simulated yet.</summary>
    WdfDevStatePowerWakingConnectInterruptFailedNP = 0x8338,
    /// <summary>Power state 0x339 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerWakingDmaEnable = 0x339,
    /// <summary>Power state 0x833A: the non-pageable twin of <see cref="WdfDevStatePowerWakingDmaEnable"/>; not simulated yet.</summary>
    WdfDevStatePowerWakingDmaEnableNP = 0x833A,
    /// <summary>Power state 0x33B (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerWakingDmaEnableFailed = 0x33B,
    /// <summary>Power state 0x833C: the non-pageable twin of <see cref="WdfDevStatePowerWakingDmaEnableFailed"/>; not simulated yet.</summary>
    WdfDevStatePowerWakingDmaEnableFailedNP = 0x833C,
    /// <summary>Power state 0x33D (parent and child (PDO) power): not simulated yet, never entered.</summary>
    WdfDevStatePowerReportPowerUpFailedDerefParent = 0x33D,
    /// <summary>Power state 0x33E: not simulated yet, never entered.</summary>
    WdfDevStatePowerReportPowerUpFailed = 0x33E,
    /// <summary>Power state 0x33F: not simulated yet, never entered.</summary>
    WdfDevStatePowerPowerFailedPowerDown = 0x33F,
    /// <summary>Power state 0x340: not simulated yet, never entered.</summary>
    WdfDevStatePowerReportPowerDownFailed = 0x340,
    /// <summary>Power state 0x341: unwinding a failed first power-up: interrupts disconnect.</summary>
    WdfDevStatePowerInitialConnectInterruptFailed = 0x341,
    /// <summary>Power state 0x342: unwinding a failed first power-up: EvtDeviceD0ExitPreInterruptsDisabled runs.</summary>
    WdfDevStatePowerInitialDmaEnableFailed = 0x342,
    /// <summary>Power state 0x343: self-managed I/O failed on the first power-up: the queues are held again and the power-up unwinds.</summary>
    WdfDevStatePowerInitialSelfManagedIoFailed = 0x343,
    /// <summary>Power state 0x344: unwinding a failed first power-up: the parent's power reference is dropped.</summary>
    WdfDevStatePowerInitialPowerUpFailedDerefParent = 0x344,
    /// <summary>Power state 0x345: the first power-up failed: reported to the power policy machine.</summary>
    WdfDevStatePowerInitialPowerUpFailed = 0x345,
    /// <summary>Power state 0x346 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerDxStoppedDisarmWake = 0x346,
    /// <summary>Power state 0x8347: the non-pageable twin of <see cref="WdfDevStatePowerDxStoppedDisarmWake"/>; not simulated yet.</summary>
    WdfDevStatePowerDxStoppedDisarmWakeNP = 0x8347,
    /// <summary>Power state 0x8348: the non-pageable twin of <see cref="WdfDevStatePowerGotoDxStoppedDisableInterrupt"/>; not simulated yet.</summary>
    WdfDevStatePowerGotoDxStoppedDisableInterruptNP = 0x8348,
    /// <summary>Power state 0x349 (device power IRPs): not simulated yet, never entered.</summary>
    WdfDevStatePowerGotoDxStopped = 0x349,
    /// <summary>Power state 0x34A (device power IRPs): not simulated yet, never entered.</summary>
    WdfDevStatePowerDxStopped = 0x34A,
    /// <summary>Power state 0x34B: not simulated yet, never entered.</summary>
    WdfDevStatePowerGotoStopped = 0x34B,
    /// <summary>Power state 0x34C (device power IRPs): not simulated yet, never entered.</summary>
    WdfDevStatePowerStoppedCompleteDx = 0x34C,
    /// <summary>Power state 0x34D (device power IRPs): not simulated yet, never entered.</summary>
    WdfDevStatePowerDxStoppedDecideDxState = 0x34D,
    /// <summary>Power state 0x34E (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerDxStoppedArmForWake = 0x34E,
    /// <summary>Power state 0x834F: the non-pageable twin of <see cref="WdfDevStatePowerDxStoppedArmForWake"/>; not simulated yet.</summary>
    WdfDevStatePowerDxStoppedArmForWakeNP = 0x834F,
    /// <summary>Power state 0x350: the implicit power-down failed: reported to the power policy machine.</summary>
    WdfDevStatePowerFinalPowerDownFailed = 0x350,
    /// <summary>Power state 0x351: not simulated yet, never entered.</summary>
    WdfDevStatePowerFinal = 0x351,
    /// <summary>Power state 0x352 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerGotoImplicitD3DisarmWakeAtBus = 0x352,
    /// <summary>Power state 0x353: not simulated yet, never entered.</summary>
    WdfDevStatePowerUpFailed = 0x353,
    /// <summary>Power state 0x354 (parent and child (PDO) power): not simulated yet, never entered.</summary>
    WdfDevStatePowerUpFailedDerefParent = 0x354,
    /// <summary>Power state 0x355 (device power IRPs): not simulated yet, never entered.</summary>
    WdfDevStatePowerGotoDxFailed = 0x355,
    /// <summary>Power state 0x356 (device power IRPs): not simulated yet, never entered.</summary>
    WdfDevStatePowerGotoDxStoppedDisableInterrupt = 0x356,
    /// <summary>Power state 0x8357: the non-pageable twin of <see cref="WdfDevStatePowerUpFailed"/>; not simulated yet.</summary>
    WdfDevStatePowerUpFailedNP = 0x8357,
    /// <summary>Power state 0x8358: the non-pageable twin of <see cref="WdfDevStatePowerUpFailedDerefParent"/>; not simulated yet.</summary>
    WdfDevStatePowerUpFailedDerefParentNP = 0x8358,
    /// <summary>Power state 0x359 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerNotifyingD0ExitToWakeInterrupts = 0x359,
    /// <summary>Power state 0x35A (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerNotifyingD0EntryToWakeInterrupts = 0x35A,
    /// <summary>Power state 0x835B: the non-pageable twin of <see cref="WdfDevStatePowerNotifyingD0ExitToWakeInterrupts"/>; not simulated yet.</summary>
    WdfDevStatePowerNotifyingD0ExitToWakeInterruptsNP = 0x835B,
    /// <summary>Power state 0x835C: the non-pageable twin of <see cref="WdfDevStatePowerNotifyingD0EntryToWakeInterrupts"/>; not simulated yet.</summary>
    WdfDevStatePowerNotifyingD0EntryToWakeInterruptsNP = 0x835C,
    /// <summary>Power state 0x35D: unwinding a failed first power-up: EvtDeviceD0Exit runs.</summary>
    WdfDevStatePowerInitialPowerUpFailedPowerDown = 0x35D,
    /// <summary>Power state 0x35E: not simulated yet, never entered.</summary>
    WdfDevStatePowerUpFailedPowerDown = 0x35E,
    /// <summary>Power state 0x835F: the non-pageable twin of <see cref="WdfDevStatePowerUpFailedPowerDown"/>; not simulated yet.</summary>
    WdfDevStatePowerUpFailedPowerDownNP = 0x835F,
    /// <summary>Power state 0x360: not simulated yet, never entered.</summary>
    WdfDevStatePowerInitialSelfManagedIoFailedStarted = 0x360,
    /// <summary>Power state 0x361: not simulated yet, never entered.</summary>
    WdfDevStatePowerStartSelfManagedIoFailedStarted = 0x361,
    /// <summary>Power state 0x8362: the non-pageable twin of <see cref="WdfDevStatePowerStartSelfManagedIoFailedStarted"/>; not simulated yet.</summary>
    WdfDevStatePowerStartSelfManagedIoFailedStartedNP = 0x8362,
    /// <summary>Power state 0x363 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerWakingPostHardwareEnabled = 0x363,
    /// <summary>Power state 0x8364: the non-pageable twin of <see cref="WdfDevStatePowerWakingPostHardwareEnabled"/>; not simulated yet.</summary>
    WdfDevStatePowerWakingPostHardwareEnabledNP = 0x8364,
    /// <summary>Power state 0x365 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePowerWakingPostHardwareEnabledFailed = 0x365,
    /// <summary>Power state 0x8366: the non-pageable twin of <see cref="WdfDevStatePowerWakingPostHardwareEnabledFailed"/>; not simulated yet.</summary>
    WdfDevStatePowerWakingPostHardwareEnabledFailedNP = 0x8366,
    /// <summary>Power state 0x367: a class extension's post-hardware-enabled callback (none here).</summary>
    WdfDevStatePowerD0StartingPostHardwareEnabled = 0x367,
    /// <summary>Power state 0x368: unwinding a failed first power-up: the post-hardware-enabled step.</summary>
    WdfDevStatePowerInitialPostHardwareEnabledFailed = 0x368,
    /// <summary>Power value 0x369, not a state: the table marker for "stay where you are".</summary>
    WdfDevStatePowerNull = 0x369,
}
