using MyDriver.Client;
using NtSim;
using NtSim.Testing;
using Xunit.Abstractions;
using static MyDriver.MyDriverPublic;

namespace MyDriver.Tests;

/// <summary>MyDriver in a simulated machine: installed from its INF with a root device as devcon
/// install does (AddDevice, IRP_MN_START_DEVICE), driven by the client in a user process, and removed
/// (IRP_MN_REMOVE_DEVICE, then DriverUnload).</summary>
public sealed class MyDriverTests(ITestOutputHelper output)
{
    /// <summary>The driver package as the build left it: driver/MyDriver.inf and driver/MyDriver.dll beside the tests.</summary>
    private static readonly string InfPath = Path.Combine(AppContext.BaseDirectory, "driver", "MyDriver.inf");

    [Fact]
    public void Client_WithTheDeviceInstalled_FindsItByItsInterfaceAndExitsZero()
    {
        using var machine = TestMachine.Boot(output);
        var device = machine.InstallDevice(InfPath, MYDRIVER_HARDWARE_ID);
        Assert.Equal("MyDriver", device.Service);

        var client = machine.RunClient("MyDriverClient", MyDriverClient.Main);

        Assert.Equal("MyDriverClient: the device was started 1 time(s) and opened 1 time(s)\n", client.Output);
        Assert.Equal(0, client.ExitCode);
        Assert.Equal("MyDriver: DriverEntry\nMyDriver: AddDevice\nMyDriver: started\n", machine.DebugText());

        // devcon remove: IRP_MN_REMOVE_DEVICE deletes the FDO, and the driver, left without a device, unloads clean.
        Assert.Single(machine.RemoveDevice(MYDRIVER_HARDWARE_ID));
        Assert.EndsWith("MyDriver: removed\nMyDriver: unloading\n", machine.DebugText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Client_RunTwice_CountsTwoOpens()
    {
        using var machine = TestMachine.Boot(output);
        machine.InstallDevice(InfPath, MYDRIVER_HARDWARE_ID);

        machine.RunClient("MyDriverClient", MyDriverClient.Main);
        var second = machine.RunClient("MyDriverClient", MyDriverClient.Main);

        Assert.Equal("MyDriverClient: the device was started 1 time(s) and opened 2 time(s)\n", second.Output);
        Assert.Single(machine.RemoveDevice(MYDRIVER_HARDWARE_ID));
    }

    [Fact]
    public void Client_WithoutTheDevice_SaysHowToInstallIt()
    {
        using var machine = TestMachine.Boot(output);

        var client = machine.RunClient("MyDriverClient", MyDriverClient.Main);

        Assert.Equal("MyDriverClient: no device found: install it with devcon install MyDriver.inf Root\\MyDriver\n", client.Output);
        Assert.Equal(1, client.ExitCode);
    }
}
