using System.Collections.Concurrent;

namespace NtSim.WdfTests.Drivers;

/// <summary>
/// What one test wants of <see cref="PnpProbeDriver"/> and what the driver saw: the callbacks in order,
/// and, when the device was deleted, its three state histories and its driver's in-flight recorder.
/// Found by service name, so that tests running side by side (each with its own service) never meet.
/// </summary>
public sealed class PnpProbe
{
    private static readonly ConcurrentDictionary<string, PnpProbe> s_probes = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _calls = [];

    public PnpProbe(string service) => Service = service;

    public string Service { get; }

    public NTSTATUS PrepareHardwareStatus { get; init; } = Wdm.STATUS_SUCCESS;

    public NTSTATUS D0EntryStatus { get; init; } = Wdm.STATUS_SUCCESS;

    public NTSTATUS D0ExitStatus { get; init; } = Wdm.STATUS_SUCCESS;

    public NTSTATUS QueryRemoveStatus { get; init; } = Wdm.STATUS_SUCCESS;

    public NTSTATUS QueryStopStatus { get; init; } = Wdm.STATUS_SUCCESS;

    /// <summary>WdfDeviceSetStaticStopRemove(FALSE) in EvtDriverDeviceAdd.</summary>
    public bool NotStoppable { get; init; }

    /// <summary>The device is a filter (WdfFdoInitSetFilter): it does not own power policy.</summary>
    public bool AsFilter { get; init; }

    /// <summary>Runs in EvtDriverDeviceAdd once the device is created (DDIs a driver calls there).</summary>
    public Action<WDFDEVICE>? OnAdd { get; init; }

    /// <summary>Runs in EvtDevicePrepareHardware with the number of the call (1 for the first start).</summary>
    public Action<WDFDEVICE, int>? OnPrepareHardware { get; init; }

    /// <summary>Registers EvtDevicePnpStateChange (which records "State(type, from->to)") in EvtDriverDeviceAdd;
    /// the statuses of the registrations are kept in <see cref="RegistrationStatuses"/>.</summary>
    public (WDF_DEVICE_PNP_STATE State, uint Types)[] StateChanges { get; init; } = [];

    public List<NTSTATUS> RegistrationStatuses { get; } = [];

    /// <summary>The device, while it lives.</summary>
    public WDFDEVICE Device { get; internal set; }

    /// <summary>The PnP state at each callback (WdfDeviceGetDevicePnpState), beside <see cref="Calls"/>.</summary>
    public List<WDF_DEVICE_PNP_STATE> PnpStateAtCall { get; } = [];

    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>The histories and recorder lines taken in the device's EvtCleanupCallback.</summary>
    public (WDF_DEVICE_PNP_STATE[] Pnp, WDF_DEVICE_POWER_STATE[] Power, WDF_DEVICE_POWER_POLICY_STATE[] Policy)? FinalHistories { get; internal set; }

    public IReadOnlyList<string> FinalLog { get; internal set; } = [];

    public static PnpProbe Create(string service, Func<string, PnpProbe>? make = null)
    {
        var probe = make?.Invoke(service) ?? new PnpProbe(service);
        s_probes[service] = probe;
        return probe;
    }

    internal static PnpProbe For(string service) => s_probes[service];

    internal void Record(string call, WDF_DEVICE_PNP_STATE state)
    {
        lock (_calls)
        {
            _calls.Add(call);
            PnpStateAtCall.Add(state);
        }
    }
}
