using System.Collections.Concurrent;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests.Drivers;

/// <summary>What a test has <see cref="HardwareProbeDriver"/> do, found by service name.</summary>
public sealed class HardwareProbe
{
    private static readonly ConcurrentDictionary<string, HardwareProbe> s_probes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Runs in EvtDriverDeviceAdd before WdfDeviceCreate (WdfFdoInit* DDIs).</summary>
    public Action<WDFDEVICE_INIT>? OnInit { get; init; }

    /// <summary>Runs in EvtDriverDeviceAdd once the device is created.</summary>
    public Action<WDFDEVICE>? OnAdd { get; init; }

    /// <summary>EvtDevicePrepareHardware with the raw and translated lists.</summary>
    public Func<WDFDEVICE, WDFCMRESLIST, WDFCMRESLIST, NTSTATUS>? OnPrepareHardware { get; init; }

    /// <summary>EvtDeviceReleaseHardware with the translated list.</summary>
    public Action<WDFDEVICE, WDFCMRESLIST>? OnReleaseHardware { get; init; }

    public WDFDEVICE Device { get; internal set; }

    public static HardwareProbe Create(string service, HardwareProbe probe)
    {
        s_probes[service] = probe;
        return probe;
    }

    /// <summary>Installs the driver as <paramref name="service"/> (failure statuses without the verifier's break)
    /// and creates its root device with <paramref name="hardwareId"/>; returns the instance path.</summary>
    public static string Install(Machine machine, string service, string hardwareId)
    {
        machine.Services.Install<HardwareProbeDriver>(service);
        KmdfRig.ReportWithoutBreak(machine, service);
        return machine.Pnp.CreateRootDevice(service, [hardwareId], service: service);
    }

    internal static HardwareProbe For(string service) => s_probes[service];
}

/// <summary>A KMDF function driver that runs its test's <see cref="HardwareProbe"/> in EvtDriverDeviceAdd,
/// EvtDevicePrepareHardware and EvtDeviceReleaseHardware.</summary>
public sealed class HardwareProbeDriver : IDriver
{
    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        WDF_DRIVER_CONFIG_INIT(out var config, HardwareProbeEvtDeviceAdd);
        return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, config, out _);
    }

    private static NTSTATUS HardwareProbeEvtDeviceAdd(WDFDRIVER Driver, WDFDEVICE_INIT DeviceInit)
    {
        var path = WdfDriverGetRegistryPath(Driver);
        var probe = HardwareProbe.For(path[(path.LastIndexOf('\\') + 1)..]);
        WDF_PNPPOWER_EVENT_CALLBACKS_INIT(out var pnp);
        pnp.EvtDevicePrepareHardware = (d, raw, translated) => probe.OnPrepareHardware?.Invoke(d, raw, translated) ?? STATUS_SUCCESS;
        pnp.EvtDeviceReleaseHardware = (d, translated) =>
        {
            probe.OnReleaseHardware?.Invoke(d, translated);
            return STATUS_SUCCESS;
        };
        WdfDeviceInitSetPnpPowerEventCallbacks(DeviceInit, pnp);
        probe.OnInit?.Invoke(DeviceInit);
        var status = WdfDeviceCreate(ref DeviceInit, WDF_NO_OBJECT_ATTRIBUTES, out var device);
        if (!NT_SUCCESS(status))
        {
            return status;
        }

        probe.Device = device;
        probe.OnAdd?.Invoke(device);
        return STATUS_SUCCESS;
    }
}
