using NtSim.Setup;

namespace NtSim.Cli.Machines;

/// <summary>What devcon and pnputil ask of device setup: the driver store, installs and driver selection.</summary>
internal interface IDeviceSetup
{
    DriverStore Store { get; }

    /// <summary>pnputil /add-driver.</summary>
    DriverPackage AddDriver(string infPath);

    /// <summary>pnputil /add-driver /install: the devices the package was installed on.</summary>
    IReadOnlyList<DeviceNode> AddDriverAndInstall(string infPath);

    /// <summary>devcon install: a root-enumerated device with that hardware ID, installed from the INF; its instance path.</summary>
    string InstallRootDevice(string infPath, string hardwareId);

    /// <summary>devcon update: the devices with that hardware ID, reinstalled from the INF.</summary>
    IReadOnlyList<DeviceNode> Update(string infPath, string hardwareId);

    /// <summary>pnputil /delete-driver [/force].</summary>
    void DeleteDriver(string publishedName, bool force);

    /// <summary>devcon drivernodes: the driver nodes of the store's packages that match the device, best first.</summary>
    DriverSelection DriverNodes(DeviceNode node);
}
