using NtSim.Samples.Toaster;

namespace NtSim.Samples.Tests.Toaster;

/// <summary>The static bus and the toasters installed from their INF files (no installer hook: the
/// PnP manager installs each toaster from the driver store), on a machine with a folder, booted twice.</summary>
public sealed class ToasterRebootTests : IDisposable
{
    private static readonly string[] s_toasterStack = [@"\Driver\devupper", @"\Driver\toaster", @"\Driver\devlower", @"\Driver\statbus"];

    private readonly DirectoryInfo _machineFolder = Directory.CreateTempSubdirectory("ntsim-toaster-machine-");
    private readonly DirectoryInfo _packages = Directory.CreateTempSubdirectory("ntsim-toaster-packages-");

    public void Dispose()
    {
        _machineFolder.Delete(recursive: true);
        _packages.Delete(recursive: true);
    }

    [Fact]
    public void Boot_PersistentMachineWithInfInstalledToasters_SameStacksStartedWithoutInstalling()
    {
        var toasterInf = ToasterPackages.Build(_packages, "toaster.inf", "toaster", "devupper", "devlower");
        var statbusInf = ToasterPackages.Build(_packages, "statbus.inf", "statbus");

        // The installation, under every schedule explored (in memory: each schedule installs afresh) ...
        ScheduleAssert.Explore(machine => InstallAndAssert(machine, toasterInf, statbusInf), SampleHost.Iterations);

        // ... and once into the machine's folder, which every schedule of the second boot starts from.
        string busPath;
        var options = new MachineOptions { Folder = _machineFolder.FullName };
        using (var machine = Machine.Boot(options))
        {
            busPath = InstallAndAssert(machine, toasterInf, statbusInf);
        }

        ScheduleAssert.Explore(again =>
        {
            NtAssert.Completed(again, again.RunUntilIdle());

            AssertTree(again, busPath);
            Assert.All(again.Pnp.Find(busPath)!.Children, c => Assert.DoesNotContain(c.Log, l => l.StartsWith("installed", StringComparison.Ordinal)));
            Assert.Equal(2, again.Setup.Store.Packages.Count);
        }, options, SampleHost.Iterations);
    }

    /// <summary>Adds toaster.inf to the driver store and installs the static bus from statbus.inf:
    /// the bus enumerates two toasters, which the PnP manager installs from the store; returns the bus's path.</summary>
    private static string InstallAndAssert(Machine machine, string toasterInf, string statbusInf)
    {
        var toasterPackage = machine.Setup.AddDriver(toasterInf);
        var busPath = machine.Setup.InstallRootDevice(statbusInf, @"root\statbus");
        NtAssert.Completed(machine, machine.RunUntilIdle());

        Assert.Equal(@"ROOT\SYSTEM\0000", busPath);
        // %13% in toaster.inf: the driver runs from its package's folder in the store.
        var imagePath = machine.Registry.GetValue(MachineRegistry.ServicesPath + @"\toaster", "ImagePath")!.String;
        Assert.Equal($@"\SystemRoot\System32\DriverStore\FileRepository\{toasterPackage.FolderName}\toaster.sys", imagePath);
        AssertTree(machine, busPath);
        Assert.All(machine.Pnp.Find(busPath)!.Children, c =>
        {
            Assert.Equal(toasterPackage.PublishedName, machine.Setup.InstalledPackage(c));
            Assert.Contains(c.Log, l => l.StartsWith($"installed {toasterPackage.PublishedName} (toaster.inf)", StringComparison.Ordinal));
        });
        return busPath;
    }

    /// <summary>The static bus started with its default two toasters, each started with the toaster
    /// driver and the filters toaster.inf puts in its hardware key.</summary>
    private static void AssertTree(Machine machine, string busPath)
    {
        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        var bus = machine.Pnp.Find(busPath);
        Assert.NotNull(bus);
        Assert.True(bus.State == DeviceNodeState.DeviceNodeStarted, string.Join(Environment.NewLine, bus.Log));
        Assert.Equal("statbus", bus.Service);
        Assert.Equal([@"\Driver\statbus", @"\Driver\PnpManager"], ToasterRig.StackDrivers(bus));
        Assert.Equal([ToasterRig.ToasterPath(1), ToasterRig.ToasterPath(2)], bus.Children.Select(c => c.InstancePath));
        foreach (var child in bus.Children)
        {
            Assert.True(child.State == DeviceNodeState.DeviceNodeStarted, $"{child.InstancePath}: problem {child.Problem}{Environment.NewLine}{string.Join(Environment.NewLine, child.Log)}");
            Assert.Equal("toaster", child.Service);
            Assert.Equal(ToasterPublic.GUID_DEVCLASS_TOASTER, child.ClassGuid);
            Assert.Equal(s_toasterStack, ToasterRig.StackDrivers(child));
        }
    }
}
