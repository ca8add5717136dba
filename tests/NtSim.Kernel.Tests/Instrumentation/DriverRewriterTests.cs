using NtSim.Tests.Cm;
using NtSim.Tests.Services;
using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Tests.Instrumentation;

/// <summary>A driver assembly loaded from a file is rewritten with probes, and behaves as before.</summary>
public sealed class DriverRewriterTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void RewrittenDriver_GivesTheSameResultsAsTheDriverAsItIs(int seed)
    {
        var rewritten = SumThroughTheDriver(instrument: true, seed);
        var asItIs = SumThroughTheDriver(instrument: false, seed);

        Assert.Equal(asItIs, rewritten);
        Assert.Equal(8u, rewritten.Returned);
        Assert.NotEqual(0UL, rewritten.Sum);
    }

    [Fact]
    public void ProbeTable_MapsEachProbeToItsMethodAndLine()
    {
        using var machine = Boot();
        Completed(machine, RunawayDriver.Start(machine, RunawayDriver.Normal));

        var probes = Assert.IsType<ProbeTable>(ImageOf(machine).Probes);

        Assert.Equal("Runaway", probes.Image);
        var entry = Assert.Single(probes.Sites, s => s is { Kind: ProbeKind.MethodEntry, Method: "RunawayDriver.DriverEntry" });
        Assert.Equal(0, entry.IlOffset);
        Assert.StartsWith("RunawayDriver.cs:", entry.Site, StringComparison.Ordinal);
        var spin = Assert.Single(probes.Sites, s => s.Kind == ProbeKind.BackEdge && s.Site == RunawayDriver.Site("entry spin"));
        Assert.Equal("RunawayDriver.DriverEntry", spin.Method);
        Assert.Same(spin, ProbeTable.Find(spin.Id));
        Assert.Same(spin, probes[spin.Id]);
        Assert.Equal(Enumerable.Range(probes.FirstId, probes.Sites.Count), probes.Sites.Select(s => s.Id));
        // Every method with a body has exactly one entry probe.
        Assert.Equal(probes.Sites.Where(s => s.Kind == ProbeKind.MethodEntry).Select(s => s.Method).Distinct().Count(),
            probes.Sites.Count(s => s.Kind == ProbeKind.MethodEntry));
    }

    [Fact]
    public void ProbeTable_IsRetiredWhenTheImageUnloads()
    {
        using var machine = Boot();
        Completed(machine, RunawayDriver.Start(machine, RunawayDriver.Normal));
        var probes = ImageOf(machine).Probes!;

        Assert.True(machine.Services.Stop("Runaway").IsClean);

        Assert.Null(ProbeTable.Find(probes.FirstId));
    }

    [Fact]
    public void InstrumentDrivers_Off_LoadsTheAssemblyAsItIs()
    {
        using var machine = Machine.Boot(new MachineOptions { InstrumentDrivers = false });
        Completed(machine, RunawayDriver.Start(machine, RunawayDriver.Normal));

        Assert.Null(ImageOf(machine).Probes);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DriverWithoutItsSymbols_IsRewrittenWithoutLines_AndStillStopsItsRecursion(bool otherBuildsPdb)
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("Runaway.dll");
        File.Copy(RunawayDriver.Path, path);
        if (otherBuildsPdb)
        {
            // A PDB that does not match the assembly is left aside.
            File.Copy(Path.ChangeExtension(TestDrivers.Hello, ".pdb"), folder.File("Runaway.pdb"));
        }

        using var machine = Boot();
        machine.Services.Create("Runaway", path);
        machine.Registry.SetValue(RunawayDriver.Key + @"\Parameters", "Mode", RunawayDriver.Recursion);

        var status = machine.Services.Start("Runaway");

        var info = BugCheck(machine, status, UNEXPECTED_KERNEL_MODE_TRAP, 8, 0, 0, 0);
        Assert.Equal("Runaway!RunawayDriver.Recurse", info.Location);
    }

    private static DriverImage ImageOf(Machine machine) =>
        machine.IoManager.Drivers.Single(d => d.Name == "Runaway").Image!;

    private static (bool Ok, uint Returned, ulong Sum, bool Clean, string Printed) SumThroughTheDriver(bool instrument, int seed)
    {
        using var machine = Machine.Boot(new MachineOptions { InstrumentDrivers = instrument, Seed = seed });
        Completed(machine, RunawayDriver.Start(machine, RunawayDriver.Normal));
        var input = Enumerable.Range(0, 100).Select(i => (byte)(i * 7)).ToArray();
        var output = new byte[8];
        var ok = false;
        uint returned = 0;
        var app = machine.StartProcess("app", _ =>
        {
            var h = CreateFile(@"\\.\Runaway", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            ok = DeviceIoControl(h, RunawayDriver.IOCTL_RUNAWAY_SUM, input, (uint)input.Length, output, (uint)output.Length, out returned, null);
            CloseHandle(h);
            return 0;
        });
        Completed(machine, app.WaitForExit());
        var clean = machine.Services.Stop("Runaway").IsClean;
        var printed = string.Concat(machine.DebugOutput.Messages.Where(m => m.Module == "Runaway").Select(m => m.Text));
        return (ok, returned, BitConverter.ToUInt64(output), clean, printed);
    }
}
