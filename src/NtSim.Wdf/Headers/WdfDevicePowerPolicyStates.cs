namespace NtSim;

// A state enum of wdfdevice.h (KMDF 1.33), values as published. Each summary says what NtSim's table does in the
// state, or that the state is not simulated yet (no row: the machine never enters it).

/// <summary>WDF_DEVICE_POWER_POLICY_STATE (wdfdevice.h, KMDF 1.33): the states of the power policy state machine (owner and non-owner share it).</summary>
public enum WDF_DEVICE_POWER_POLICY_STATE
{
    /// <summary>Power policy value 0x0, not a state: the value no machine takes.</summary>
    WdfDevStatePwrPolInvalid = 0x0,
    /// <summary>Power policy state 0x500: the device object exists; the start of the device moves it on.</summary>
    WdfDevStatePwrPolObjectCreated = 0x500,
    /// <summary>Power policy state 0x501: the policy machine asks the power machine for the implicit power-up and waits.</summary>
    WdfDevStatePwrPolStarting = 0x501,
    /// <summary>Power policy state 0x502: the start succeeded: the PnP machine is told (a non-owner waits here, started, for the stop).</summary>
    WdfDevStatePwrPolStartingSucceeded = 0x502,
    /// <summary>Power policy state 0x503: the power-up failed: the PnP machine is told.</summary>
    WdfDevStatePwrPolStartingFailed = 0x503,
    /// <summary>Power policy state 0x504: decides on idle and wake-from-S0 settings (no idle timer here); power policy owner only.</summary>
    WdfDevStatePwrPolStartingDecideS0Wake = 0x504,
    /// <summary>Power policy state 0x505 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStartedIdleCapable = 0x505,
    /// <summary>Power policy state 0x506 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredNoWake = 0x506,
    /// <summary>Power policy state 0x507 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredNoWakeCompletePowerDown = 0x507,
    /// <summary>Power policy state 0x508 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingUnarmed = 0x508,
    /// <summary>Power policy state 0x509 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingUnarmedQueryIdle = 0x509,
    /// <summary>Power policy state 0x50A (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolS0NoWakePowerUp = 0x50A,
    /// <summary>Power policy state 0x50B (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolS0NoWakeCompletePowerUp = 0x50B,
    /// <summary>Power policy state 0x50C (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemSleepFromDeviceWaitingUnarmed = 0x50C,
    /// <summary>Power policy state 0x50D (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemSleepNeedWake = 0x50D,
    /// <summary>Power policy state 0x50E (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemSleepNeedWakeCompletePowerUp = 0x50E,
    /// <summary>Power policy state 0x50F (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemSleepPowerRequestFailed = 0x50F,
    /// <summary>Power policy state 0x510: not simulated yet, never entered.</summary>
    WdfDevStatePwrPolCheckPowerPageable = 0x510,
    /// <summary>Power policy state 0x511 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSleepingWakeWakeArrived = 0x511,
    /// <summary>Power policy state 0x512 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSleepingWakeRevertArmWake = 0x512,
    /// <summary>Power policy state 0x513 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemAsleepWakeArmed = 0x513,
    /// <summary>Power policy state 0x514 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemWakeDeviceWakeEnabled = 0x514,
    /// <summary>Power policy state 0x515 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemWakeDeviceWakeEnabledWakeCanceled = 0x515,
    /// <summary>Power policy state 0x516 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemWakeDeviceWakeDisarm = 0x516,
    /// <summary>Power policy state 0x517 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemWakeDeviceWakeTriggered = 0x517,
    /// <summary>Power policy state 0x518 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemWakeDeviceWakeTriggeredS0 = 0x518,
    /// <summary>Power policy state 0x519 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemWakeDeviceWokeDisarm = 0x519,
    /// <summary>Power policy state 0x851A: the non-pageable twin of <see cref="WdfDevStatePwrPolSleepingWakeWakeArrived"/>; not simulated yet.</summary>
    WdfDevStatePwrPolSleepingWakeWakeArrivedNP = 0x851A,
    /// <summary>Power policy state 0x851B: the non-pageable twin of <see cref="WdfDevStatePwrPolSleepingWakeRevertArmWake"/>; not simulated yet.</summary>
    WdfDevStatePwrPolSleepingWakeRevertArmWakeNP = 0x851B,
    /// <summary>Power policy state 0x51C (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSleepingWakePowerDownFailed = 0x51C,
    /// <summary>Power policy state 0x51D (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSleepingWakePowerDownFailedWakeCanceled = 0x51D,
    /// <summary>Power policy state 0x851E: the non-pageable twin of <see cref="WdfDevStatePwrPolSystemAsleepWakeArmed"/>; not simulated yet.</summary>
    WdfDevStatePwrPolSystemAsleepWakeArmedNP = 0x851E,
    /// <summary>Power policy state 0x851F: the non-pageable twin of <see cref="WdfDevStatePwrPolSystemWakeDeviceWakeEnabled"/>; not simulated yet.</summary>
    WdfDevStatePwrPolSystemWakeDeviceWakeEnabledNP = 0x851F,
    /// <summary>Power policy state 0x8520: the non-pageable twin of <see cref="WdfDevStatePwrPolSystemWakeDeviceWakeEnabledWakeCanceled"/>; not simulated yet.</summary>
    WdfDevStatePwrPolSystemWakeDeviceWakeEnabledWakeCanceledNP = 0x8520,
    /// <summary>Power policy state 0x8521: the non-pageable twin of <see cref="WdfDevStatePwrPolSystemWakeDeviceWakeDisarm"/>; not simulated yet.</summary>
    WdfDevStatePwrPolSystemWakeDeviceWakeDisarmNP = 0x8521,
    /// <summary>Power policy state 0x8522: the non-pageable twin of <see cref="WdfDevStatePwrPolSystemWakeDeviceWakeTriggered"/>; not simulated yet.</summary>
    WdfDevStatePwrPolSystemWakeDeviceWakeTriggeredNP = 0x8522,
    /// <summary>Power policy state 0x8523: the non-pageable twin of <see cref="WdfDevStatePwrPolSystemWakeDeviceWakeTriggeredS0"/>; not simulated yet.</summary>
    WdfDevStatePwrPolSystemWakeDeviceWakeTriggeredS0NP = 0x8523,
    /// <summary>Power policy state 0x8524: the non-pageable twin of <see cref="WdfDevStatePwrPolSystemWakeDeviceWokeDisarm"/>; not simulated yet.</summary>
    WdfDevStatePwrPolSystemWakeDeviceWokeDisarmNP = 0x8524,
    /// <summary>Power policy state 0x525 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemWakeDeviceWakeCompletePowerUp = 0x525,
    /// <summary>Power policy state 0x526 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSleeping = 0x526,
    /// <summary>Power policy state 0x527 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSleepingNoWakePowerDown = 0x527,
    /// <summary>Power policy state 0x528 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSleepingNoWakeCompletePowerDown = 0x528,
    /// <summary>Power policy state 0x529 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSleepingNoWakeDxRequestFailed = 0x529,
    /// <summary>Power policy state 0x52A (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSleepingWakePowerDown = 0x52A,
    /// <summary>Power policy state 0x52B (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSleepingSendWake = 0x52B,
    /// <summary>Power policy state 0x52C (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemAsleepNoWake = 0x52C,
    /// <summary>Power policy state 0x52D (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemWakeDeviceWakeDisabled = 0x52D,
    /// <summary>Power policy state 0x52E (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemWakeDeviceToD0 = 0x52E,
    /// <summary>Power policy state 0x52F (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemWakeDeviceToD0CompletePowerUp = 0x52F,
    /// <summary>Power policy state 0x530 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemWakeQueryIdle = 0x530,
    /// <summary>Power policy state 0x531 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStartedWakeCapable = 0x531,
    /// <summary>Power policy state 0x532 (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredDecideUsbSS = 0x532,
    /// <summary>Power policy state 0x533 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapablePowerDown = 0x533,
    /// <summary>Power policy state 0x534 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableSendWake = 0x534,
    /// <summary>Power policy state 0x535 (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableUsbSS = 0x535,
    /// <summary>Power policy state 0x536 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableWakeArrived = 0x536,
    /// <summary>Power policy state 0x537 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableCancelWake = 0x537,
    /// <summary>Power policy state 0x538 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableWakeCanceled = 0x538,
    /// <summary>Power policy state 0x539 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableCleanup = 0x539,
    /// <summary>Power policy state 0x53A (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableDxAllocFailed = 0x53A,
    /// <summary>Power policy state 0x53B (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCompletedPowerDown = 0x53B,
    /// <summary>Power policy state 0x53C (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCompletedPowerUp = 0x53C,
    /// <summary>Power policy state 0x53D (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedUsbSS = 0x53D,
    /// <summary>Power policy state 0x53E (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmed = 0x53E,
    /// <summary>Power policy state 0x53F (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedQueryIdle = 0x53F,
    /// <summary>Power policy state 0x540 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolIoPresentArmed = 0x540,
    /// <summary>Power policy state 0x541 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolIoPresentArmedWakeCanceled = 0x541,
    /// <summary>Power policy state 0x542 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolS0WakeDisarm = 0x542,
    /// <summary>Power policy state 0x543 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolS0WakeCompletePowerUp = 0x543,
    /// <summary>Power policy state 0x544 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeSucceeded = 0x544,
    /// <summary>Power policy state 0x545 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCompletedDisarm = 0x545,
    /// <summary>Power policy state 0x546 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableWakeSucceeded = 0x546,
    /// <summary>Power policy state 0x547 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableWakeFailed = 0x547,
    /// <summary>Power policy state 0x548 (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWakeFailedUsbSS = 0x548,
    /// <summary>Power policy state 0x549 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapablePowerDownFailedCancelWake = 0x549,
    /// <summary>Power policy state 0x54A (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapablePowerDownFailedWakeCanceled = 0x54A,
    /// <summary>Power policy state 0x54B (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapablePowerDownFailedUsbSS = 0x54B,
    /// <summary>Power policy state 0x54C (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolCancelingWakeForSystemSleep = 0x54C,
    /// <summary>Power policy state 0x54D (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolCancelingWakeForSystemSleepWakeCanceled = 0x54D,
    /// <summary>Power policy state 0x54E (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolDisarmingWakeForSystemSleepCompletePowerUp = 0x54E,
    /// <summary>Power policy state 0x54F (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolPowerUpForSystemSleepFailed = 0x54F,
    /// <summary>Power policy state 0x550 (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWokeFromS0UsbSS = 0x550,
    /// <summary>Power policy state 0x551 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWokeFromS0 = 0x551,
    /// <summary>Power policy state 0x552 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWokeFromS0NotifyDriver = 0x552,
    /// <summary>Power policy state 0x553: not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStoppingResetDevice = 0x553,
    /// <summary>Power policy state 0x554: not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStoppingResetDeviceCompletePowerUp = 0x554,
    /// <summary>Power policy state 0x555: not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStoppingResetDeviceFailed = 0x555,
    /// <summary>Power policy state 0x556: not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStoppingD0 = 0x556,
    /// <summary>Power policy state 0x557: not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStoppingD0Failed = 0x557,
    /// <summary>Power policy state 0x558 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStoppingDisarmWake = 0x558,
    /// <summary>Power policy state 0x559 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStoppingDisarmWakeCancelWake = 0x559,
    /// <summary>Power policy state 0x55A (wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStoppingDisarmWakeWakeCanceled = 0x55A,
    /// <summary>Power policy state 0x55B: the stop: the power machine is asked for the implicit power-down.</summary>
    WdfDevStatePwrPolStopping = 0x55B,
    /// <summary>Power policy state 0x55C: the power-down failed: the PnP machine is told.</summary>
    WdfDevStatePwrPolStoppingFailed = 0x55C,
    /// <summary>Power policy state 0x55D: the power-down finished: the PnP machine is told the device stopped.</summary>
    WdfDevStatePwrPolStoppingSendStatus = 0x55D,
    /// <summary>Power policy state 0x55E: not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStoppingCancelTimer = 0x55E,
    /// <summary>Power policy state 0x55F (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStoppingWaitForIdleTimeout = 0x55F,
    /// <summary>Power policy state 0x560 (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStoppingCancelUsbSS = 0x560,
    /// <summary>Power policy state 0x561 (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStoppingWaitForUsbSSCompletion = 0x561,
    /// <summary>Power policy state 0x562 (wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStoppingCancelWake = 0x562,
    /// <summary>Power policy state 0x563: stopped: waits for a new start or the removal.</summary>
    WdfDevStatePwrPolStopped = 0x563,
    /// <summary>Power policy state 0x564 (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolCancelUsbSS = 0x564,
    /// <summary>Power policy state 0x565: started: the power policy owner waits for the stop or removal (a non-owner passes through to tell the PnP machine).</summary>
    WdfDevStatePwrPolStarted = 0x565,
    /// <summary>Power policy state 0x566: not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStartedCancelTimer = 0x566,
    /// <summary>Power policy state 0x567 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStartedWaitForIdleTimeout = 0x567,
    /// <summary>Power policy state 0x568 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStartedWakeCapableCancelTimerForSleep = 0x568,
    /// <summary>Power policy state 0x569 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStartedWakeCapableWaitForIdleTimeout = 0x569,
    /// <summary>Power policy state 0x56A (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStartedWakeCapableSleepingUsbSS = 0x56A,
    /// <summary>Power policy state 0x56B (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStartedIdleCapableCancelTimerForSleep = 0x56B,
    /// <summary>Power policy state 0x56C (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStartedIdleCapableWaitForIdleTimeout = 0x56C,
    /// <summary>Power policy state 0x56D: not simulated yet, never entered.</summary>
    WdfDevStatePwrPolDeviceD0PowerRequestFailed = 0x56D,
    /// <summary>Power policy state 0x56E: not simulated yet, never entered.</summary>
    WdfDevStatePwrPolDevicePowerRequestFailed = 0x56E,
    /// <summary>Power policy state 0x56F (device power IRPs): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolGotoDx = 0x56F,
    /// <summary>Power policy state 0x570 (device power IRPs): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolGotoDxInDx = 0x570,
    /// <summary>Power policy state 0x571 (device power IRPs): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolDx = 0x571,
    /// <summary>Power policy state 0x572 (device power IRPs): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolGotoD0 = 0x572,
    /// <summary>Power policy state 0x573 (device power IRPs): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolGotoD0InD0 = 0x573,
    /// <summary>Power policy state 0x574: not simulated yet, never entered.</summary>
    WdfDevStatePwrPolFinal = 0x574,
    /// <summary>Power policy state 0x575 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSleepingPowerDownNotProcessed = 0x575,
    /// <summary>Power policy state 0x576 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapablePowerDownNotProcessed = 0x576,
    /// <summary>Power policy state 0x577 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredNoWakePowerDownNotProcessed = 0x577,
    /// <summary>Power policy state 0x578 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredNoWakePoweredDownDisableIdleTimer = 0x578,
    /// <summary>Power policy state 0x579: a non-owner waits for the implicit power-down to finish; not-owner machine only.</summary>
    WdfDevStatePwrPolStoppingWaitingForImplicitPowerDown = 0x579,
    /// <summary>Power policy state 0x57A: not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStoppingPoweringUp = 0x57A,
    /// <summary>Power policy state 0x57B: not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStoppingPoweringDown = 0x57B,
    /// <summary>Power policy state 0x57C (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolPowerUpForSystemSleepNotSeen = 0x57C,
    /// <summary>Power policy state 0x57D (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedStoppingCancelUsbSS = 0x57D,
    /// <summary>Power policy state 0x57E (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedWakeFailedCancelUsbSS = 0x57E,
    /// <summary>Power policy state 0x57F (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedIoPresentCancelUsbSS = 0x57F,
    /// <summary>Power policy state 0x580 (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedWakeSucceededCancelUsbSS = 0x580,
    /// <summary>Power policy state 0x581 (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolCancelingUsbSSForSystemSleep = 0x581,
    /// <summary>Power policy state 0x582 (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStoppingD0CancelUsbSS = 0x582,
    /// <summary>Power policy state 0x583: the power machine reports D0; power policy owner only.</summary>
    WdfDevStatePwrPolStartingPoweredUp = 0x583,
    /// <summary>Power policy state 0x584 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolIdleCapableDeviceIdle = 0x584,
    /// <summary>Power policy state 0x585 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolDeviceIdleReturnToActive = 0x585,
    /// <summary>Power policy state 0x586 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolDeviceIdleSleeping = 0x586,
    /// <summary>Power policy state 0x587 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolDeviceIdleStopping = 0x587,
    /// <summary>Power policy state 0x588 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredNoWakeUndoPowerDown = 0x588,
    /// <summary>Power policy state 0x589 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWakeCapableDeviceIdle = 0x589,
    /// <summary>Power policy state 0x58A (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWakeCapableUsbSSCompleted = 0x58A,
    /// <summary>Power policy state 0x58B (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableUndoPowerDown = 0x58B,
    /// <summary>Power policy state 0x58C (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCompletedHardwareStarted = 0x58C,
    /// <summary>Power policy state 0x58D: removal of a stopped device: the PnP machine is told the policy machine is removed; power policy owner only.</summary>
    WdfDevStatePwrPolStoppedRemoving = 0x58D,
    /// <summary>Power policy state 0x58E: removed: the policy machine does nothing more.</summary>
    WdfDevStatePwrPolRemoved = 0x58E,
    /// <summary>Power policy state 0x58F: a start after a stop: the implicit power-up again; power policy owner only.</summary>
    WdfDevStatePwrPolRestarting = 0x58F,
    /// <summary>Power policy state 0x590: the power-up after a stop failed: the PnP machine is told; power policy owner only.</summary>
    WdfDevStatePwrPolRestartingFailed = 0x590,
    /// <summary>Power policy state 0x591: not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStartingPoweredUpFailed = 0x591,
    /// <summary>Power policy state 0x592 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredNoWakeReturnToActive = 0x592,
    /// <summary>Power policy state 0x593 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedWakeInterruptFired = 0x593,
    /// <summary>Power policy state 0x594 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemWakeDeviceWakeInterruptFired = 0x594,
    /// <summary>Power policy state 0x8595: the non-pageable twin of <see cref="WdfDevStatePwrPolSystemWakeDeviceWakeInterruptFired"/>; not simulated yet.</summary>
    WdfDevStatePwrPolSystemWakeDeviceWakeInterruptFiredNP = 0x8595,
    /// <summary>Power policy state 0x596 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableWakeInterruptArrived = 0x596,
    /// <summary>Power policy state 0x597 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapablePowerDownFailedWakeInterruptArrived = 0x597,
    /// <summary>Power policy state 0x598 (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedWakeInterruptFiredDuringPowerDown = 0x598,
    /// <summary>Power policy state 0x599 (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStartedNotIdleCapableDirectedDown = 0x599,
    /// <summary>Power policy state 0x59A (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStartedIdleCapableTimerCanceledForSleep = 0x59A,
    /// <summary>Power policy state 0x59B (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredNoWakeUndoPowerDownWaitForDirectedUp = 0x59B,
    /// <summary>Power policy state 0x59C (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolIdleCapableTimerNotExpiredDirectedDown = 0x59C,
    /// <summary>Power policy state 0x59D (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolIdleCapableDirectedDownTriggerDPNR = 0x59D,
    /// <summary>Power policy state 0x59E (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingUnarmedDirectedDown = 0x59E,
    /// <summary>Power policy state 0x59F (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolIdleCapableDirectedDownTriggerDPR = 0x59F,
    /// <summary>Power policy state 0x5A0 (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolStartedWakeCapableTimerCanceledForSleep = 0x5A0,
    /// <summary>Power policy state 0x5A1 (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWakeCapableTimerNotExpiredDirectedDown = 0x5A1,
    /// <summary>Power policy state 0x5A2 (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWakeCapableDirectedDownTriggerDPNR = 0x5A2,
    /// <summary>Power policy state 0x5A3 (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCompletedPowerDownWaitForDirectedUp = 0x5A3,
    /// <summary>Power policy state 0x5A4 (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCompletedPowerDownDirectedTriggerDPR = 0x5A4,
    /// <summary>Power policy state 0x5A5 (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableUndoPowerDownWaitForDirectedUp = 0x5A5,
    /// <summary>Power policy state 0x5A6 (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWakeCapableUsbSSCompletedUndoWaitForDirectedUp = 0x5A6,
    /// <summary>Power policy state 0x5A7 (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableUsbSSDirectedDown = 0x5A7,
    /// <summary>Power policy state 0x5A8 (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedWakeInterruptFiredDuringPowerDownCheckDirected = 0x5A8,
    /// <summary>Power policy state 0x5A9 (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCompletedPowerDownCheckDirected = 0x5A9,
    /// <summary>Power policy state 0x5AA (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableWakeSucceededCheckDirected = 0x5AA,
    /// <summary>Power policy state 0x5AB (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableWakeSucceededWaitForDirectedUp = 0x5AB,
    /// <summary>Power policy state 0x5AC (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableWakeSucceededTriggerDPR = 0x5AC,
    /// <summary>Power policy state 0x5AD (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableWakeFailedCheckDirected = 0x5AD,
    /// <summary>Power policy state 0x5AE (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableWakeFailedWaitForDirectedUp = 0x5AE,
    /// <summary>Power policy state 0x5AF (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableWakeFailedTriggerDPR = 0x5AF,
    /// <summary>Power policy state 0x5B0 (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedDirectedDownWakeInterruptFiredTriggerDPR = 0x5B0,
    /// <summary>Power policy state 0x5B1 (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedDirectedDownWakeInterruptFired = 0x5B1,
    /// <summary>Power policy state 0x5B2 (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedDirectedDown = 0x5B2,
    /// <summary>Power policy state 0x5B3 (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedDirectedDownWakeSucceededCancelUsbSS = 0x5B3,
    /// <summary>Power policy state 0x5B4 (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedDirectedDownWakeFailedCancelUsbSS = 0x5B4,
    /// <summary>Power policy state 0x5B5 (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedDirectedDownTriggerDPR = 0x5B5,
    /// <summary>Power policy state 0x5B6 (directed power transitions): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedDirectedDownWakeSucceededTriggerDPR = 0x5B6,
    /// <summary>Power policy state 0x5B7 (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedDirectedDownUsbSSCompleted = 0x5B7,
    /// <summary>Power policy state 0x5B8 (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedDirectedDownUsbSSCompletedTriggerDPR = 0x5B8,
    /// <summary>Power policy state 0x5B9 (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolWaitingArmedDirectedDownWakeFailedCancelUsbSSTriggerDPR = 0x5B9,
    /// <summary>Power policy state 0x5BA (USB selective suspend): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolUsbSSCancelled = 0x5BA,
    /// <summary>Power policy state 0x5BB (idle power-down): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolTimerExpiredWakeCapableRevertArmWake = 0x5BB,
    /// <summary>Power policy state 0x5BC (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSleepingWakeCancelWake = 0x5BC,
    /// <summary>Power policy state 0x85BD: the non-pageable twin of <see cref="WdfDevStatePwrPolSleepingWakeCancelWake"/>; not simulated yet.</summary>
    WdfDevStatePwrPolSleepingWakeCancelWakeNP = 0x85BD,
    /// <summary>Power policy state 0x5BE (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemWakeDeviceD0PowerRequestFailed = 0x5BE,
    /// <summary>Power policy state 0x5BF (system sleep and wake): not simulated yet, never entered.</summary>
    WdfDevStatePwrPolSystemWakeDevicePowerRequestFailed = 0x5BF,
    /// <summary>Power policy value 0x5C0, not a state: the table marker for "stay where you are".</summary>
    WdfDevStatePwrPolNull = 0x5C0,
}
