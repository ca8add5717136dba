using System.Globalization;

namespace NtSim.Debugger.Tests;

/// <summary>The wdfkd commands on the echo sample holding a write: the driver, its device, its default queue, the
/// held request and the in-flight recorder; and their errors.</summary>
public sealed class WdfTests
{
    [Fact]
    public void EchoHoldingAWrite_DriverDeviceQueueRequestAndLog()
    {
        using var machine = WdfRig.BootWithHeldWrite();
        var driver = machine.Wdf.Driver(WdfRig.Service)!;
        var device = driver.Devices.Single();
        var queue = device.Queues.Single(q => q.IsDefault);
        Assert.Equal(1, queue.DriverOwnedRequests);
        var kd = new KernelDebugger(machine);

        ExpectedText.Matches("Wdf/driverinfo", kd.Execute("!wdfkd.wdfdriverinfo echo.sys 0x1"));
        ExpectedText.Matches("Wdf/device", kd.Execute($"!wdfdevice {Hex(device.Handle)}"));
        var queueText = kd.Execute($"!wdfkd.wdfqueue 0x{Hex(queue.Handle)}");
        ExpectedText.Matches("Wdf/queue", queueText);
        var request = queueText.Split('\n').Single(l => l.Contains("!WDFREQUEST", StringComparison.Ordinal)).Trim().Split(' ')[1];
        ExpectedText.Matches("Wdf/request", kd.Execute($"!wdfrequest {request}"));
        ExpectedText.Matches("Wdf/logdump", kd.Execute("!wdflogdump ECHO"));
        Assert.Equal(machine.Wdf.LogDump(WdfRig.Service), kd.Execute("!wdfkd.wdflogdump echo"));
    }

    [Theory]
    [InlineData("!wdfdevice", "!wdfdevice: a WDFDEVICE handle is required (!wdfdevice <handle>)\n")]
    [InlineData("!wdfqueue 1234", "!wdfqueue: 0x1234 is not the handle of a live WDFQUEUE\n")]
    [InlineData("!wdfrequest nosuch", "Couldn't resolve error at 'nosuch'\n")]
    [InlineData("!wdflogdump nosuch.sys", "!wdflogdump: no KMDF driver named 'nosuch.sys' is loaded\n")]
    [InlineData("!wdfdriverinfo", "!wdfdriverinfo: a driver name is required (!wdfdriverinfo <driver>[.sys] [flags])\n")]
    public void BadArguments_OneClearLine(string command, string expected)
    {
        using var machine = CrashRig.Boot();

        Assert.Equal(expected, new KernelDebugger(machine).Execute(command));
    }

    private static string Hex(ulong value) => value.ToString("x", CultureInfo.InvariantCulture);
}
