using NtSim.Debugger.Dump;
using static NtSim.Wdm;

namespace NtSim.Debugger.Tests;

/// <summary>!irp, !irpfind, !pool, !poolfind and !poolused read a kernel dump as they read the live machine. The crash:
/// IrpsRig's machine with four reads pending (canclapp's three and the rig's own, with a completion routine), then the
/// rig overruns its paged block and frees it, which bug checks BAD_POOL_HEADER and writes the dump. A small dump keeps
/// no IRPs and no pool, and the commands say so.</summary>
public sealed class IrpsDumpTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ntsim-irpdump-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The crashed rig and the command with its placeholders filled from the live machine.</summary>
    private static string Fill(IrpsRig rig, string command)
    {
        var irps = rig.Irps;
        var twoLocations = irps.Single(i => !rig.Kd.Execute("!irp " + i.Irp).Contains("Irp is active with 1 stacks", StringComparison.Ordinal)).Irp;
        return command
            .Replace("{irp}", irps[0].Irp, StringComparison.Ordinal)
            .Replace("{irp2}", twoLocations, StringComparison.Ordinal)
            .Replace("{thread}", irps[1].Thread, StringComparison.Ordinal)
            .Replace("{paged}", IrpsRig.Hex(rig.Paged.Address), StringComparison.Ordinal)
            .Replace("{paged+8}", IrpsRig.Hex(rig.Paged.Address + 8), StringComparison.Ordinal)
            .Replace("{big+1800}", IrpsRig.Hex(rig.Big.Address + 0x1800), StringComparison.Ordinal);
    }

    private static IrpsRig Crash(string path)
    {
        var rig = new IrpsRig(path);
        rig.SendReadWithCompletion();
        // A 40-byte block takes 4 units with its header: 48 bytes of body, then the next block's header.
        rig.Overrun(rig.Paged, 48 + 8);
        var paged = rig.Paged;
        Assert.Equal(RunStatus.BugCheck, rig.Machine.Run(() => ExFreePoolWithTag(paged, TAG("KdPg"))));
        Assert.Equal(BAD_POOL_HEADER, rig.Machine.BugCheck!.Code);
        Assert.Equal(path, rig.Machine.CrashDumps.LastDump);
        return rig;
    }

    [Theory]
    [InlineData("!irpfind")]
    [InlineData("!irpfind 0 0 thread {thread}")]
    [InlineData("!irpfind 0 0 userevent")]
    [InlineData("!irpfind 1")]
    [InlineData("!irp {irp}")]
    [InlineData("!irp {irp} 1")]
    [InlineData("!irp {irp2}")]
    [InlineData("!irp {irp2} 1")]
    [InlineData("!irp 1234")]
    [InlineData("!poolused")]
    [InlineData("!poolused 2")]
    [InlineData("!poolused 4")]
    [InlineData("!poolused 0 Io*")]
    [InlineData("!poolused 0 Irp")]
    [InlineData("!poolused 0 K?P*")]
    [InlineData("!pool {irp}")]
    [InlineData("!pool {paged}")]
    [InlineData("!pool {paged+8} 2")]
    [InlineData("!pool {big+1800}")]
    [InlineData("!pool 1234")]
    [InlineData("!poolfind Irp")]
    [InlineData("!poolfind KdBg")]
    [InlineData("!poolfind KdPg 1")]
    [InlineData("!poolfind 0x6c6c6548")]
    public void KernelDump_ReadsAsTheLiveMachineDid(string template)
    {
        var path = Path.Combine(_folder, "MEMORY.DMP");
        using var rig = Crash(path);
        var command = Fill(rig, template);

        var live = rig.Kd.Execute(command);
        var dump = KernelDebugger.OpenDump(path).Execute(command);

        Assert.Equal(live, dump);
        Assert.DoesNotContain("keeps no", dump, StringComparison.Ordinal);
        Assert.DoesNotContain("needs a live machine", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void KernelDump_HoldsTheFourPendingReads_AndTheOverrunHeader()
    {
        var path = Path.Combine(_folder, "MEMORY.DMP");
        using (var rig = Crash(path))
        {
        }

        var kd = KernelDebugger.OpenDump(path);
        var irpfind = kd.Execute("!irpfind");
        Assert.Equal(4, irpfind.Split('\n').Count(l => l.Contains("current stack belongs to  \\Driver\\cancel", StringComparison.Ordinal)));
        var pool = kd.Execute("!pool " + kd.Execute(".bugcheck").Split('\n')[1].Split(' ')[2]);
        Assert.Contains("invalid pool header", pool, StringComparison.Ordinal);
        Assert.Contains("*KdPg", pool, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("!irpfind", "This dump keeps no pool: a small memory dump holds none (open a kernel dump)\n")]
    [InlineData("!irp 1234", "This dump keeps no IRPs: a small memory dump holds no pool (open a kernel dump)\n")]
    [InlineData("!poolused", "This dump keeps no pool: a small memory dump holds none (open a kernel dump)\n")]
    [InlineData("!pool 1234", "This dump keeps no pool: a small memory dump holds none (open a kernel dump)\n")]
    [InlineData("!poolfind Irp", "This dump keeps no pool: a small memory dump holds none (open a kernel dump)\n")]
    public void SmallDump_KeepsNoIrpsOrPool_AndSaysSo(string command, string expected)
    {
        var path = Path.Combine(_folder, "small.dmp");
        using (var machine = Machine.Boot(new MachineOptions
        {
            Processors = 2, Seed = 7, CrashDumpFile = path, CrashDumpType = CrashDumpType.Small, CrashDumpWriter = new CrashDumpWriter(),
        }))
        {
            Assert.Equal(RunStatus.BugCheck, machine.Run(() => KeBugCheckEx(MANUALLY_INITIATED_CRASH, 0, 0, 0, 0)));
        }

        var sections = CrashDumpFile.Read(path).Sections.Keys;
        Assert.DoesNotContain("irps", sections);
        Assert.DoesNotContain("pool", sections);
        Assert.Equal(expected, KernelDebugger.OpenDump(path).Execute(command));
    }
}
