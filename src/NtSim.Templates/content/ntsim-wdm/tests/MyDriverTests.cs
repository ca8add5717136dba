using MyDriver.Client;
using NtSim;
using NtSim.Testing;
using Xunit.Abstractions;
using static MyDriver.MyDriverPublic;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace MyDriver.Tests;

/// <summary>MyDriver in a simulated machine: loaded from the build output as sc create and sc start
/// load it, driven by the client in a user process, misused from kernel mode, and unloaded.</summary>
public sealed class MyDriverTests(ITestOutputHelper output)
{
    /// <summary>The driver as the build left it: driver/MyDriver.dll beside the tests.</summary>
    private static readonly string DriverPath = Path.Combine(AppContext.BaseDirectory, "driver", "MyDriver.dll");

    [Fact]
    public void Client_WithTheDriverLoaded_WritesReadsFillsAndExitsZero()
    {
        using var machine = TestMachine.Boot(output);
        machine.LoadDriver(DriverPath);

        var client = machine.RunClient("MyDriverClient", MyDriverClient.Main);

        Assert.Equal(
            "MyDriverClient: wrote 14 bytes, read back 14: \"Hello, driver!\"\n"
            + "MyDriverClient: filled 16 bytes with 0xA5\n"
            + "MyDriverClient: 14 bytes read, 14 written, 14 kept\n",
            client.Output);
        Assert.Equal(0, client.ExitCode);

        // sc stop: DriverUnload ran and left no device, link or pool behind.
        machine.StopDriver("MyDriver");
    }

    [Fact]
    public void Client_UnderManySchedules_AlwaysRoundTripsAndUnloadsClean()
    {
        // Each schedule is a different interleaving of the machine's threads on a fresh machine; a
        // failure names the schedule, its seed and the line that replays it.
        ScheduleAssert.Explore(machine =>
        {
            machine.LoadDriver(DriverPath);
            var client = machine.RunClient("MyDriverClient", MyDriverClient.Main);
            Assert.Equal(0, client.ExitCode);
            machine.StopDriver("MyDriver");
        }, iterations: 20, output: output);
    }

    [Fact]
    public void Client_WithoutTheDriver_FailsToOpenTheDevice()
    {
        using var machine = TestMachine.Boot(output);

        var client = machine.RunClient("MyDriverClient", MyDriverClient.Main);

        // ERROR_FILE_NOT_FOUND (2): no \GLOBAL??\MyDriver link.
        Assert.Equal("MyDriverClient: CreateFile(\\\\.\\MyDriver) failed, error 2\n", client.Output);
        Assert.Equal(1, client.ExitCode);
    }

    [Fact]
    public void Read_SentAboveDispatchLevel_BugChecksC9Subcode10()
    {
        using var machine = TestMachine.Boot(output);
        var device = machine.LoadDriver(DriverPath).DeviceObject!;

        // A careless kernel-mode client: IoCallDriver must be called at IRQL <= DISPATCH_LEVEL.
        var status = machine.Run(() =>
        {
            var buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 16, TAG("Test"));
            var done = new KEVENT();
            KeInitializeEvent(done, NotificationEvent, false);
            var irp = IoBuildSynchronousFsdRequest(IRP_MJ_READ, device, buffer, 16, null, done, new IO_STATUS_BLOCK())!;
            KeRaiseIrql(HIGH_LEVEL, out _);
            IoCallDriver(device, irp);
        });

        // DRIVER_VERIFIER_IOMANAGER_VIOLATION (0xC9), subcode 0x10: IoCallDriver above DISPATCH_LEVEL, P2 the IRQL.
        NtAssert.BugCheck(machine, status, DRIVER_VERIFIER_IOMANAGER_VIOLATION, 0x10, (ulong)HIGH_LEVEL, 0, 0);
    }

    [Fact]
    public void Clear_AfterTheClient_ZeroesTheStatsAndTheDriverUnloadsClean()
    {
        using var machine = TestMachine.Boot(output);
        machine.LoadDriver(DriverPath);
        Assert.Equal(0, machine.RunClient("MyDriverClient", MyDriverClient.Main).ExitCode);

        // A second process: IOCTL_MYDRIVER_CLEAR (METHOD_NEITHER, no buffers), then the stats again.
        var stats = new byte[24];
        var clear = machine.RunClient("clear", args =>
        {
            var device = CreateFile(MYDRIVER_WIN32_NAME, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
            var ok = DeviceIoControl(device, IOCTL_MYDRIVER_CLEAR, null, 0, null, 0, out _, null)
                && DeviceIoControl(device, IOCTL_MYDRIVER_GET_STATS, null, 0, stats, (uint)stats.Length, out _, null);
            CloseHandle(device);
            return ok ? 0 : 1;
        });

        Assert.Equal(0, clear.ExitCode);
        Assert.All(stats, b => Assert.Equal(0, b));
        machine.StopDriver("MyDriver");
        Assert.Contains("MyDriver: unloading", machine.DebugText(), StringComparison.Ordinal);
    }
}
