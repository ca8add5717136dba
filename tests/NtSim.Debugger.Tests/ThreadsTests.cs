namespace NtSim.Debugger.Tests;

/// <summary>!process, !thread and k on a machine stopped at a bug check and on one with a pending read.</summary>
public sealed class ThreadsTests
{
    [Theory]
    [InlineData("k", "bugcheck-k")]
    [InlineData("kn", "bugcheck-kn")]
    [InlineData("!thread", "bugcheck-thread")]
    [InlineData("!process 0 0", "bugcheck-process")]
    [InlineData("!process", "bugcheck-process-current")]
    public void BugCheck_CommandPrintsTheCulprit(string command, string expected)
    {
        using var machine = ThreadsRig.BugCheckedInDriver();
        ExpectedText.Matches("threads/" + expected, new KernelDebugger(machine).Execute(command));
    }

    [Theory]
    [InlineData("kn", "wait-kn")]
    [InlineData("kb 1", "wait-kb-1")]
    [InlineData("kp", "wait-kp")]
    public void BugCheckInAWait_StackOfTheDriver(string command, string expected)
    {
        using var machine = ThreadsRig.BugCheckedInWait();
        ExpectedText.Matches("threads/" + expected, new KernelDebugger(machine).Execute(command));
    }

    [Theory]
    [InlineData("!process 0 0", "pending-process")]
    [InlineData("!process 0 6", "pending-process-threads")]
    [InlineData("!process 0 0 reader.exe", "pending-process-image")]
    public void PendingRead_ProcessListsSystemAndTheReader(string command, string expected)
    {
        using var machine = ThreadsRig.PendingRead();
        ExpectedText.Matches("threads/" + expected, new KernelDebugger(machine).Execute(command));
    }

    [Fact]
    public void PendingRead_ThreadOfTheReader_WaitsWithItsIrpListed()
    {
        using var machine = ThreadsRig.PendingRead();
        var kd = new KernelDebugger(machine);
        var listing = kd.Execute("!process 0 2 reader.exe");
        var reader = listing.Split('\n').Single(l => l.StartsWith("THREAD ", StringComparison.Ordinal)).Split(' ')[1];

        ExpectedText.Matches("threads/pending-thread-reader", kd.Execute("!thread " + reader));
    }

    [Theory]
    [InlineData("!thread 1234", "0000000000001234: Unable to get thread contents\n")]
    [InlineData("!thread nosuch", "Couldn't resolve error at 'nosuch'\n")]
    [InlineData("!process 1234 0", "0000000000001234: Unable to get process contents\n")]
    [InlineData("k zz", "Couldn't resolve error at 'zz'\n")]
    public void BadArguments_PrintOneLine(string command, string expected)
    {
        using var machine = ThreadsRig.PendingRead();
        Assert.Equal(expected, new KernelDebugger(machine).Execute(command));
    }
}
