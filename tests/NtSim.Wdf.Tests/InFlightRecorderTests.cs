using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>The in-flight recorder: KMDF's line layout, the LogPages ring, VerboseOn, and the dump.</summary>
public sealed class InFlightRecorderTests
{
    [Fact]
    public void Dump_HasWdfLogDumpLayout()
    {
        using var machine = MachineAssert.Boot();
        machine.Registry.SetValue(FxVerifierSettings.KeyPath("wdfifr"), "DbgBreakOnError", 0u);
        WDFOBJECT general = default;
        ScriptedKmdfDriver.Install(machine, "wdfifr", driver =>
        {
            WdfObjectCreate(WDF_NO_OBJECT_ATTRIBUTES, out general);
            WdfObjectDelete(general);
            WdfObjectDelete(driver);
            return STATUS_SUCCESS;
        });
        MachineAssert.Completed(machine, machine.Services.Start("wdfifr"));
        var globals = FxLibrary.Of(machine).Clients.Single(c => c.ServiceName == "wdfifr");
        var driver = globals.Driver!.Handle;
        string[] entries =
        [
            $@"1: FxDriver::Initialize - WDFDRIVER 0x{driver:x16} created for \Driver\wdfifr",
            $"2: FxObject::ProcessDestroy - WDFOBJECT 0x{general.Value:x16} Deleted",
            $"3: FxVerifier::Report - WdfObjectDelete: a driver cannot delete WDFDRIVER 0x{driver:x}",
        ];
        var bytes = entries.Sum(e => e.Length + FxIfrLog.RecordHeaderBytes);

        var expected =
            "Trace searchpath is: \n\n" +
            "Trace format prefix is: %7!u!: %!FUNC! - \n" +
            $"Gather log: Please wait, this may take a moment (reading {bytes} bytes).\n" +
            "% read so far ... 10, 20, 30, 40, 50, 60, 70, 80, 90, 100\n" +
            "There are 3 log entries\n" +
            "--- start of log ---\n" +
            string.Concat(entries.Select(e => e + "\n")) +
            "---- end of log ----\n";
        Assert.Equal(expected, globals.Log.Dump());
    }

    [Theory]
    [InlineData(1u)]
    [InlineData(3u)]
    public void Ring_KeepsNewestEntriesWithinLogPages(uint pages)
    {
        using var machine = MachineAssert.Boot();
        machine.Registry.SetValue(FxVerifierSettings.KeyPath("wdfring"), "LogPages", pages);
        ScriptedKmdfDriver.Install(machine, "wdfring", _ => STATUS_SUCCESS);
        MachineAssert.Completed(machine, machine.Services.Start("wdfring"));
        var log = FxLibrary.Of(machine).Clients.Single(c => c.ServiceName == "wdfring").Log;

        for (var i = 0; i < 1000; i++)
        {
            log.Add("FxTest::Fill", $"entry {i:D4}");
        }

        var lines = log.Lines;
        Assert.Equal((int)(pages * 4096) - 72, log.CapacityBytes);
        Assert.True(lines.Sum(l => l.Length + FxIfrLog.RecordHeaderBytes) <= log.CapacityBytes);
        Assert.Equal("1001: FxTest::Fill - entry 0999", lines[^1]);
        var oldest = int.Parse(lines[0].Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1001 - lines.Count + 1, oldest);
        // Each entry here costs 8 + 31 or so bytes: a page holds about a hundred.
        Assert.InRange(lines.Count, (int)pages * 90, (int)pages * 110);
    }

    [Theory]
    [InlineData(0u, false)]
    [InlineData(1u, true)]
    public void Verbose_IsRecordedOnlyWithVerboseOn(uint verboseOn, bool recorded)
    {
        using var machine = MachineAssert.Boot();
        machine.Registry.SetValue(FxVerifierSettings.KeyPath("wdfverb"), "VerboseOn", verboseOn);
        ScriptedKmdfDriver.Install(machine, "wdfverb", _ => STATUS_SUCCESS);
        MachineAssert.Completed(machine, machine.Services.Start("wdfverb"));
        var log = FxLibrary.Of(machine).Clients.Single(c => c.ServiceName == "wdfverb").Log;

        log.Verbose("FxTest::Chatty", "details");

        Assert.Equal(recorded, log.Lines.Any(l => l.EndsWith("FxTest::Chatty - details", StringComparison.Ordinal)));
    }
}
