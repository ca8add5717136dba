using NtSim.Debugger.Commands.Control;
using static NtSim.Wdm;

namespace NtSim.Debugger.Tests;

/// <summary>The control commands: g, .breakin, .cls, vertarget, on machines broken in, bug checked and at rest.</summary>
public sealed class ControlCommandTests
{
    private static Machine Boot(int processors = 2, WindowsVersion? version = null) => Machine.Boot(new MachineOptions
    {
        Processors = processors, Seed = 7, KernelDebugging = KernelDebugging.Attached, WindowsVersion = version ?? WindowsVersion.Newest,
    });

    [Fact]
    public void Go_BrokenIn_ResumesAndTheBreakingCodeGoesOn_UntilItBugChecks()
    {
        using var machine = Boot();
        var resumed = false;
        Assert.Equal(RunStatus.Break, machine.Run(() =>
        {
            DbgBreakPoint();
            resumed = true;
            KeBugCheckEx(0xE2, 1, 2, 3, 4);
        }));
        var kd = new KernelDebugger(machine);

        ExpectedText.Matches("control/go-until-bugcheck", kd.Execute("g"));
        Assert.True(resumed);
        Assert.Equal(0xE2u, machine.BugCheck?.Code);
    }

    [Fact]
    public void Go_BrokenInTwice_PrintsTheSecondBreak_ThenRunsToIdle()
    {
        using var machine = Boot();
        var passes = 0;
        Assert.Equal(RunStatus.Break, machine.Run(() =>
        {
            DbgBreakPoint();
            passes++;
            DbgBreakPointWithStatus(0x1234);
            passes++;
        }));
        var kd = new KernelDebugger(machine);

        ExpectedText.Matches("control/go-second-break", kd.Execute("g"));
        Assert.Equal(1, passes);
        Assert.Equal("", kd.Execute("g"));
        Assert.Equal(2, passes);
        Assert.Null(machine.Debugger.Break);
    }

    [Fact]
    public void Go_BugChecked_RefusedInWinDbgsWords()
    {
        using var machine = Boot();
        Assert.Equal(RunStatus.BugCheck, machine.Run(() => KeBugCheckEx(0xE2, 0, 0, 0, 0)));

        ExpectedText.Matches("control/go-bugchecked", new KernelDebugger(machine).Execute("g"));
    }

    [Fact]
    public void Go_AtRest_SaysThereIsNothingToResume()
    {
        using var machine = Boot();

        ExpectedText.Matches("control/go-at-rest", new KernelDebugger(machine).Execute("g"));
    }

    [Fact]
    public void Breakin_SaysWhatHoldsTheMachine()
    {
        using var atRest = Boot();
        using var broken = Boot();
        using var crashed = Boot();
        Assert.Equal(RunStatus.Break, broken.Run(() => DbgBreakPoint()));
        Assert.Equal(RunStatus.BugCheck, crashed.Run(() => KeBugCheckEx(0xE2, 0, 0, 0, 0)));

        ExpectedText.Matches("control/breakin", new KernelDebugger(atRest).Execute(".breakin") + new KernelDebugger(broken).Execute(".breakin")
            + new KernelDebugger(crashed).Execute(".breakin"));
    }

    [Fact]
    public void Cls_ClearsOnlyATerminal()
    {
        using var machine = Boot();

        Assert.Equal("", new KernelDebugger(machine).Execute(".cls"));
        Assert.Equal(ClsCommand.ClearSequence, new KernelDebugger(machine) { Terminal = true }.Execute(".cls"));
    }

    [Fact]
    public void Vertarget_NewestRelease_TwoProcessors_AfterTwoSecondsOfVirtualTime()
    {
        using var machine = Boot();
        machine.AdvanceTime(TimeSpan.FromMilliseconds(2345));

        ExpectedText.Matches("control/vertarget", new KernelDebugger(machine).Execute("vertarget"));
    }

    [Fact]
    public void Vertarget_Windows7Sp1_OneProcessor_NamesTheServicePack()
    {
        using var machine = Boot(processors: 1, version: WindowsVersion.Windows7Sp1);

        ExpectedText.Matches("control/vertarget-win7sp1", new KernelDebugger(machine).Execute("vertarget"));
    }
}
