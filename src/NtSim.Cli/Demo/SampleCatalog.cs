using NtSim.Samples.Booster;
using NtSim.Samples.Cancel;
using NtSim.Samples.Echo;
using NtSim.Samples.Event;
using NtSim.Samples.Ioctl;
using NtSim.Samples.NonPnp;
using NtSim.Samples.ProcessProtector;
using NtSim.Samples.SysMon;
using NtSim.Samples.Zero;

namespace NtSim.Cli.Demo;

/// <summary>A sample: its service (the driver assembly in the drivers folder next to ntsim) and
/// its test application. A Plug and Play sample also names its INF and the hardware ID of the root
/// device it is installed on (devcon install); a legacy one is created and started as a service (sc).</summary>
internal sealed record Sample(string Service, string DriverFile, string App, Func<string[], int> Main, string Description,
    string? Inf = null, string? HardwareId = null)
{
    internal bool IsPnp => Inf is not null;
}

/// <summary>The sample drivers that ship with ntsim, in the order the demo runs them.</summary>
internal static class SampleCatalog
{
    internal static IReadOnlyList<Sample> All { get; } =
    [
        new("Zero", "Zero.dll", "zerotest", ZeroTest.Main, "reads of zeros, writes discarded, statistics (Windows Kernel Programming, ch. 7)"),
        new("SIoctl", "sioctl.dll", "ioctlapp", IoctlApp.Main, "the four IOCTL transfer methods (WDK general/ioctl)"),
        new("Event", "event.dll", "eventapp", EventApp.Main, "a timer DPC completes an IRP or signals the application's event (WDK general/event)"),
        new("CancelSamp", "cancel.dll", "canclapp", CanclApp.Main, "reads wait in a cancel-safe queue; cancelled on exit (WDK general/cancel)"),
        new("SysMon", "SysMon.dll", "sysmon", SysMonClient.Main, "process, thread and image notifications in a bounded list (Windows Kernel Programming, ch. 9)"),
        new("KProtect", "ProcessProtect.dll", "protect", ProtectClient.Main, "ObRegisterCallbacks strips PROCESS_TERMINATE from protected processes (Windows Kernel Programming)"),
        new("Booster", "booster.dll", "boost", Boost.Main, "sets a thread's priority beyond its class (Windows Kernel Programming, ch. 4)"),
    ];

    /// <summary>The KMDF samples `ntsim run` knows besides the demo's (the demo's KMDF part is its own).</summary>
    internal static IReadOnlyList<Sample> Kmdf { get; } =
    [
        new("NONPNP", "nonpnp.dll", "nonpnpapp", NonPnpApp.Main, "KMDF control device: the four IOCTL transfer methods, a file kept in pool (WDK general/ioctl/kmdf)"),
        new("ECHO", "echo.dll", "echoapp", EchoApp.Main, "KMDF: requests held until a timer completes them, sequential queue with queue-level synchronization (WDK general/echo/kmdf, AutoSync)",
            Inf: "echo.inf", HardwareId: @"root\ECHO"),
    ];

    /// <summary>Every application `ntsim run` can run.</summary>
    internal static IReadOnlyList<Sample> Runnable { get; } = [.. All, .. Kmdf];

    /// <summary>The folder the sample driver assemblies are copied to at build.</summary>
    internal static string DriversFolder => Path.Combine(AppContext.BaseDirectory, "drivers");

    internal static string DriverPath(Sample sample) => Path.Combine(DriversFolder, sample.DriverFile);

    internal static Sample? ByApp(string app) =>
        Runnable.FirstOrDefault(s => string.Equals(s.App, app, StringComparison.OrdinalIgnoreCase));
}
