namespace NtSim.Debugger.Tests;

/// <summary>!thread's WAIT line names why each thread waits (KWAIT_REASON), as the kernel recorded it on the wait.</summary>
public sealed class WaitReasonTests
{
    [Fact]
    public void SystemThreads_EachWaitPrintsItsReason()
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 2, Seed = 14, Mode = ExecutionMode.Deterministic });
        machine.Services.Install("Waiting", typeof(WaitingThreadsDriver));
        Assert.Equal(RunStatus.Completed, machine.Services.Start("Waiting"));
        Assert.Equal(RunStatus.Completed, machine.RunUntilIdle());

        ExpectedText.Matches("threads/wait-reasons", new KernelDebugger(machine).Execute("!process 0 6 System"));
    }
}
