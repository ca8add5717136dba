using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Tests;

/// <summary>The thread and processor commands on crash dumps: a kernel dump written at ThreadsRig's bug checks, and one
/// written by <c>.dump /f</c> of the machine with the pending read (it has not bug checked), print what the live machine
/// printed; a small dump keeps the processor that bug checked, its thread and process, and says what it lacks.</summary>
public sealed class ThreadsDumpTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ntsim-thrdump-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Theory]
    [InlineData("k")]
    [InlineData("kn")]
    [InlineData("!thread")]
    [InlineData("!process 0 0")]
    [InlineData("!process")]
    [InlineData("!process 0 6")]
    [InlineData("!irql")]
    [InlineData("!irql 1")]
    [InlineData("!pcr")]
    [InlineData("!prcb 1")]
    [InlineData("!dpcs")]
    [InlineData("!locks")]
    [InlineData("!timer")]
    [InlineData("r")]
    [InlineData("r irql; r @$thread")]
    [InlineData("? @irql; !thread @$thread 0")]
    [InlineData("!irql 2")]
    public void BugCheckedInDriver_KernelDumpReadsAsTheLiveMachine(string command)
    {
        var path = PathOf("MEMORY.DMP");
        using var machine = ThreadsRig.BugCheckedInDriver(path);

        AssertSameOnDump(machine, path, command);
    }

    [Theory]
    [InlineData("kn")]
    [InlineData("kb 1")]
    [InlineData("kp")]
    [InlineData("!dpcs")]
    [InlineData("!dpcs 1")]
    [InlineData("!pcr")]
    [InlineData("!locks")]
    [InlineData("!irql")]
    [InlineData("!process 0 6")]
    public void BugCheckedInWait_KernelDumpReadsAsTheLiveMachine(string command)
    {
        var path = PathOf("MEMORY.DMP");
        using var machine = ThreadsRig.BugCheckedInWait(path);

        AssertSameOnDump(machine, path, command);
    }

    [Theory]
    [InlineData("!process 0 0")]
    [InlineData("!process 0 6")]
    [InlineData("!process 0 0 reader.exe")]
    [InlineData("!timer")]
    [InlineData("!locks")]
    [InlineData("!irql")]
    [InlineData("!pcr 1")]
    [InlineData("r")]
    [InlineData("!thread 1234")]
    public void PendingRead_DotDumpReadsAsTheLiveMachine(string command)
    {
        var path = PathOf("live.dmp");
        using var machine = ThreadsRig.PendingRead();
        var kd = new KernelDebugger(machine);
        Assert.EndsWith("Dump successfully written\n", kd.Execute(".dump /f " + path), StringComparison.Ordinal);

        Assert.Equal(kd.Execute(command), KernelDebugger.OpenDump(path).Execute(command));
    }

    [Fact]
    public void PendingRead_DotDump_ThreadOfTheReaderWithItsIrp()
    {
        var path = PathOf("live.dmp");
        using var machine = ThreadsRig.PendingRead();
        var kd = new KernelDebugger(machine);
        kd.Execute(".dump /f " + path);
        var reader = kd.Execute("!process 0 2 reader.exe").Split('\n').Single(l => l.StartsWith("THREAD ", StringComparison.Ordinal)).Split(' ')[1];

        var onDump = KernelDebugger.OpenDump(path).Execute("!thread " + reader);

        Assert.Contains("IRP List:", onDump, StringComparison.Ordinal);
        Assert.Equal(kd.Execute("!thread " + reader), onDump);
    }

    [Theory]
    [InlineData("k")]
    [InlineData("!thread")]
    [InlineData("!process")]
    [InlineData("!irql")]
    [InlineData("!pcr")]
    [InlineData("r")]
    [InlineData("? @irql; !thread @$thread 0")]
    public void SmallDump_KeepsTheCrashingProcessorThreadAndProcess(string command)
    {
        var path = PathOf("small.dmp");
        using var machine = ThreadsRig.BugCheckedInDriver(path, CrashDumpType.Small);

        AssertSameOnDump(machine, path, command);
    }

    [Fact]
    public void SmallDump_SaysWhatItDoesNotKeep()
    {
        var path = PathOf("small.dmp");
        using var machine = ThreadsRig.BugCheckedInDriver(path, CrashDumpType.Small);
        var other = 1 - machine.BugCheck!.Processor;

        ExpectedText.Matches("threads/small-dump", KernelDebugger.OpenDump(path).Execute($"!process 0 0; !timer; !locks; !irql {other}; !dpcs {other}"));
    }

    [Fact]
    public void Arrival_OnADump_IsTheBugCheckBlockTheLiveMachinePrinted()
    {
        var path = PathOf("MEMORY.DMP");
        using var machine = ThreadsRig.BugCheckedInDriver(path);

        var live = KdArrival.Of(machine).ToList();
        var dump = KdArrival.Of(KernelDebugger.OpenDump(path).Target).ToList();

        Assert.Contains("*** Fatal System Error: 0x00000133", live);
        Assert.Equal(live, dump);
    }

    [Fact]
    public void Arrival_OnADotDumpWithoutBugCheck_IsEmpty()
    {
        var path = PathOf("live.dmp");
        using var machine = ThreadsRig.PendingRead();
        new KernelDebugger(machine).Execute(".dump /f " + path);

        Assert.Empty(KdArrival.Of(KernelDebugger.OpenDump(path).Target));
    }

    private static void AssertSameOnDump(Machine machine, string path, string command)
    {
        Assert.Equal(path, machine.CrashDumps.LastDump);
        var live = new KernelDebugger(machine).Execute(command);
        Assert.Equal(live, KernelDebugger.OpenDump(path).Execute(command));
    }
}
