using System.Globalization;
using NtSim.Debugger.Dump;
using NtSim.Testing;

namespace NtSim.Debugger.Tests;

/// <summary>dt, !verifier, the wdfkd commands and a loaded extension read a crash dump as they read the live machine it
/// was taken from: the same text, command for command. The dumps are written with <c>.dump /f</c> from the live session
/// (the rigs' machines have not crashed), and, for !verifier, by the 0xC4/0x62 bug check of a leaking driver's stop.</summary>
public sealed class TypesDumpTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ntsim-typesdump-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("dt nt!_IRP; dt nt!_DEVICE_OBJECT; dt nt!_KEVENT; dt _LIST_ENTRY")]
    [InlineData("dt nt!_DEVICE_OBJECT {device}")]
    [InlineData("dt nt!_DRIVER_OBJECT {driver}")]
    [InlineData("dt Zero!ZERO_DEVICE_EXTENSION; dt Zero!ZERO_DEVICE_EXTENSION {device}; dt Zero!ZERO_DEVICE_EXTENSION {device}+150")]
    [InlineData("dt Counter!COUNTER_EXTENSION; dt Counter!COUNTER_EXTENSION {counter}")]
    [InlineData("dt nt!_NOSUCH; dt Zero!NOSUCH_TYPE; dt Nosuch!X; dt nt!_IRP 0; dt nt!_IRP nosymbol; dt")]
    public void Dt_OnADump_PrintsWhatItPrintedLive(string commands)
    {
        using var rig = new TypesRig();
        var device = rig.Zero.DeviceObject!.ObjectAddress;
        var driver = rig.Kd.Execute($"dt nt!_DEVICE_OBJECT {TypesRig.Hex(device)}").Split('\n')
            .Single(l => l.Contains(" DriverObject ", StringComparison.Ordinal)).Split("0x")[^1];
        var command = commands.Replace("{device}", TypesRig.Hex(device), StringComparison.Ordinal)
            .Replace("{driver}", driver, StringComparison.Ordinal)
            .Replace("{counter}", TypesRig.Hex(rig.Counter.DeviceObject!.DeviceExtension.Address), StringComparison.Ordinal);

        var (live, dump) = LiveAndDump(rig.Kd, command);

        Assert.Equal(live, dump);
        Assert.DoesNotContain("needs a live machine", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void Dt_IrpsInFlight_OnADump()
    {
        using var rig = new IrpsRig();
        var irp = rig.Irps[0].Irp;
        var output = rig.Kd.Execute($"dt nt!_IRP {irp}");

        var (live, dump) = LiveAndDump(rig.Kd, $"dt nt!_IRP {irp}");

        Assert.Equal(output, live);
        Assert.Equal(live, dump);
        Assert.Contains("+0x000 Type             : 0n6", dump, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("!verifier")]
    [InlineData("!verifier 3 Leaky")]
    [InlineData("!verifier 2")]
    [InlineData("!verifier 3 NoSuchDriver")]
    public void Verifier_OnTheDumpOfALeaksBugCheck_PrintsWhatItPrintedLive(string command)
    {
        var path = Path.Combine(_folder, "MEMORY.DMP");
        using var machine = Machine.Boot(new MachineOptions
        {
            Processors = 2, Seed = 14, Verifier = VerifierFlags.Standard, CrashDumpWriter = new CrashDumpWriter(), CrashDumpFile = path,
        });
        CrashRig.StartLeaky(machine);
        Assert.Equal(RunStatus.BugCheck, machine.Services.Stop("Leaky").RunStatus);
        Assert.Equal(path, machine.CrashDumps.LastDump);

        var live = new KernelDebugger(machine).Execute(command);

        Assert.Equal(live, KernelDebugger.OpenDump(path).Execute(command));
    }

    [Theory]
    [InlineData("!wdfkd.wdfdriverinfo echo.sys 0x1")]
    [InlineData("!wdfdevice {device}")]
    [InlineData("!wdfkd.wdfqueue 0x{queue}")]
    [InlineData("!wdfrequest {request}")]
    [InlineData("!wdflogdump ECHO")]
    [InlineData("!wdfdevice; !wdfqueue 1234; !wdfrequest nosuch; !wdflogdump nosuch.sys; !wdfdriverinfo")]
    public void Wdfkd_OnADump_PrintsWhatItPrintedLive(string commands)
    {
        using var machine = WdfRig.BootWithHeldWrite();
        var device = machine.Wdf.Driver(WdfRig.Service)!.Devices.Single();
        var queue = device.Queues.Single(q => q.IsDefault);
        var kd = new KernelDebugger(machine);
        var request = kd.Execute($"!wdfqueue {Hex(queue.Handle)}").Split('\n')
            .Single(l => l.Contains("!WDFREQUEST", StringComparison.Ordinal)).Trim().Split(' ')[1];
        var command = commands.Replace("{device}", Hex(device.Handle), StringComparison.Ordinal)
            .Replace("{queue}", Hex(queue.Handle), StringComparison.Ordinal).Replace("{request}", request, StringComparison.Ordinal);

        var (live, dump) = LiveAndDump(kd, command);

        Assert.Equal(live, dump);
        Assert.DoesNotContain("is not the handle of a live", live.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroStats_ExtensionLoadedOnADump_PrintsWhatItPrintedLive()
    {
        // The device's address form: !zero.stats with no argument runs !devobj, which this part does not convert.
        using var rig = new ExtensionsRig();
        var device = ExtensionsRig.Hex(rig.Zero.DeviceObject!.ObjectAddress);
        rig.Kd.Execute($".load {ExtensionsRig.PathOf("zero")}");
        var live = rig.Kd.Execute($"!zero.stats {device}");
        var path = Path.Combine(_folder, "zero.dmp");
        rig.Kd.Execute($".dump /f {path}");
        var dump = KernelDebugger.OpenDump(path);

        try
        {
            Assert.Equal("", dump.Execute($".load {ExtensionsRig.PathOf("zero")}"));
            Assert.Equal(live, dump.Execute($"!zero.stats {device}"));
            Assert.Equal(rig.Kd.Execute(".chain"), dump.Execute(".chain"));
            ExpectedText.Matches("extensions/zero-stats", dump.Execute($"!stats {device}"));
        }
        finally
        {
            Assert.Equal("Unloading zero extension DLL\n", dump.Execute(".unload zero"));
        }
    }

    [Fact]
    public void ZeroStats_AfterTheMachineRan_ReadsTheNewCounters()
    {
        using var rig = new ExtensionsRig();
        rig.Kd.Execute($".load {ExtensionsRig.PathOf("zero")}");
        var device = ExtensionsRig.Hex(rig.Zero.DeviceObject!.ObjectAddress);
        Assert.Contains("Total read:    64 bytes", rig.Kd.Execute($"!zero.stats {device}"), StringComparison.Ordinal);

        rig.Machine.RunClient(NtSim.Samples.Zero.ZeroTest.Main);

        // The extension's reads go through views taken for its command, not those of an earlier command.
        var output = rig.Kd.Execute($"!zero.stats {device}");
        Assert.Contains("Total read:    128 bytes", output, StringComparison.Ordinal);
        Assert.Contains("Total written: 2048 bytes", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SmallDump_HoldsNoneOfTheseViews_AndTheCommandsSaySo()
    {
        var path = Path.Combine(_folder, "small.dmp");
        using var rig = new TypesRig();
        rig.Kd.Execute($".dump /m {path}");
        var dump = KernelDebugger.OpenDump(path);

        Assert.Equal("!verifier: the dump holds no 'verifier' view (a small dump keeps only the bug check, the system and the modules)\n",
            dump.Execute("!verifier"));
        Assert.Equal("!wdflogdump: the dump holds no 'wdf' view (a small dump keeps only the bug check, the system and the modules)\n",
            dump.Execute("!wdflogdump echo"));
        Assert.Equal("Symbol Zero!ZERO_DEVICE_EXTENSION not found.\n", dump.Execute("dt Zero!ZERO_DEVICE_EXTENSION"));
        Assert.Equal(rig.Kd.Execute("dt nt!_MDL"), dump.Execute("dt nt!_MDL"));
    }

    // The command's text on the live session, and on a kernel dump of the machine as it is now (.dump /f).
    private (string Live, string Dump) LiveAndDump(KernelDebugger kd, string command)
    {
        var live = kd.Execute(command);
        var path = Path.Combine(_folder, "live.dmp");
        Assert.EndsWith("Dump successfully written\n", kd.Execute($".dump /f /o {path}"), StringComparison.Ordinal);
        return (live, KernelDebugger.OpenDump(path).Execute(command));
    }

    private static string Hex(ulong value) => value.ToString("x", CultureInfo.InvariantCulture);
}
