using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// Device installation for the host, as devcon and pnputil do it: driver packages go into the
/// machine's driver store, and devices get the best-ranked driver of the store (or the one asked
/// for). The PnP manager calls the installer for every new device that has no driver yet.
/// </summary>
[DebuggerDisplay("Setup: {Store.Packages.Count} package(s)")]
public sealed class DeviceSetup
{
    private readonly Machine _machine;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DriverPackage> _preferred = new(StringComparer.OrdinalIgnoreCase);
    private DriverStore? _store;
    private DeviceInstaller? _installer;

    internal DeviceSetup(Machine machine)
    {
        _machine = machine;
        machine.Pnp.Installer = (_, node) => Install(node);
    }

    /// <summary>The machine's driver store, <c>Windows\System32\DriverStore</c> of its folder.</summary>
    public DriverStore Store
    {
        get
        {
            lock (_lock)
            {
                return _store ??= new DriverStore(Path.Combine(_machine.SystemRoot, "System32", "DriverStore"));
            }
        }
    }

    private DeviceInstaller Installer
    {
        get
        {
            var store = Store;
            lock (_lock)
            {
                return _installer ??= new DeviceInstaller(_machine, store);
            }
        }
    }

    /// <summary>pnputil /add-driver: the package is copied into the store (DriverStoreException on a bad package).</summary>
    public DriverPackage AddDriver(string infPath) => Store.Add(infPath, DeviceInstaller.Architecture);

    /// <summary>pnputil /add-driver /install: adds the package, then installs it on the present
    /// devices that have no driver and that it matches. Returns those devices.</summary>
    public IReadOnlyList<DeviceNode> AddDriverAndInstall(string infPath)
    {
        var package = AddDriver(infPath);
        var installed = new List<DeviceNode>();
        foreach (var node in _machine.Pnp.Nodes.Where(n => n.Problem == Wdm.CM_PROB_FAILED_INSTALL))
        {
            if (Matches(package, node))
            {
                Prefer(node.InstancePath, package);
                _machine.Pnp.Restart(node.InstancePath);
                installed.Add(node);
            }
        }

        return installed;
    }

    /// <summary>devcon install: adds the package, creates a root-enumerated device
    /// (<c>ROOT\&lt;CLASS&gt;\NNNN</c>) with the hardware ID, and installs the package on it. The device
    /// node tells how it went (State, Problem). Returns its instance path.</summary>
    public string InstallRootDevice(string infPath, string hardwareId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hardwareId);
        var package = AddDriver(infPath);
        if (DriverSelection.Rank([hardwareId], [], [package.Document], DeviceInstaller.Architecture, DeviceInstaller.OsVersion).Best is null)
        {
            throw new DeviceSetupException($"{infPath}: no model in [Manufacturer] matches the hardware ID {hardwareId} for {DeviceInstaller.Architecture}"
                + $" (models: {string.Join(", ", package.Document.Models(DeviceInstaller.Architecture, DeviceInstaller.OsVersion).Select(m => m.HardwareId).Distinct())})");
        }

        var name = (package.ClassName ?? "UNKNOWN").ToUpperInvariant();
        var instance = _machine.Pnp.RegisterRootDevice(name, [hardwareId]);
        Prefer(instance, package);
        _machine.Pnp.Enumerate();
        return instance;
    }

    /// <summary>devcon update: adds the package and installs it on every device with the hardware
    /// ID (in its hardware or compatible IDs), restarting each. Returns those devices.</summary>
    public IReadOnlyList<DeviceNode> Update(string infPath, string hardwareId)
    {
        var package = AddDriver(infPath);
        var nodes = _machine.Pnp.Nodes.Where(n => n.HardwareIds.Concat(n.CompatibleIds).Contains(hardwareId, StringComparer.OrdinalIgnoreCase)).ToList();
        if (nodes.Count == 0)
        {
            throw new DeviceSetupException($"no device has the hardware ID {hardwareId}");
        }

        foreach (var node in nodes)
        {
            if (!Matches(package, node))
            {
                throw new DeviceSetupException($"{infPath}: no model matches {node.InstancePath} ({string.Join(", ", node.HardwareIds)})");
            }

            Prefer(node.InstancePath, package);
            _machine.Pnp.Reinstall(node.InstancePath);
        }

        return nodes;
    }

    /// <summary>pnputil /delete-driver: a package installed on a device is refused unless <paramref name="force"/>.</summary>
    public void DeleteDriver(string publishedName, bool force = false) => Store.Delete(publishedName, force ? null : InUse);

    /// <summary>devcon drivernodes: the store's driver nodes for the device, best first.</summary>
    public DriverSelection DriverNodes(DeviceNode node) => Installer.Rank(node);

    /// <summary>The published name of the package installed on the device (its driver key's InfPath), or null.</summary>
    public string? InstalledPackage(DeviceNode node)
    {
        var registry = _machine.Registry;
        return registry.GetValue(DeviceRegistry.HardwareKey(node), "Driver")?.String is { Length: > 0 } driver
            ? registry.GetValue(DeviceRegistry.ClassPath + @"\" + driver, "InfPath")?.String
            : null;
    }

    /// <summary>The PnP manager's installer step for a device without a driver (on its thread).</summary>
    private bool Install(DeviceNode node)
    {
        DriverPackage? preferred;
        lock (_lock)
        {
            _preferred.Remove(node.InstancePath, out preferred);
        }

        try
        {
            return Installer.Install(node, preferred);
        }
        catch (Exception e) when (e is DeviceSetupException or DriverStoreException or IOException or UnauthorizedAccessException)
        {
            node.Problem = Wdm.CM_PROB_FAILED_INSTALL;
            node.Note($"problem 28 (CM_PROB_FAILED_INSTALL): {e.Message}");
            return false;
        }
    }

    private void Prefer(string instancePath, DriverPackage package)
    {
        lock (_lock)
        {
            _preferred[instancePath] = package;
        }
    }

    private static bool Matches(DriverPackage package, DeviceNode node) =>
        DriverSelection.Rank(node.HardwareIds, node.CompatibleIds, [package.Document], DeviceInstaller.Architecture, DeviceInstaller.OsVersion).Best is not null;

    /// <summary>Why a package cannot be deleted: the devices it is installed on.</summary>
    private string? InUse(DriverPackage package)
    {
        var users = _machine.Pnp.Nodes.Where(n => string.Equals(InstalledPackage(n), package.PublishedName, StringComparison.OrdinalIgnoreCase))
            .Select(n => n.InstancePath).ToList();
        return users.Count == 0 ? null : $"installed on {string.Join(", ", users)}";
    }
}
