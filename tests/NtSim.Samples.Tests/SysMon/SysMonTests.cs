using System.Text.RegularExpressions;
using NtSim.Samples.SysMon;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.SysMon;

/// <summary>The SysMon driver and its client: process, thread and image records in the bounded
/// list, read with ReadFile, the bound from the registry, and a clean unload with records left.</summary>
public sealed partial class SysMonTests
{
    internal const string Service = "SysMon";

    [GeneratedRegex(@"^\d\d:\d\d:\d\d\.\d\d\d: ", RegexOptions.Multiline)]
    private static partial Regex Times();

    [GeneratedRegex(@"(?<=(?:Process|process|Thread) )\d+")]
    private static partial Regex Numbers();

    /// <summary>The client's output with its times taken out and the ids of the client's process and threads named.</summary>
    private static string Normalized(UserProcess app, Machine machine)
    {
        var text = Times().Replace(app.Output, "");
        var threads = machine.Scheduler.Threads.Where(t => t.UserProcess == app).Select(t => t.Id).ToList();
        return Numbers().Replace(text, m =>
        {
            var value = long.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture);
            return value == app.Id ? "P" : threads.IndexOf((int)value) is var index and >= 0 ? $"T{index}" : m.Value;
        });
    }

    [Fact]
    public void Sysmon_OwnProcessThreadsAndImage_AreRecordedInOrder_AndReadWithTheirTimes() =>
        ScheduleAssert.Explore(machine =>
        {
            machine.StartDriver<SysMonDriver>(Service);
            var app = machine.RunClient("sysmon", SysMonClient.Main);

            Assert.Equal(0, app.ExitCode);
            Assert.Matches(@"^(\d\d:\d\d:\d\d\.\d\d\d: .*\n){5}5 records\n$", app.Output);
            Assert.Equal(
                "Process P created by 4. Command line: sysmon\n" +
                "Thread T0 created in process P\n" +
                "Image loaded into process P at 0x7FF700000000 (65536 bytes): sysmon\n" +
                "Thread T1 created in process P\n" +
                "Thread T1 exited from process P\n" +
                "5 records\n", Normalized(app, machine));
            Assert.Contains("SysMon: keeping at most 1024 records\n", machine.DebugText(), StringComparison.Ordinal);

            // The client's own exit (its main thread, its process) is recorded after its last read: freed at unload.
            Assert.Equal(2, SysMonDriver.g_Globals.ItemCount);
            machine.StopDriverAndCheckMachine(Service);
            Assert.Equal(0, machine.Pool.QueryTag("sysm").Outstanding);
        }, SampleHost.Iterations);

    [Fact]
    public void MaxItemsFromTheParametersKey_BoundsTheList_TheOldestRecordsAreDropped()
    {
        using var machine = TestMachine.Boot();
        machine.Services.Install<SysMonDriver>(Service);
        machine.Registry.SetValue(@"\Registry\Machine\System\CurrentControlSet\Services\SysMon\Parameters", SysMonPublic.MAX_ITEMS_VALUE, 3u);
        NtAssert.Completed(machine, machine.Services.Start(Service));
        for (var i = 0; i < 3; i++)
        {
            machine.RunClient("quick", _ => 0);
        }

        var app = machine.RunClient("sysmon", SysMonClient.Main);

        Assert.Contains("SysMon: keeping at most 3 records\n", machine.DebugText(), StringComparison.Ordinal);
        Assert.Equal(
            "Image loaded into process P at 0x7FF700000000 (65536 bytes): sysmon\n" +
            "Thread T1 created in process P\n" +
            "Thread T1 exited from process P\n" +
            "3 records\n", Normalized(app, machine));
        Assert.True(SysMonDriver.g_Globals.Dropped >= 3 * 5, $"dropped {SysMonDriver.g_Globals.Dropped}");
        Assert.Equal(2, SysMonDriver.g_Globals.ItemCount);
        machine.StopDriverAndCheckMachine(Service);
    }

    [Fact]
    public void Unload_WithRecordsNeverRead_FreesThemAndRemovesItsRoutines()
    {
        using var machine = TestMachine.Boot();
        machine.StartDriver<SysMonDriver>(Service);
        machine.RunClient("quick", _ => 0);
        Assert.True(machine.Pool.QueryTag("sysm").Outstanding > 0);

        machine.StopDriverAndCheckMachine(Service);
        var later = machine.RunClient("later", _ => 0);

        Assert.Equal(0, machine.Pool.QueryTag("sysm").Outstanding);
        Assert.Equal(0, later.ExitCode);
        Assert.False(machine.ProcessNotifications.HasProcessRoutines || machine.ProcessNotifications.HasThreadRoutines
            || machine.ProcessNotifications.HasImageRoutines);
    }

    [Fact]
    public void Read_OfABufferTooSmallForTheOldestRecord_ReturnsNothing_AndKeepsIt()
    {
        using var machine = TestMachine.Boot();
        machine.StartDriver<SysMonDriver>(Service);
        var app = machine.RunClient("reader", _ =>
        {
            var device = NtSim.Win32.CreateFile(SysMonPublic.DOS_DEVICE_NAME, GENERIC_READ, 0, null, NtSim.Win32.OPEN_EXISTING, 0, default);
            var small = new byte[8];
            var ok = NtSim.Win32.ReadFile(device, small, (uint)small.Length, out var read, null);
            NtSim.Win32.CloseHandle(device);
            return ok && read == 0 ? 0 : 1;
        });

        Assert.Equal(0, app.ExitCode);
        Assert.True(SysMonDriver.g_Globals.ItemCount >= 3);
        machine.StopDriverAndCheckMachine(Service);
    }
}
