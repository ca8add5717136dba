using S = NtSim.WDF_DEVICE_PNP_STATE;
using E = NtSim.FxPnpEvent;

namespace NtSim;

/// <summary>
/// The PnP state machine of a function or filter device (pnpstatemachine.cpp, m_WdfPnpStates): its
/// table, and the entry functions the table names. The paths built are those a function or filter
/// driver walks: start, query-remove and remove, remove without query, surprise removal, query-stop,
/// stop and restart (rebalance), cancel-remove and cancel-stop, and failure (a failed start, a
/// failed power-up, a driver that reports itself failed). PDO states (bus drivers with child lists)
/// and ejection have their numbers in <see cref="WDF_DEVICE_PNP_STATE"/> and rows to come.
/// </summary>
internal static class FxPnpMachine
{
    internal static readonly IReadOnlyDictionary<S, FxStateRow<FxPkgPnp, S, E>> Table = Build(
        Row(S.WdfDevStatePnpObjectCreated, null, (E.AddDevice, S.WdfDevStatePnpInit)),
        Row(S.WdfDevStatePnpInit, null,
            (E.StartDevice, S.WdfDevStatePnpInitStarting),
            (E.QueryRemove, S.WdfDevStatePnpInitQueryRemove),
            (E.Remove, S.WdfDevStatePnpRemoved),
            (E.ParentRemoved, S.WdfDevStatePnpRemoved),
            (E.SurpriseRemove, S.WdfDevStatePnpInitSurpriseRemoved)),
        Row(S.WdfDevStatePnpInitStarting, InitStarting, (E.StartDeviceFailed, S.WdfDevStatePnpInit)),
        Row(S.WdfDevStatePnpInitSurpriseRemoved, InitSurpriseRemoved),
        Row(S.WdfDevStatePnpInitQueryRemove, p => p.PassPendingIrpDown(),
            (E.Remove, S.WdfDevStatePnpRemoved),
            (E.CancelRemove, S.WdfDevStatePnpInitQueryRemoveCanceled)),
        Row(S.WdfDevStatePnpInitQueryRemoveCanceled, p => p.FinishPendingIrp(S.WdfDevStatePnpInit)),
        Row(S.WdfDevStatePnpHardwareAvailable, HardwareAvailable,
            (E.PwrPolStarted, S.WdfDevStatePnpEnableInterfaces),
            (E.PwrPolStartFailed, S.WdfDevStatePnpHardwareAvailablePowerPolicyFailed)) with { KnownDropped = E.PowerUpFailed },
        Row(S.WdfDevStatePnpEnableInterfaces, p => p.EnableInterfaces()),
        Row(S.WdfDevStatePnpHardwareAvailablePowerPolicyFailed, HardwareAvailablePowerPolicyFailed),
        Row(S.WdfDevStatePnpStarted, p => p.FinishPendingIrp(S.WdfDevStatePnpNull),
            (E.QueryRemove, S.WdfDevStatePnpQueryRemoveStaticCheck),
            (E.QueryStop, S.WdfDevStatePnpQueryStopStaticCheck),
            (E.CancelStop, S.WdfDevStatePnpStartedCancelStop),
            (E.CancelRemove, S.WdfDevStatePnpStartedCancelRemove),
            (E.Remove, S.WdfDevStatePnpStartedRemoving),
            (E.SurpriseRemove, S.WdfDevStatePnpSurpriseRemoveIoStarted),
            (E.PowerUpFailed, S.WdfDevStatePnpFailedIoStarting),
            (E.PowerDownFailed, S.WdfDevStatePnpFailedPowerDown),
            (E.StartDevice, S.WdfDevStatePnpRestart)),
        Row(S.WdfDevStatePnpStartedCancelStop, _ => S.WdfDevStatePnpStarted),
        Row(S.WdfDevStatePnpStartedCancelRemove, _ => S.WdfDevStatePnpStarted),

        // Query-remove and remove.
        Row(S.WdfDevStatePnpQueryRemoveStaticCheck, p => p.StaticCheck(S.WdfDevStatePnpQueryRemoveAskDriver)),
        Row(S.WdfDevStatePnpQueryRemoveAskDriver, p => p.AskDriver(query: true, S.WdfDevStatePnpQueryRemoveEnsureDeviceAwake)),
        // The device is in D0 (idle power-down is not simulated): nothing to wake.
        Row(S.WdfDevStatePnpQueryRemoveEnsureDeviceAwake, _ => S.WdfDevStatePnpQueryRemovePending),
        Row(S.WdfDevStatePnpQueryRemovePending, p => p.PassPendingIrpDown(),
            (E.Remove, S.WdfDevStatePnpQueriedRemoving),
            (E.CancelRemove, S.WdfDevStatePnpQueryCanceled),
            (E.SurpriseRemove, S.WdfDevStatePnpQueriedSurpriseRemove)),
        Row(S.WdfDevStatePnpQueryCanceled, _ => S.WdfDevStatePnpStarted),
        Row(S.WdfDevStatePnpQueriedRemoving, p => p.PolicyStop(),
            (E.PwrPolStopped, S.WdfDevStatePnpRemovingDisableInterfaces),
            (E.PwrPolStopFailed, S.WdfDevStatePnpRemovingDisableInterfaces)) with { KnownDropped = E.PowerDownFailed | E.PowerUpFailed },
        Row(S.WdfDevStatePnpStartedRemoving, p => p.PolicyStop(),
            (E.PwrPolStopped, S.WdfDevStatePnpRemovingDisableInterfaces),
            (E.PwrPolStopFailed, S.WdfDevStatePnpRemovingDisableInterfaces)) with { KnownDropped = E.PowerDownFailed | E.PowerUpFailed },
        Row(S.WdfDevStatePnpRemovingDisableInterfaces, RemovingDisableInterfaces, (E.PwrPolRemoved, S.WdfDevStatePnpRemoved)),
        // No child lists yet: no children to wait for (RemovedWaitForChildren).
        Row(S.WdfDevStatePnpRemoved, _ => S.WdfDevStatePnpRemovedChildrenRemoved),
        Row(S.WdfDevStatePnpRemovedChildrenRemoved, _ => S.WdfDevStatePnpFdoRemoved),
        Row(S.WdfDevStatePnpFdoRemoved, FdoRemoved),
        Row(S.WdfDevStatePnpFinal, null),

        // Query-stop, stop and start again (a rebalance).
        Row(S.WdfDevStatePnpQueryStopStaticCheck, p => p.StaticCheck(S.WdfDevStatePnpQueryStopAskDriver)),
        Row(S.WdfDevStatePnpQueryStopAskDriver, p => p.AskDriver(query: false, S.WdfDevStatePnpQueryStopEnsureDeviceAwake)),
        Row(S.WdfDevStatePnpQueryStopEnsureDeviceAwake, _ => S.WdfDevStatePnpQueryStopPending),
        Row(S.WdfDevStatePnpQueryStopPending, p => p.PassPendingIrpDown(),
            (E.Stop, S.WdfDevStatePnpStartedStopping),
            (E.CancelStop, S.WdfDevStatePnpQueryCanceled),
            (E.SurpriseRemove, S.WdfDevStatePnpQueriedSurpriseRemove)),
        Row(S.WdfDevStatePnpStartedStopping, p => p.PolicyStop(),
            (E.PwrPolStopped, S.WdfDevStatePnpStopped),
            (E.PwrPolStopFailed, S.WdfDevStatePnpFailedOwnHardware)) with { KnownDropped = E.PowerDownFailed | E.PowerUpFailed },
        Row(S.WdfDevStatePnpStopped, Stopped,
            (E.StartDevice, S.WdfDevStatePnpStoppedWaitForStartCompletion),
            (E.SurpriseRemove, S.WdfDevStatePnpSurpriseRemove)),
        Row(S.WdfDevStatePnpStoppedWaitForStartCompletion, p => p.SendStartDown(S.WdfDevStatePnpStartingFromStopped),
            (E.StartDeviceFailed, S.WdfDevStatePnpFailed)),
        Row(S.WdfDevStatePnpStartingFromStopped, StartingFromStopped),
        Row(S.WdfDevStatePnpRestarting, p => p.PolicyStart(),
            (E.PwrPolStarted, S.WdfDevStatePnpStarted),
            (E.PwrPolStartFailed, S.WdfDevStatePnpHardwareAvailablePowerPolicyFailed)) with { KnownDropped = E.PowerUpFailed },

        // A START_DEVICE while started (IRP_MN_START_DEVICE after a resource change): stop, then start again.
        Row(S.WdfDevStatePnpRestart, p => p.PolicyStop(),
            (E.PwrPolStopped, S.WdfDevStatePnpRestartReleaseHardware),
            (E.PwrPolStopFailed, S.WdfDevStatePnpHardwareAvailablePowerPolicyFailed)) with { KnownDropped = E.PowerDownFailed | E.PowerUpFailed },
        Row(S.WdfDevStatePnpRestartReleaseHardware, RestartReleaseHardware, (E.StartDeviceFailed, S.WdfDevStatePnpFailed)),
        Row(S.WdfDevStatePnpRestartHardwareAvailable, RestartHardwareAvailable,
            (E.PwrPolStarted, S.WdfDevStatePnpStarted),
            (E.PwrPolStartFailed, S.WdfDevStatePnpHardwareAvailablePowerPolicyFailed)),

        // Surprise removal and failure.
        Row(S.WdfDevStatePnpQueriedSurpriseRemove, _ => S.WdfDevStatePnpSurpriseRemoveIoStarted),
        Row(S.WdfDevStatePnpSurpriseRemoveIoStarted, p => p.SurpriseRemoval(S.WdfDevStatePnpFailedIoStarting)),
        Row(S.WdfDevStatePnpSurpriseRemove, p => p.SurpriseRemoval(S.WdfDevStatePnpFailed)),
        Row(S.WdfDevStatePnpFailedIoStarting, p => p.PolicySurpriseRemove(),
            (E.PwrPolStopped, S.WdfDevStatePnpFailedOwnHardware),
            (E.PwrPolStopFailed, S.WdfDevStatePnpFailedOwnHardware)) with { KnownDropped = E.PowerDownFailed | E.PowerUpFailed },
        Row(S.WdfDevStatePnpFailedPowerDown, p => p.PolicyStop(),
            (E.PwrPolStopped, S.WdfDevStatePnpFailedOwnHardware),
            (E.PwrPolStopFailed, S.WdfDevStatePnpFailedOwnHardware)) with { KnownDropped = E.PowerDownFailed },
        Row(S.WdfDevStatePnpFailedOwnHardware, FailedOwnHardware),
        Row(S.WdfDevStatePnpFailed, Failed, (E.PwrPolRemoved, S.WdfDevStatePnpFailedPowerPolicyRemoved)),
        Row(S.WdfDevStatePnpFailedPowerPolicyRemoved, FailedPowerPolicyRemoved),
        Row(S.WdfDevStatePnpFailedWaitForRemove, null,
            (E.Remove, S.WdfDevStatePnpRemoved),
            (E.SurpriseRemove, S.WdfDevStatePnpFailedSurpriseRemoved),
            (E.StartDevice, S.WdfDevStatePnpFailedStarted))
            with { KnownDropped = E.PowerUpFailed | E.PowerDownFailed | E.QueryRemove | E.CancelStop | E.CancelRemove },
        Row(S.WdfDevStatePnpFailedSurpriseRemoved, p => p.SurpriseRemoval(S.WdfDevStatePnpFailedWaitForRemove, finish: true)),
        Row(S.WdfDevStatePnpFailedStarted, p => p.FailPendingIrp(Wdm.STATUS_INVALID_DEVICE_STATE, S.WdfDevStatePnpFailedWaitForRemove)),
        Row(S.WdfDevStatePnpFailedInit, p => p.FinishPendingIrp(S.WdfDevStatePnpInit)));

    private static S InitStarting(FxPkgPnp pnp) => pnp.SendStartDown(S.WdfDevStatePnpHardwareAvailable);

    private static S InitSurpriseRemoved(FxPkgPnp pnp) => pnp.FinishPendingIrp(S.WdfDevStatePnpInit);

    /// <summary>EvtDevicePrepareHardware, then the power policy machine is started (PnpEventHardwareAvailable);
    /// a failed PrepareHardware fails the start (FailedInit: back to Init, START_DEVICE fails).</summary>
    private static S HardwareAvailable(FxPkgPnp pnp)
    {
        if (!Wdm.NT_SUCCESS(pnp.PrepareHardware()))
        {
            return S.WdfDevStatePnpFailedInit;
        }

        return pnp.PolicyStart();
    }

    private static S HardwareAvailablePowerPolicyFailed(FxPkgPnp pnp)
    {
        pnp.SetPendingStatus(Wdm.STATUS_DEVICE_POWER_FAILURE);
        return S.WdfDevStatePnpFailedOwnHardware;
    }

    private static S RemovingDisableInterfaces(FxPkgPnp pnp)
    {
        pnp.ReleaseHardware();
        pnp.CleanupForRemove(graceful: true);
        return pnp.PolicyRemove();
    }

    private static S FdoRemoved(FxPkgPnp pnp)
    {
        pnp.RemovedCommonCode();
        return S.WdfDevStatePnpFinal;
    }

    /// <summary>The hardware goes; the STOP_DEVICE goes down (PnpEventStopped).</summary>
    private static S Stopped(FxPkgPnp pnp)
    {
        var status = pnp.ReleaseHardware();
        if (!Wdm.NT_SUCCESS(status))
        {
            pnp.SetInternalFailure();
            pnp.FinishPendingIrp(S.WdfDevStatePnpNull);
            return S.WdfDevStatePnpFailed;
        }

        return pnp.FinishPendingIrp(S.WdfDevStatePnpNull);
    }

    private static S StartingFromStopped(FxPkgPnp pnp) =>
        Wdm.NT_SUCCESS(pnp.PrepareHardware()) ? S.WdfDevStatePnpRestarting : S.WdfDevStatePnpFailed;

    private static S RestartReleaseHardware(FxPkgPnp pnp)
    {
        var status = pnp.ReleaseHardware();
        if (!Wdm.NT_SUCCESS(status))
        {
            pnp.SetInternalFailure();
            pnp.SetPendingStatus(status);
            return S.WdfDevStatePnpFailed;
        }

        return pnp.SendStartDown(S.WdfDevStatePnpRestartHardwareAvailable);
    }

    private static S RestartHardwareAvailable(FxPkgPnp pnp) =>
        Wdm.NT_SUCCESS(pnp.PrepareHardware()) ? pnp.PolicyStart() : S.WdfDevStatePnpFailed;

    private static S FailedOwnHardware(FxPkgPnp pnp)
    {
        pnp.ReleaseHardware();
        return S.WdfDevStatePnpFailed;
    }

    private static S Failed(FxPkgPnp pnp)
    {
        pnp.CleanupForRemove(graceful: false);
        return pnp.PolicyRemove();
    }

    /// <summary>The pending IRP (START_DEVICE that failed, or SURPRISE_REMOVAL) is finished; a driver that
    /// reported itself failed has the PnP manager ask for its state again (PnpEventFailedPowerPolicyRemoved).</summary>
    private static S FailedPowerPolicyRemoved(FxPkgPnp pnp)
    {
        pnp.FinishPendingIrp(S.WdfDevStatePnpNull);
        pnp.InvalidateDeviceStateIfFailed();
        return S.WdfDevStatePnpFailedWaitForRemove;
    }

    private static FxStateRow<FxPkgPnp, S, E> Row(S state, Func<FxPkgPnp, S>? entry, params (E Event, S Target)[] transitions) =>
        new(state, entry, transitions);

    private static Dictionary<S, FxStateRow<FxPkgPnp, S, E>> Build(params FxStateRow<FxPkgPnp, S, E>[] rows) =>
        rows.ToDictionary(r => r.State);
}
