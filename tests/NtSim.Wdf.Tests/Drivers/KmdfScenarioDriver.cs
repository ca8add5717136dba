using System.Collections.Concurrent;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests.Drivers;

/// <summary>What a scenario runs with: the driver and its control device.</summary>
public sealed record KmdfScenario(WDFDRIVER Driver, WDFDEVICE Device);

/// <summary>The driver context of <see cref="KmdfScenarioDriver"/>.</summary>
public sealed class SCENARIO_DRIVER_CONTEXT
{
    public WDFDEVICE ControlDevice;
}

/// <summary>
/// A non-PnP KMDF driver with one control device that runs, in DriverEntry (PASSIVE_LEVEL, a
/// system thread), the scenario a test registered under its service name: a test writes the
/// driver's part as a lambda and asserts what it recorded once sc start returns.
/// </summary>
public sealed class KmdfScenarioDriver : IDriver
{
    private static readonly ConcurrentDictionary<string, (Action<KmdfScenario> Scenario, string? DeviceName, Action<WDFDEVICE_INIT>? Configure)> s_scenarios = new(StringComparer.OrdinalIgnoreCase);

    private static readonly PFN_WDF_GET_CONTEXT<SCENARIO_DRIVER_CONTEXT> DriverGetContext = WDF_DECLARE_CONTEXT_TYPE_WITH_NAME<SCENARIO_DRIVER_CONTEXT>();

    /// <summary>Installs the driver as <paramref name="service"/> with <paramref name="scenario"/> to run at
    /// start, its control device named <paramref name="deviceName"/> and set up by <paramref name="configure"/> if given.</summary>
    public static void Install(Machine machine, string service, Action<KmdfScenario> scenario, string? deviceName = null,
        Action<WDFDEVICE_INIT>? configure = null)
    {
        s_scenarios[service] = (scenario, deviceName, configure);
        machine.Services.Install<KmdfScenarioDriver>(service);
        KmdfRig.ReportWithoutBreak(machine, service);
    }

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        WDF_DRIVER_CONFIG_INIT(out var config, null);
        config.DriverInitFlags |= WdfDriverInitNonPnpDriver;
        config.EvtDriverUnload = ScenarioEvtDriverUnload;
        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE<SCENARIO_DRIVER_CONTEXT>(out var driverAttributes);
        var status = WdfDriverCreate(DriverObject, RegistryPath, driverAttributes, config, out var driver);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        var service = RegistryPath.ToString().Split('\\')[^1];
        s_scenarios.TryRemove(service, out var registered);
        var init = WdfControlDeviceInitAllocate(driver, SDDL_DEVOBJ_SYS_ALL_ADM_ALL);
        if (registered.DeviceName is { } name)
        {
            WdfDeviceInitAssignName(init!, new UNICODE_STRING(name));
        }

        registered.Configure?.Invoke(init!);

        status = WdfDeviceCreate(ref init, WDF_NO_OBJECT_ATTRIBUTES, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        WdfControlFinishInitializing(device);
        DriverGetContext(driver)!.ControlDevice = device;
        registered.Scenario?.Invoke(new KmdfScenario(driver, device));

        return STATUS_SUCCESS;
    }

    private static void ScenarioEvtDriverUnload(WDFDRIVER Driver)
    {
        // A control device is the driver's to delete.
        WdfObjectDelete(DriverGetContext(Driver)!.ControlDevice);
    }
}
