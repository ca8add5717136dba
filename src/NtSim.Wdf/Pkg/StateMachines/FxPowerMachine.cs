using S = NtSim.WDF_DEVICE_POWER_STATE;
using E = NtSim.FxPowerEvent;

namespace NtSim;

/// <summary>
/// The power state machine (powerstatemachine.cpp, m_WdfPowerStates) of a function or filter device:
/// the framework's own power-up when the device starts (PowerImplicitD0: D0Entry(D3Final),
/// D0EntryPostInterruptsEnabled, queues resumed, SelfManagedIoInit or Restart) and power-down when it
/// stops or goes (PowerImplicitD3: SelfManagedIoSuspend, queues held, D0ExitPreInterruptsDisabled,
/// D0Exit(D3Final)). Device power IRPs (PowerD0/PowerDx: idle and system sleep, Dx with EvtIoStop
/// Suspend), wake arming and the non-pageable ("NP") twins get their rows with the power issue: the
/// kernel sends no device power IRPs yet.
/// </summary>
internal static class FxPowerMachine
{
    internal static readonly IReadOnlyDictionary<S, FxStateRow<FxPkgPnp, S, E>> Table = Build(
        Row(S.WdfDevStatePowerObjectCreated, null, (E.PowerImplicitD0, S.WdfDevStatePowerStartingCheckDeviceType)),
        // A PDO would go to StartingChild here; a function or filter device starts itself.
        Row(S.WdfDevStatePowerStartingCheckDeviceType, _ => S.WdfDevStatePowerD0Starting),
        Row(S.WdfDevStatePowerD0Starting, D0Starting),
        Row(S.WdfDevStatePowerD0StartingConnectInterrupt, D0StartingConnectInterrupt),
        // No DMA enablers yet: nothing to enable.
        Row(S.WdfDevStatePowerD0StartingDmaEnable, _ => S.WdfDevStatePowerD0StartingPostHardwareEnabled),
        // EvtDeviceD0EntryPostHardwareEnabled is a class extension's callback: none here.
        Row(S.WdfDevStatePowerD0StartingPostHardwareEnabled, _ => S.WdfDevStatePowerD0StartingStartSelfManagedIo),
        Row(S.WdfDevStatePowerD0StartingStartSelfManagedIo, D0StartingStartSelfManagedIo),
        // DO_POWER_PAGABLE is set on every framework device and no bus wake is armed: D0, not D0NP or D0BusWakeOwner.
        Row(S.WdfDevStatePowerDecideD0State, _ => S.WdfDevStatePowerD0),
        Row(S.WdfDevStatePowerD0, null, (E.PowerImplicitD3, S.WdfDevStatePowerGotoD3Stopped)),
        Row(S.WdfDevStatePowerGotoD3Stopped, GotoD3Stopped),
        Row(S.WdfDevStatePowerFinalPowerDownFailed, p => p.PowerDownFailedReport()),
        Row(S.WdfDevStatePowerStopped, null, (E.PowerImplicitD0, S.WdfDevStatePowerStartingCheckDeviceType)),

        // A failed first power-up unwinds what it did and reports to the power policy machine.
        Row(S.WdfDevStatePowerInitialSelfManagedIoFailed, p => p.HoldQueues(S.WdfDevStatePowerInitialPostHardwareEnabledFailed)),
        Row(S.WdfDevStatePowerInitialPostHardwareEnabledFailed, _ => S.WdfDevStatePowerInitialDmaEnableFailed),
        Row(S.WdfDevStatePowerInitialDmaEnableFailed, p => p.D0ExitPreInterruptsDisabled(S.WdfDevStatePowerInitialConnectInterruptFailed)),
        Row(S.WdfDevStatePowerInitialConnectInterruptFailed, _ => S.WdfDevStatePowerInitialPowerUpFailedPowerDown),
        Row(S.WdfDevStatePowerInitialPowerUpFailedPowerDown, p => p.D0Exit(S.WdfDevStatePowerInitialPowerUpFailedDerefParent)),
        Row(S.WdfDevStatePowerInitialPowerUpFailedDerefParent, _ => S.WdfDevStatePowerInitialPowerUpFailed),
        Row(S.WdfDevStatePowerInitialPowerUpFailed, p => p.PowerUpFailedReport()));

    private static S D0Starting(FxPkgPnp pnp) =>
        Wdm.NT_SUCCESS(pnp.D0Entry()) ? S.WdfDevStatePowerD0StartingConnectInterrupt : S.WdfDevStatePowerInitialPowerUpFailedDerefParent;

    private static S D0StartingConnectInterrupt(FxPkgPnp pnp) =>
        Wdm.NT_SUCCESS(pnp.D0EntryPostInterruptsEnabled()) ? S.WdfDevStatePowerD0StartingDmaEnable : S.WdfDevStatePowerInitialConnectInterruptFailed;

    /// <summary>Power-managed queues resume ("Power resume all queues"), then SelfManagedIoInit (first
    /// start) or SelfManagedIoRestart; the device is in D0 and the policy machine hears so.</summary>
    private static S D0StartingStartSelfManagedIo(FxPkgPnp pnp)
    {
        pnp.ResumeQueues();
        if (!Wdm.NT_SUCCESS(pnp.StartSelfManagedIo()))
        {
            return S.WdfDevStatePowerInitialSelfManagedIoFailed;
        }

        pnp.SetDevicePowerState(WDF_POWER_DEVICE_STATE.WdfPowerDeviceD0);
        pnp.PostPolicy(FxPowerPolicyEvent.PwrPolPowerUp);
        return S.WdfDevStatePowerDecideD0State;
    }

    /// <summary>PowerGotoD3Stopped: every step runs even when one fails; a failure ends in FinalPowerDownFailed.</summary>
    private static S GotoD3Stopped(FxPkgPnp pnp)
    {
        var failed = !Wdm.NT_SUCCESS(pnp.SuspendSelfManagedIo());
        pnp.HoldQueues(S.WdfDevStatePowerNull);
        failed |= !Wdm.NT_SUCCESS(pnp.InvokeD0ExitPreInterruptsDisabled());
        failed |= !Wdm.NT_SUCCESS(pnp.InvokeD0Exit());
        pnp.SetDevicePowerState(WDF_POWER_DEVICE_STATE.WdfPowerDeviceD3Final);
        if (failed)
        {
            return S.WdfDevStatePowerFinalPowerDownFailed;
        }

        pnp.PostPolicy(FxPowerPolicyEvent.PwrPolImplicitPowerDown);
        return S.WdfDevStatePowerStopped;
    }

    private static FxStateRow<FxPkgPnp, S, E> Row(S state, Func<FxPkgPnp, S>? entry, params (E Event, S Target)[] transitions) =>
        new(state, entry, transitions);

    private static Dictionary<S, FxStateRow<FxPkgPnp, S, E>> Build(params FxStateRow<FxPkgPnp, S, E>[] rows) =>
        rows.ToDictionary(r => r.State);
}
