using System.Collections.Concurrent;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests.Drivers;

/// <summary>
/// A non-PnP KMDF driver whose DriverEntry, after WdfDriverCreate, runs the script a test gave for
/// its service name: what a test wants a driver to do at PASSIVE_LEVEL in the driver's own module.
/// </summary>
public sealed class ScriptedKmdfDriver : IDriver
{
    private static readonly ConcurrentDictionary<string, Func<WDFDRIVER, NTSTATUS>> s_scripts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Installs the driver as <paramref name="service"/> with <paramref name="script"/> to run.</summary>
    public static void Install(Machine machine, string service, Func<WDFDRIVER, NTSTATUS> script)
    {
        s_scripts[service] = script;
        machine.Services.Install<ScriptedKmdfDriver>(service);
    }

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        WDF_DRIVER_CONFIG_INIT(out var config, null);
        config.DriverInitFlags |= WdfDriverInitNonPnpDriver;
        config.EvtDriverUnload = _ => { };
        var status = WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, config, out var driver);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        var service = RegistryPath.ToString().Split('\\')[^1];
        return s_scripts.TryGetValue(service, out var script) ? script(driver) : STATUS_SUCCESS;
    }
}
