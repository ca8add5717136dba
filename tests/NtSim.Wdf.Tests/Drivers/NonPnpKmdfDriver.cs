using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests.Drivers;

/// <summary>
/// A non-PnP KMDF driver that does nothing but bind: DriverEntry prints a line and calls
/// WdfDriverCreate with WdfDriverInitNonPnpDriver. Built for the newest KMDF (no attribute).
/// </summary>
public class NonPnpKmdfDriver : IDriver
{
    public const string EntryLine = "NonPnpKmdf: DriverEntry\n";

    public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
    {
        KdPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_ERROR_LEVEL, EntryLine);
        WDF_DRIVER_CONFIG_INIT(out var config, null);
        config.DriverInitFlags |= WdfDriverInitNonPnpDriver;
        config.EvtDriverUnload = _ => { };
        return WdfDriverCreate(DriverObject, RegistryPath, WDF_NO_OBJECT_ATTRIBUTES, config, out _);
    }
}

/// <summary>The same driver built for KMDF 1.31 (the WDK of Windows 10 2004).</summary>
[KmdfVersion(1, 31)]
public sealed class Kmdf131Driver : NonPnpKmdfDriver
{
}

/// <summary>The same driver built for KMDF 1.29 (what Windows 10 1903 and 1909 have).</summary>
[KmdfVersion(1, 29)]
public sealed class Kmdf129Driver : NonPnpKmdfDriver
{
}

/// <summary>The same driver built for a KMDF 2.x that does not exist: another major never binds.</summary>
[KmdfVersion(2, 0)]
public sealed class Kmdf20Driver : NonPnpKmdfDriver
{
}
