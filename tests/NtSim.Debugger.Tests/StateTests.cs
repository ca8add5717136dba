namespace NtSim.Debugger.Tests;

/// <summary>!irql, !pcr, !prcb, !dpcs, !timer, !locks and r on a machine stopped at a bug check and on a live one.</summary>
public sealed class StateTests
{
    [Theory]
    [InlineData("!irql", "bugcheck-irql")]
    [InlineData("!irql 1", "bugcheck-irql-1")]
    [InlineData("!pcr", "bugcheck-pcr")]
    [InlineData("!prcb 1", "bugcheck-prcb-1")]
    [InlineData("!dpcs", "bugcheck-dpcs")]
    [InlineData("!locks", "bugcheck-locks")]
    [InlineData("r", "bugcheck-r")]
    [InlineData("r irql; r @$thread", "bugcheck-r-names")]
    [InlineData("? @irql; !thread @$thread 0", "bugcheck-registers-in-expressions")]
    public void BugCheck_StateOfTheProcessors(string command, string expected)
    {
        using var machine = ThreadsRig.BugCheckedInDriver();
        ExpectedText.Matches("state/" + expected, new KernelDebugger(machine).Execute(command));
    }

    [Theory]
    [InlineData("!dpcs", "wait-dpcs")]
    [InlineData("!dpcs 1", "wait-dpcs-1")]
    [InlineData("!pcr", "wait-pcr")]
    [InlineData("!locks", "wait-locks")]
    [InlineData("!irql", "wait-irql")]
    public void BugCheckInAWait_QueuedDpcAndHeldLock(string command, string expected)
    {
        using var machine = ThreadsRig.BugCheckedInWait();
        ExpectedText.Matches("state/" + expected, new KernelDebugger(machine).Execute(command));
    }

    [Theory]
    [InlineData("!timer", "pending-timer")]
    [InlineData("!locks", "pending-locks")]
    [InlineData("!irql", "pending-irql")]
    public void PendingRead_TimersAndLocks(string command, string expected)
    {
        using var machine = ThreadsRig.PendingRead();
        ExpectedText.Matches("state/" + expected, new KernelDebugger(machine).Execute(command));
    }

    [Theory]
    [InlineData("!irql 2", "Invalid processor number 2: the machine has 2 processors (0 to 1)\n")]
    [InlineData("!pcr 9", "Invalid processor number 9: the machine has 2 processors (0 to 1)\n")]
    [InlineData("!dpcs x", "Couldn't resolve error at 'x'\n")]
    [InlineData("r rax", "Bad register error at 'rax'\n")]
    public void BadArguments_PrintOneLine(string command, string expected)
    {
        using var machine = ThreadsRig.PendingRead();
        Assert.Equal(expected, new KernelDebugger(machine).Execute(command));
    }
}
