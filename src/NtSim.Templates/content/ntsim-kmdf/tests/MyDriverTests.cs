using MyDriver.Client;
using NtSim;
using NtSim.Testing;
using Xunit.Abstractions;
using static MyDriver.MyDriverPublic;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace MyDriver.Tests;

/// <summary>MyDriver in a simulated machine: installed from its INF with a root device as devcon
/// install does, driven by the client in a user process, and removed.</summary>
public sealed class MyDriverTests(ITestOutputHelper output)
{
    /// <summary>The driver package as the build left it: driver/MyDriver.inf and driver/MyDriver.dll beside the tests.</summary>
    private static readonly string InfPath = Path.Combine(AppContext.BaseDirectory, "driver", "MyDriver.inf");

    [Fact]
    public void Client_WithTheDeviceInstalled_RoundTripsAndExitsZero()
    {
        using var machine = TestMachine.Boot(output);
        var device = machine.InstallDevice(InfPath, MYDRIVER_HARDWARE_ID);
        Assert.Equal("MyDriver", device.Service);
        Assert.Contains("MyDriver: MyDriverEvtDeviceAdd", machine.DebugText(), StringComparison.Ordinal);

        var client = machine.RunClient("MyDriverClient", MyDriverClient.Main);

        Assert.Equal("MyDriverClient: wrote 14 bytes, the device keeps 14, read back \"Hello, driver!\"\n", client.Output);
        Assert.Equal(0, client.ExitCode);

        // devcon remove: the device goes, the driver unloads, and the framework and the driver left nothing behind.
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

    [Fact]
    public void Write_LongerThanTheDeviceKeeps_FailsWithErrorInvalidUserBuffer()
    {
        using var machine = TestMachine.Boot(output);
        machine.InstallDevice(InfPath, MYDRIVER_HARDWARE_ID);
        uint error = 0;

        var writer = machine.RunClient("writer", args =>
        {
            var device = CreateFile(DevicePath.First(GUID_DEVINTERFACE_MYDRIVER)!, GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
            var data = new byte[MYDRIVER_BUFFER_SIZE + 1];
            var ok = WriteFile(device, data, (uint)data.Length, out _, null);
            error = GetLastError();
            CloseHandle(device);
            return ok ? 0 : 1;
        });

        // STATUS_INVALID_BUFFER_SIZE reaches the caller as ERROR_INVALID_USER_BUFFER (1784).
        Assert.Equal(1, writer.ExitCode);
        Assert.Equal(1784u, error);
        Assert.Single(machine.RemoveDevice(MYDRIVER_HARDWARE_ID));
    }
}
