using NtSim.Samples.Booster;
using NtSim.Samples.Cancel;
using NtSim.Samples.Event;
using NtSim.Samples.Ioctl;
using NtSim.Samples.ProcessProtector;
using NtSim.Samples.SysMon;
using NtSim.Samples.Zero;

namespace NtSim.Cli.Demo;

/// <summary>A sample: its service (the driver assembly in the drivers folder next to ntsim) and
/// its test application.</summary>
internal sealed record Sample(string Service, string DriverFile, string App, Func<string[], int> Main, string Description);

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

    /// <summary>The folder the sample driver assemblies are copied to at build.</summary>
    internal static string DriversFolder => Path.Combine(AppContext.BaseDirectory, "drivers");

    internal static string DriverPath(Sample sample) => Path.Combine(DriversFolder, sample.DriverFile);

    internal static Sample? ByApp(string app) =>
        All.FirstOrDefault(s => string.Equals(s.App, app, StringComparison.OrdinalIgnoreCase));
}
