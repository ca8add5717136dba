using S = NtSim.WDF_DEVICE_POWER_POLICY_STATE;
using E = NtSim.FxPowerPolicyEvent;

namespace NtSim;

/// <summary>
/// The power policy state machine (powerpolicystatemachine.cpp), between the PnP machine and the power
/// machine: PnP asks it to start, stop, surprise-remove and remove; it asks the power machine for the
/// implicit D0 and D3 and reports back to PnP (PwrPolStarted, PwrPolStopped, PwrPolRemoved or their
/// failures). A device that does not own power policy runs <see cref="FxNotPowerPolicyOwnerMachine"/>.
/// Room to grow: idle (StartedIdleCapable, TimerExpiredNoWake ... WaitingUnarmed), wake
/// (StartedWakeCapable, WaitingArmed ...) and system sleep (Sleeping ...) take the Started row's
/// place with the power issue; today StartingDecideS0Wake always goes to Started.
/// </summary>
internal static class FxPowerPolicyMachine
{
    internal static readonly IReadOnlyDictionary<S, FxStateRow<FxPkgPnp, S, E>> Table = Build(
        Row(S.WdfDevStatePwrPolObjectCreated, null,
            (E.PwrPolStart, S.WdfDevStatePwrPolStarting),
            (E.PwrPolRemove, S.WdfDevStatePwrPolStoppedRemoving)),
        Row(S.WdfDevStatePwrPolStarting, p => p.PostPowerAndWait(FxPowerEvent.PowerImplicitD0),
            (E.PwrPolPowerUp, S.WdfDevStatePwrPolStartingPoweredUp),
            (E.PwrPolPowerUpFailed, S.WdfDevStatePwrPolStartingFailed)),
        Row(S.WdfDevStatePwrPolStartingPoweredUp, _ => S.WdfDevStatePwrPolStartingSucceeded),
        Row(S.WdfDevStatePwrPolStartingSucceeded, p => p.PostPnpAndGo(FxPnpEvent.PwrPolStarted, S.WdfDevStatePwrPolStartingDecideS0Wake)),
        // Idle and wake are not simulated: no idle timer to arm, so never StartedIdleCapable or StartedWakeCapable.
        Row(S.WdfDevStatePwrPolStartingDecideS0Wake, _ => S.WdfDevStatePwrPolStarted),
        Row(S.WdfDevStatePwrPolStartingFailed, p => p.PostPnpAndGo(FxPnpEvent.PwrPolStartFailed, S.WdfDevStatePwrPolStopped)),
        Row(S.WdfDevStatePwrPolStarted, null,
            (E.PwrPolStop, S.WdfDevStatePwrPolStopping),
            (E.PwrPolSurpriseRemove, S.WdfDevStatePwrPolStopping)),
        Row(S.WdfDevStatePwrPolStopping, p => p.PostPowerAndWait(FxPowerEvent.PowerImplicitD3),
            (E.PwrPolImplicitPowerDown, S.WdfDevStatePwrPolStoppingSendStatus),
            (E.PwrPolImplicitPowerDownFailed, S.WdfDevStatePwrPolStoppingFailed)),
        Row(S.WdfDevStatePwrPolStoppingSendStatus, p => p.PostPnpAndGo(FxPnpEvent.PwrPolStopped, S.WdfDevStatePwrPolStopped)),
        Row(S.WdfDevStatePwrPolStoppingFailed, p => p.PostPnpAndGo(FxPnpEvent.PwrPolStopFailed, S.WdfDevStatePwrPolStopped)),
        Row(S.WdfDevStatePwrPolStopped, null,
            (E.PwrPolStart, S.WdfDevStatePwrPolRestarting),
            (E.PwrPolRemove, S.WdfDevStatePwrPolStoppedRemoving)) with { KnownDropped = E.PwrPolSurpriseRemove },
        Row(S.WdfDevStatePwrPolRestarting, p => p.PostPowerAndWait(FxPowerEvent.PowerImplicitD0),
            (E.PwrPolPowerUp, S.WdfDevStatePwrPolStartingPoweredUp),
            (E.PwrPolPowerUpFailed, S.WdfDevStatePwrPolRestartingFailed)),
        Row(S.WdfDevStatePwrPolRestartingFailed, p => p.PostPnpAndGo(FxPnpEvent.PwrPolStartFailed, S.WdfDevStatePwrPolStopped)),
        Row(S.WdfDevStatePwrPolStoppedRemoving, p => p.PostPnpAndGo(FxPnpEvent.PwrPolRemoved, S.WdfDevStatePwrPolRemoved)),
        Row(S.WdfDevStatePwrPolRemoved, null));

    private static FxStateRow<FxPkgPnp, S, E> Row(S state, Func<FxPkgPnp, S>? entry, params (E Event, S Target)[] transitions) =>
        new(state, entry, transitions);

    private static Dictionary<S, FxStateRow<FxPkgPnp, S, E>> Build(params FxStateRow<FxPkgPnp, S, E>[] rows) =>
        rows.ToDictionary(r => r.State);
}
