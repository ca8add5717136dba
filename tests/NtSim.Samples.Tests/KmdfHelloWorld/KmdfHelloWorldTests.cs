
namespace NtSim.Samples.Tests.KmdfHelloWorld;

/// <summary>
/// KmdfHelloWorld installed from its INF as <c>ntsim devcon install KmdfHelloWorld.inf Root\KmdfHelloWorld</c>
/// does it: the package (the INF and the driver assembly, without the framework) goes to the driver store,
/// a root device is created and installed, and the driver prints its two lines.
/// </summary>
public sealed class KmdfHelloWorldTests : IDisposable
{
    private readonly DirectoryInfo _package = Directory.CreateTempSubdirectory("ntsim-kmdfhello-");

    public KmdfHelloWorldTests()
    {
        File.Copy(SamplePath("KmdfHelloWorld.inf"), Path.Combine(_package.FullName, "KmdfHelloWorld.inf"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "KmdfHelloWorld.dll"), Path.Combine(_package.FullName, "KmdfHelloWorld.dll"));
    }

    private string Inf => Path.Combine(_package.FullName, "KmdfHelloWorld.inf");

    public void Dispose() => _package.Delete(recursive: true);

    [Fact]
    public void DevconInstall_RootDevice_PrintsTheTwoLinesAndStarts()
    {
        ScheduleAssert.Explore(machine =>
        {
            var node = machine.InstallDevice(Inf, @"Root\KmdfHelloWorld");

            Assert.Equal("KmdfHelloWorld", node.Service);
            Assert.Equal(
                ["KmdfHelloWorld: DriverEntry\n", "KmdfHelloWorld: KmdfHelloWorldEvtDeviceAdd\n"],
                machine.DebugOutput.Messages.Select(m => m.Text).Where(t => t.StartsWith("KmdfHelloWorld:", StringComparison.Ordinal)));
        }, SampleHost.Iterations);
    }

    [Fact]
    public void DevconInstall_WdfSection_RegistersTheKmdfVersionAndBindsTheDriver()
    {
        using var machine = Machine.Boot(new MachineOptions { Seed = 1 });

        machine.Setup.InstallRootDevice(Inf, @"Root\KmdfHelloWorld");

        var wdf = MachineRegistry.ServicesPath + @"\KmdfHelloWorld\Parameters\Wdf";
        Assert.Equal("1.33", machine.Registry.GetValue(wdf, "KmdfLibraryVersion")!.String);
        Assert.Equal(1u, machine.Registry.GetValue(wdf, "WdfMajorVersion")!.Dword);
        Assert.Equal(33u, machine.Registry.GetValue(wdf, "WdfMinorVersion")!.Dword);
        var driver = Assert.Single(machine.Wdf.Drivers);
        Assert.Equal(("KmdfHelloWorld", "1.33"), (driver.ServiceName, driver.KmdfVersion));
        Assert.Single(driver.Devices);
    }

    [Fact]
    public void DevconInstall_OnWindows10_2004_DriverEntryFailsTheVersionBind()
    {
        using var machine = Machine.Boot(new MachineOptions { Seed = 1, WindowsVersion = WindowsVersion.Windows10_2004 });

        var node = machine.Pnp.Find(machine.Setup.InstallRootDevice(Inf, @"Root\KmdfHelloWorld"))!;

        Assert.Equal(Wdm.CM_PROB_FAILED_DRIVER_ENTRY, node.Problem);
        Assert.DoesNotContain(machine.DebugOutput.Messages, m => m.Text.StartsWith("KmdfHelloWorld:", StringComparison.Ordinal));
        Assert.Contains(node.Log, l => l.Contains("built for KMDF 1.33, newer than the KMDF 1.31 of Windows 10 2004", StringComparison.Ordinal));
    }

    /// <summary>samples/KmdfHelloWorld/<paramref name="name"/>, found above the test output.</summary>
    private static string SamplePath(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "samples", "KmdfHelloWorld")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "samples", "KmdfHelloWorld", name);
    }
}
