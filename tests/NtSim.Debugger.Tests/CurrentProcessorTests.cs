using static NtSim.Wdm;

namespace NtSim.Debugger.Tests;

/// <summary>The session stands on the processor that stopped the machine (a break, a bug check), without its host
/// choosing it, and moves with each new stop, as WinDbg's prompt does.</summary>
public sealed class CurrentProcessorTests
{
    private static Machine Boot() => Machine.Boot(new MachineOptions
    {
        Processors = 2, Seed = 7, Mode = ExecutionMode.Deterministic, KernelDebugging = KernelDebugging.Attached,
    });

    [Fact]
    public void BrokenInOnProcessorOne_PromptAndIrqlAreProcessorOnes()
    {
        using var machine = Boot();
        Assert.Equal(RunStatus.Break, machine.Run(() =>
        {
            KeSetSystemAffinityThreadEx(1UL << 1);
            DbgBreakPoint();
        }));

        var kd = new KernelDebugger(machine);

        Assert.Equal(1, machine.Debugger.Break?.Processor);
        Assert.Equal("1: kd> ", kd.Prompt);
        Assert.StartsWith("Debugger saved IRQL for processor 0x1 ", kd.Execute("!irql"), StringComparison.Ordinal);
    }

    [Fact]
    public void BugCheckOnProcessorOne_AfterGo_TheSessionFollows()
    {
        using var machine = Boot();
        Assert.Equal(RunStatus.Break, machine.Run(() =>
        {
            DbgBreakPoint();
            KeSetSystemAffinityThreadEx(1UL << 1);
            KeBugCheckEx(MANUALLY_INITIATED_CRASH, 0, 0, 0, 0);
        }));
        var kd = new KernelDebugger(machine);
        Assert.Equal("0: kd> ", kd.Prompt);

        kd.Execute("g");

        Assert.Equal(1, machine.BugCheck?.Processor);
        Assert.Equal("1: kd> ", kd.Prompt);
    }
}
