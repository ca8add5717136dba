using System.Collections.Concurrent;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests.Drivers;

/// <summary>
/// A non-PnP KMDF driver whose DriverEntry runs a test's script after WdfDriverCreate, so a test
/// exercises framework DDIs as driver code (the framework knows its caller by the driver's module).
/// Scripts are found by service name: tests running in parallel each install their own service.
/// </summary>
public sealed class ScriptedDriver : IDriver
{
    private static readonly ConcurrentDictionary<string, Func<WDFDRIVER, NTSTATUS>> s_scripts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Installs the driver as <paramref name="service"/> with <paramref name="script"/> and starts it.</summary>
    public static RunStatus Run(Machine machine, string service, Func<WDFDRIVER, NTSTATUS> script)
    {
        s_scripts[service] = script;
        machine.Services.Install<ScriptedDriver>(service);
        KmdfRig.ReportWithoutBreak(machine, service);
        return machine.Services.Start(service);
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

        var service = RegistryPath.ToString()[(RegistryPath.ToString().LastIndexOf('\\') + 1)..];
        return s_scripts.TryRemove(service, out var script) ? script(driver) : STATUS_SUCCESS;
    }
}
