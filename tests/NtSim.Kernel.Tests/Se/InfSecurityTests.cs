using NtSim.Setup;

namespace NtSim.Tests.Se;

/// <summary>An INF's device Security setting (<c>HKR,,Security,,"D:P..."</c> in DDInstall.HW): applied by the
/// PnP manager to every device object of the stack; a string that is not SDDL stops the install.</summary>
public sealed class InfSecurityTests : IDisposable
{
    private readonly DirectoryInfo _package = Directory.CreateTempSubdirectory("ntsim-secure-");
    private readonly DirectoryInfo _machineFolder = Directory.CreateTempSubdirectory("ntsim-machine-");

    public void Dispose()
    {
        _package.Delete(recursive: true);
        _machineFolder.Delete(recursive: true);
    }

    private string Package(string security)
    {
        var drivers = Path.Combine(AppContext.BaseDirectory, "drivers");
        var inf = File.ReadAllText(Path.Combine(drivers, "simple.inf"))
            + "\n[Simple_Device.NT.HW]\nAddReg = Simple_Security\n\n[Simple_Security]\nHKR,,Security,,\"" + security + "\"\n";
        File.WriteAllText(Path.Combine(_package.FullName, "simple.inf"), inf);
        File.Copy(Path.Combine(drivers, "Simple.dll"), Path.Combine(_package.FullName, "simple.dll"), overwrite: true);
        return Path.Combine(_package.FullName, "simple.inf");
    }

    [Fact]
    public void InstallRootDevice_InfSecurity_AppliedToTheWholeStack_StandardUserRefusedThePdo()
    {
        using var machine = Machine.Boot(new MachineOptions { Folder = _machineFolder.FullName, Seed = 1 });

        var node = machine.Pnp.Find(machine.Setup.InstallRootDevice(Package("D:P(A;;GA;;;SY)(A;;GA;;;BA)"), @"Root\NtSimSimple"))!;

        Assert.Equal(DeviceNodeState.DeviceNodeStarted, node.State);
        Assert.Equal(2, node.Stack.Count);
        Assert.All(node.Stack, device => Assert.Equal("D:P(A;;GA;;;SY)(A;;GA;;;BA)", device.SecurityDescriptor.ToString()));
        var pdoName = node.PhysicalDeviceObject!.ObjectName!;
        // The Simple driver has no IRP_MJ_CREATE routine: an administrator gets past the check to its
        // invalid-request answer (ERROR_INVALID_FUNCTION); a standard user is stopped before it.
        Assert.Equal((int)Win32Error.ERROR_ACCESS_DENIED, SecureDevice.RunAs(machine, ProcessAccount.StandardUser, () => SecureDevice.Open(pdoName, NtSim.Wdm.GENERIC_READ)));
        Assert.Equal((int)Win32Error.ERROR_INVALID_FUNCTION, SecureDevice.RunAs(machine, ProcessAccount.ElevatedAdministrator, () => SecureDevice.Open(pdoName, NtSim.Wdm.GENERIC_READ)));
    }

    [Fact]
    public void InstallRootDevice_InfSecurityNotSddl_FailedInstallNamingTheLine()
    {
        using var machine = Machine.Boot(new MachineOptions { Folder = _machineFolder.FullName, Seed = 1 });

        var node = machine.Pnp.Find(machine.Setup.InstallRootDevice(Package("D:P(A;;GA;;;SY)(A;;QQ;;;BA)"), @"Root\NtSimSimple"))!;

        // As SetupAPI refuses the install: problem 28, nothing of the package's .HW settings written.
        Assert.Equal(NtSim.Wdm.CM_PROB_FAILED_INSTALL, node.Problem);
        var note = Assert.Single(node.Log, line => line.Contains("Security setting is not valid", StringComparison.Ordinal));
        Assert.Contains("simple.inf(", note);
        Assert.Contains("unknown access right 'QQ'", note);
        Assert.Null(machine.Registry.GetValue(DeviceRegistry.HardwareKey(node), "Security"));
    }
}
