using System.Diagnostics;

namespace NtSim;

/// <summary>
/// The PnP and power package (FxPkgPnp, as FxPkgFdo) of a function or filter device: it turns the PnP
/// IRPs the PnP manager sends into events for three table-driven machines, PnP
/// (<see cref="FxPnpMachine"/>), power policy (<see cref="FxPowerPolicyMachine"/>, or
/// <see cref="FxNotPowerPolicyOwnerMachine"/> for a device that does not own it) and power
/// (<see cref="FxPowerMachine"/>), which call the driver's callbacks in the documented order
/// (kmdf.md §5.3). Events the machines send one another go through one queue per device, run by one
/// thread at a time, so a device's PnP and power callbacks never overlap and always run at PASSIVE_LEVEL.
/// </summary>
[DebuggerDisplay("{Pnp.Current} {Power.Current} {Policy.Current}")]
internal sealed partial class FxPkgPnp
{
    private readonly FxDevice _device;
    private readonly Lock _queueLock = new();
    private readonly Queue<(FxMachine Machine, uint Event)> _events = new();
    private bool _processing;

    internal FxPkgPnp(FxDevice device, WDFDEVICE_INIT init)
    {
        _device = device;
        Callbacks = init.Pnp;
        IsPowerPolicyOwner = init.Pnp.PowerPolicyOwner ?? !init.IsFilter;
        Pnp = new(FxPnpMachine.Table, this, WDF_DEVICE_PNP_STATE.WdfDevStatePnpObjectCreated, WDF_DEVICE_PNP_STATE.WdfDevStatePnpNull,
            "PnP State", m => Log("FxPkgPnp::PnpEnterNewState", m), init.Pnp.PnpStateCallbacks.Count == 0 ? null : NotifyPnpState);
        Power = new(FxPowerMachine.Table, this, WDF_DEVICE_POWER_STATE.WdfDevStatePowerObjectCreated, WDF_DEVICE_POWER_STATE.WdfDevStatePowerNull,
            "Power State", m => Log("FxPkgPnp::PowerEnterNewState", m));
        Policy = IsPowerPolicyOwner
            ? new(FxPowerPolicyMachine.Table, this, WDF_DEVICE_POWER_POLICY_STATE.WdfDevStatePwrPolObjectCreated, WDF_DEVICE_POWER_POLICY_STATE.WdfDevStatePwrPolNull,
                "power policy state", m => Log("FxPkgPnp::PowerPolicyEnterNewState", m))
            : new(FxNotPowerPolicyOwnerMachine.Table, this, WDF_DEVICE_POWER_POLICY_STATE.WdfDevStatePwrPolObjectCreated, WDF_DEVICE_POWER_POLICY_STATE.WdfDevStatePwrPolNull,
                "not power policy owner state", m => Log("FxPkgPnp::NotPowerPolicyOwnerEnterNewState", m));
    }

    private enum FxMachine
    {
        Pnp,
        Power,
        Policy,
    }

    internal FxPnpCallbacks Callbacks { get; }

    private WDF_PNPPOWER_EVENT_CALLBACKS Events => Callbacks.PnpPower;

    /// <summary>Whether this device owns its stack's power policy (WdfDeviceInitSetPowerPolicyOwnership;
    /// by default a function driver does and a filter does not).</summary>
    internal bool IsPowerPolicyOwner { get; }

    internal FxStateMachine<FxPkgPnp, WDF_DEVICE_PNP_STATE, FxPnpEvent> Pnp { get; }

    internal FxStateMachine<FxPkgPnp, WDF_DEVICE_POWER_STATE, FxPowerEvent> Power { get; }

    internal FxStateMachine<FxPkgPnp, WDF_DEVICE_POWER_POLICY_STATE, FxPowerPolicyEvent> Policy { get; }

    /// <summary>Whether power-managed queues present now (the device is in D0 with its I/O resumed).</summary>
    internal bool Started { get; private set; }

    internal void PostPnp(FxPnpEvent e) => Post(FxMachine.Pnp, (uint)e);

    internal void PostPower(FxPowerEvent e) => Post(FxMachine.Power, (uint)e);

    internal void PostPolicy(FxPowerPolicyEvent e) => Post(FxMachine.Policy, (uint)e);

    /// <summary>Queues an event; the thread that finds no one processing runs the queue dry. An event a
    /// state function posts is processed after that function's machine has settled (no recursion).</summary>
    private void Post(FxMachine machine, uint e)
    {
        lock (_queueLock)
        {
            _events.Enqueue((machine, e));
            if (_processing)
            {
                return;
            }

            _processing = true;
        }

        while (true)
        {
            (FxMachine Machine, uint Event) next;
            lock (_queueLock)
            {
                if (!_events.TryDequeue(out next) || _device.Globals.Machine.IsHalted)
                {
                    _events.Clear();
                    _processing = false;
                    return;
                }
            }

            _ = next.Machine switch
            {
                FxMachine.Pnp => Pnp.Process((FxPnpEvent)next.Event),
                FxMachine.Power => Power.Process((FxPowerEvent)next.Event),
                _ => Policy.Process((FxPowerPolicyEvent)next.Event),
            };
        }
    }

    private void Log(string function, string message) =>
        _device.Globals.Log.Add(function, $"WDFDEVICE 0x{_device.Handle:x16} !devobj 0x{_device.DeviceObject.ObjectAddress:x16} {message}");

    /// <summary>The three histories, oldest first (what !wdfdevice prints under "State history").</summary>
    internal (WDF_DEVICE_PNP_STATE[] Pnp, WDF_DEVICE_POWER_STATE[] Power, WDF_DEVICE_POWER_POLICY_STATE[] Policy) Histories =>
        (Pnp.History.ToArray(), Power.History.ToArray(), Policy.History.ToArray());
}
