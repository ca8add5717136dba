using System.Diagnostics;

namespace NtSim;

/// <summary>One service in the service control manager's database (services.exe's SERVICE record):
/// its configuration, its status, and the driver image while one is loaded.</summary>
[DebuggerDisplay("{Name,nq} {State}")]
internal sealed class ServiceRecord
{
    internal ServiceRecord(string name, string displayName, string imagePath, uint startType, uint errorControl, Type? hostType)
    {
        Name = name;
        DisplayName = displayName;
        ImagePath = imagePath;
        StartType = startType;
        ErrorControl = errorControl;
        HostType = hostType;
    }

    internal string Name { get; }

    internal string DisplayName { get; }

    internal string ImagePath { get; }

    internal uint StartType { get; }

    internal uint ErrorControl { get; }

    internal uint ServiceType => Wdm.SERVICE_KERNEL_DRIVER;

    /// <summary>For <see cref="ServiceControlManager.Install(string, Type, uint, uint)"/>: the driver type of the host.</summary>
    internal Type? HostType { get; }

    internal ServiceState State { get; set; } = ServiceState.Stopped;

    internal uint Win32ExitCode { get; set; } = Win32Error.ERROR_SERVICE_NEVER_STARTED;

    internal bool MarkedForDelete { get; set; }

    /// <summary>The loaded image: while running, while the stop is pending, and while device objects
    /// keep a stopped driver's image loaded.</summary>
    internal DriverImage? Image { get; set; }

    internal UnloadReport? LastUnloadReport { get; set; }

    /// <summary>The PnP manager loaded the driver for a device; it unloads when its last device goes.</summary>
    internal bool LoadedByPnp { get; set; }

    internal ServiceStatus ToStatus() => new(Name, DisplayName, ServiceType, State, StartType, ErrorControl, ImagePath, Win32ExitCode,
        State == ServiceState.Running && Image?.Driver?.DriverUnload is not null, MarkedForDelete, LastUnloadReport);
}
