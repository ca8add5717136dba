using NtSim.Setup;

namespace NtSim.Cli.Machines;

/// <summary>
/// Device setup over the machine's driver store alone, while the kernel has no device installer:
/// packages are added, listed, ranked and deleted; installing a driver on a device is refused with a
/// message that says so.
/// </summary>
internal sealed class StoreOnlySetup(DriverStore store) : IDeviceSetup
{
    private const string Architecture = "amd64";
    private static readonly Version s_osVersion = new(10, 0, 26100);

    public DriverStore Store => store;

    public DriverPackage AddDriver(string infPath) => store.Add(infPath, Architecture);

    public IReadOnlyList<DeviceNode> AddDriverAndInstall(string infPath) => throw NotAvailable("installing a package on devices");

    public string InstallRootDevice(string infPath, string hardwareId) => throw NotAvailable("installing a device from an INF");

    public IReadOnlyList<DeviceNode> Update(string infPath, string hardwareId) => throw NotAvailable("updating a device's driver from an INF");

    public void DeleteDriver(string publishedName, bool force) => store.Delete(publishedName);

    public DriverSelection DriverNodes(DeviceNode node) =>
        DriverSelection.Rank(node.HardwareIds, node.CompatibleIds, store.Packages.Select(p => p.Document), Architecture, s_osVersion);

    private static NotSupportedException NotAvailable(string what) =>
        new($"{what} needs the device installer, which this build of NtSim does not have yet.");
}
