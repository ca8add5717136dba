using Xunit.Sdk;

namespace NtSim.Testing.Tests;

/// <summary>InstallDevice and RemoveDevice: devcon install of an INF package on a root device, devcon remove
/// with the unload of the driver that no device uses any more.</summary>
public sealed class DeviceInstallTests : IDisposable
{
    private const string HardwareId = @"Root\NtSimSimple";
    private readonly DirectoryInfo _package = Directory.CreateTempSubdirectory("ntsim-testing-");

    public DeviceInstallTests()
    {
        // simple.inf names simple.sys: the package's driver assembly goes by that name's stem.
        File.Copy(Path.Combine(TestDrivers.Folder, "simple.inf"), Path.Combine(_package.FullName, "simple.inf"));
        File.Copy(TestDrivers.PathOf("Simple"), Path.Combine(_package.FullName, "simple.dll"));
    }

    private string Inf => Path.Combine(_package.FullName, "simple.inf");

    public void Dispose() => _package.Delete(recursive: true);

    [Fact]
    public void InstallDevice_ThenRemoveDevice_StartsTheDevice_AndUnloadsItsDriverClean()
    {
        var output = new RecordingOutput();
        using var machine = TestMachine.Boot(output);

        var node = machine.InstallDevice(Inf, HardwareId);

        Assert.Equal(DeviceNodeState.DeviceNodeStarted, node.State);
        Assert.Equal("Simple", node.Service);
        Assert.Contains(HardwareId, node.HardwareIds, StringComparer.OrdinalIgnoreCase);
        Assert.Contains(output.Lines, l => l.EndsWith("] Simple: AddDevice", StringComparison.Ordinal));

        var reports = machine.RemoveDevice(HardwareId);

        var report = Assert.Single(reports);
        Assert.Equal("Simple", report.DriverName);
        Assert.True(report.IsClean && report.ImageUnloaded);
        Assert.Null(machine.Pnp.Find(node.InstancePath));
        Assert.Contains(output.Lines, l => l.EndsWith("] Simple: unloaded", StringComparison.Ordinal));
    }

    [Fact]
    public void InstallDevice_HardwareIdNotInTheInf_FailsNamingTheModels()
    {
        using var machine = TestMachine.Boot();

        var e = Assert.ThrowsAny<XunitException>(() => machine.InstallDevice(Inf, @"Root\Other"));

        Assert.Contains(@"no model in [Manufacturer] matches the hardware ID Root\Other", e.Message);
    }

    [Fact]
    public void InstallDevice_NoSuchInf_FailsNamingThePath()
    {
        using var machine = TestMachine.Boot();
        var missing = Path.Combine(_package.FullName, "missing.inf");

        var e = Assert.ThrowsAny<XunitException>(() => machine.InstallDevice(missing, HardwareId));

        Assert.Contains($"no INF file at {missing}", e.Message);
    }

    [Fact]
    public void RemoveDevice_NoSuchHardwareId_Fails()
    {
        using var machine = TestMachine.Boot();

        var e = Assert.ThrowsAny<XunitException>(() => machine.RemoveDevice(HardwareId));

        Assert.Contains(@"devcon remove Root\NtSimSimple: no device has that hardware ID", e.Message);
    }
}
