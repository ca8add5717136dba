using NtSim.Setup;
using static NtSim.Wdm;

namespace NtSim.Tests.Setup.Install;

/// <summary>devcon install / update and pnputil on the Simple test driver package (tests/Drivers/Simple).</summary>
public sealed class DeviceSetupTests : IDisposable
{
    private readonly DirectoryInfo _package = Directory.CreateTempSubdirectory("ntsim-simple-");
    private readonly DirectoryInfo _machineFolder = Directory.CreateTempSubdirectory("ntsim-machine-");

    public DeviceSetupTests()
    {
        var drivers = Path.Combine(AppContext.BaseDirectory, "drivers");
        File.Copy(Path.Combine(drivers, "simple.inf"), Path.Combine(_package.FullName, "simple.inf"));
        File.Copy(Path.Combine(drivers, "Simple.dll"), Path.Combine(_package.FullName, "simple.dll"));
    }

    private string Inf => Path.Combine(_package.FullName, "simple.inf");

    public void Dispose()
    {
        _package.Delete(recursive: true);
        _machineFolder.Delete(recursive: true);
    }

    [Fact]
    public void InstallRootDevice_SimplePackage_DeviceStartedWithItsDriver()
    {
        using var machine = Machine.Boot(new MachineOptions { Folder = _machineFolder.FullName, Seed = 1 });

        var instance = machine.Setup.InstallRootDevice(Inf, @"Root\NtSimSimple");

        var node = machine.Pnp.Find(instance)!;
        Assert.Equal(@"ROOT\SAMPLE\0000", instance);
        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal(DeviceNodeState.DeviceNodeStarted, node.State);
        Assert.Equal("Simple", node.Service);
        Assert.Equal("NtSim Simple Device", node.Description);
        Assert.Equal("oem0.inf", machine.Setup.InstalledPackage(node));
        Assert.Equal(2, node.Stack.Count);
        Assert.Equal(@"\Driver\Simple", node.Stack[0].DriverObject.DriverName.ToString());
        Assert.Equal(@"\SystemRoot\System32\drivers\simple.sys",
            machine.Registry.GetValue(MachineRegistry.ServicesPath + @"\Simple", "ImagePath")!.String);
    }

    [Fact]
    public void InstallRootDevice_AddRegAndDelReg_AppliedToTheDriverKeyAndHklm()
    {
        using var machine = Machine.Boot(new MachineOptions { Folder = _machineFolder.FullName, Seed = 1 });
        machine.Registry.SetValue(@"\Registry\Machine\SOFTWARE\NtSimTest", "Stale", 1u);
        machine.Registry.SetValue(@"\Registry\Machine\SOFTWARE\NtSimTest", "Kept", 1u);

        var node = machine.Pnp.Find(machine.Setup.InstallRootDevice(Inf, @"Root\NtSimSimple"))!;

        var driverKey = machine.Registry.GetValue(@"\Registry\Machine\SYSTEM\CurrentControlSet\Enum\" + node.InstancePath, "Driver")!.String;
        Assert.Equal(3u, machine.Registry.GetValue(@"\Registry\Machine\SYSTEM\CurrentControlSet\Control\Class\" + driverKey, "Speed")!.Dword);
        Assert.Null(machine.Registry.GetValue(@"\Registry\Machine\SOFTWARE\NtSimTest", "Stale"));
        Assert.NotNull(machine.Registry.GetValue(@"\Registry\Machine\SOFTWARE\NtSimTest", "Kept"));
    }

    [Fact]
    public void InstallRootDevice_HardwareIdNotInInf_ThrowsNamingTheId()
    {
        using var machine = Machine.Boot(new MachineOptions { Folder = _machineFolder.FullName, Seed = 1 });

        var e = Assert.Throws<DeviceSetupException>(() => machine.Setup.InstallRootDevice(Inf, @"Root\Other"));

        Assert.Contains(@"Root\Other", e.Message);
        Assert.Contains(@"Root\NtSimSimple", e.Message);
        Assert.Single(machine.Pnp.Nodes);
    }

    [Fact]
    public void Boot_PersistentMachine_DeviceComesBackStarted()
    {
        string instance;
        using (var machine = Machine.Boot(new MachineOptions { Folder = _machineFolder.FullName, Seed = 1 }))
        {
            instance = machine.Setup.InstallRootDevice(Inf, @"Root\NtSimSimple");
        }

        using var again = Machine.Boot(new MachineOptions { Folder = _machineFolder.FullName, Seed = 2 });

        var node = again.Pnp.Find(instance)!;
        Assert.Equal(DeviceNodeState.DeviceNodeStarted, node.State);
        Assert.Equal("Simple", node.Service);
        Assert.Single(again.Setup.Store.Packages);
    }

    [Fact]
    public void InstallRootDevice_StartFails_ProblemFailedStartWithTheStatus()
    {
        using var machine = Machine.Boot(new MachineOptions { Folder = _machineFolder.FullName, Seed = 1 });
        machine.Registry.SetValue(MachineRegistry.ServicesPath + @"\Simple\Parameters", "FailStart", unchecked((uint)STATUS_DEVICE_NOT_READY));

        var node = machine.Pnp.Find(machine.Setup.InstallRootDevice(Inf, @"Root\NtSimSimple"))!;

        Assert.Equal(CM_PROB_FAILED_START, node.Problem);
        Assert.Equal(STATUS_DEVICE_NOT_READY, node.ProblemStatus);
        Assert.Single(node.Stack);
    }

    [Fact]
    public void DeleteDriver_InstalledPackage_RefusedUnlessForced()
    {
        using var machine = Machine.Boot(new MachineOptions { Folder = _machineFolder.FullName, Seed = 1 });
        machine.Setup.InstallRootDevice(Inf, @"Root\NtSimSimple");

        var e = Assert.Throws<DriverStoreException>(() => machine.Setup.DeleteDriver("oem0.inf"));
        Assert.Equal(SetupApiError.ERROR_INF_IN_USE_BY_DEVICES, e.Win32Error);

        machine.Setup.DeleteDriver("oem0.inf", force: true);
        Assert.Empty(machine.Setup.Store.Packages);
    }

    [Fact]
    public void Remove_InstalledDevice_GoneAndDriverUnloaded()
    {
        using var machine = Machine.Boot(new MachineOptions { Folder = _machineFolder.FullName, Seed = 1 });
        var instance = machine.Setup.InstallRootDevice(Inf, @"Root\NtSimSimple");

        Assert.True(machine.Pnp.Remove(instance).Succeeded);

        Assert.Null(machine.Pnp.Find(instance));
        Assert.Equal(ServiceState.Stopped, machine.Services.Query("Simple").State);
        Assert.Contains(machine.DebugOutput.Messages, m => m.Text.Contains("Simple: unloaded", StringComparison.Ordinal));
    }

    [Fact]
    public void DriverNodes_InstalledDevice_RanksTheModel()
    {
        using var machine = Machine.Boot(new MachineOptions { Folder = _machineFolder.FullName, Seed = 1 });
        var node = machine.Pnp.Find(machine.Setup.InstallRootDevice(Inf, @"Root\NtSimSimple"))!;

        var best = machine.Setup.DriverNodes(node).Best!;

        Assert.Equal("Simple_Device", best.InstallSection);
        Assert.Equal(0x80FF0000u, best.Rank);   // unsigned signer score, no feature score, first hardware ID
    }
}
