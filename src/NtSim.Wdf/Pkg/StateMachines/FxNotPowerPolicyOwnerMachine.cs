using S = NtSim.WDF_DEVICE_POWER_POLICY_STATE;
using E = NtSim.FxPowerPolicyEvent;

namespace NtSim;

/// <summary>
/// The power policy machine of a device that does not own its stack's power policy (a filter, by
/// default): notpowerpolicyownerstatemachine.cpp, m_WdfNotPowerPolicyOwnerStates. It only relays:
/// start and stop become the implicit D0 and D3 of the power machine, and the results go back to PnP.
/// It rests in StartingSucceeded while started. The Dx/D0 rows (GotoDx, Dx, GotoD0), taken when the
/// owner moves the stack in and out of D0, come with device power IRPs.
/// </summary>
internal static class FxNotPowerPolicyOwnerMachine
{
    internal static readonly IReadOnlyDictionary<S, FxStateRow<FxPkgPnp, S, E>> Table = Build(
        Row(S.WdfDevStatePwrPolObjectCreated, null, (E.PwrPolStart, S.WdfDevStatePwrPolStarting), (E.PwrPolRemove, S.WdfDevStatePwrPolRemoved)),
        Row(S.WdfDevStatePwrPolStarting, p => p.PostPowerAndWait(FxPowerEvent.PowerImplicitD0),
            (E.PwrPolPowerUp, S.WdfDevStatePwrPolStarted),
            (E.PwrPolPowerUpFailed, S.WdfDevStatePwrPolStartingFailed)),
        Row(S.WdfDevStatePwrPolStarted, p => p.PostPnpAndGo(FxPnpEvent.PwrPolStarted, S.WdfDevStatePwrPolStartingSucceeded)),
        Row(S.WdfDevStatePwrPolStartingSucceeded, null,
            (E.PwrPolStop, S.WdfDevStatePwrPolStopping),
            (E.PwrPolSurpriseRemove, S.WdfDevStatePwrPolStopping)),
        Row(S.WdfDevStatePwrPolStopping, p => p.PostPowerAndGo(FxPowerEvent.PowerImplicitD3, S.WdfDevStatePwrPolStoppingWaitingForImplicitPowerDown)),
        Row(S.WdfDevStatePwrPolStoppingWaitingForImplicitPowerDown, null,
            (E.PwrPolImplicitPowerDown, S.WdfDevStatePwrPolStoppingSendStatus),
            (E.PwrPolImplicitPowerDownFailed, S.WdfDevStatePwrPolStoppingFailed)),
        Row(S.WdfDevStatePwrPolStoppingSendStatus, p => p.PostPnpAndGo(FxPnpEvent.PwrPolStopped, S.WdfDevStatePwrPolStopped)),
        Row(S.WdfDevStatePwrPolStoppingFailed, p => p.PostPnpAndGo(FxPnpEvent.PwrPolStopFailed, S.WdfDevStatePwrPolStopped)),
        Row(S.WdfDevStatePwrPolStartingFailed, p => p.PostPnpAndGo(FxPnpEvent.PwrPolStartFailed, S.WdfDevStatePwrPolNull),
            (E.PwrPolRemove, S.WdfDevStatePwrPolRemoved)),
        Row(S.WdfDevStatePwrPolStopped, null, (E.PwrPolStart, S.WdfDevStatePwrPolStarting), (E.PwrPolRemove, S.WdfDevStatePwrPolRemoved))
            with { KnownDropped = E.PwrPolSurpriseRemove },
        Row(S.WdfDevStatePwrPolRemoved, p => p.PostPnpAndGo(FxPnpEvent.PwrPolRemoved, S.WdfDevStatePwrPolNull),
            (E.PwrPolStart, S.WdfDevStatePwrPolStarting),
            (E.PwrPolRemove, S.WdfDevStatePwrPolRemoved)));

    private static FxStateRow<FxPkgPnp, S, E> Row(S state, Func<FxPkgPnp, S>? entry, params (E Event, S Target)[] transitions) =>
        new(state, entry, transitions);

    private static Dictionary<S, FxStateRow<FxPkgPnp, S, E>> Build(params FxStateRow<FxPkgPnp, S, E>[] rows) =>
        rows.ToDictionary(r => r.State);
}
