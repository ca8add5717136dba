namespace NtSim.Debugger.Tests;

/// <summary>!irp and !irpfind on a machine with reads pending in the cancel sample's cancel-safe queue.</summary>
public sealed class IrpCommandTests
{
    [Fact]
    public void IrpFind_ListsEveryIrpInFlight_WithThreadAndDriver()
    {
        using var rig = new IrpsRig();

        var output = rig.Kd.Execute("!irpfind");

        ExpectedText.Matches("irps/irpfind", output);
        Assert.Equal(3, output.Split('\n').Count(l => l.Contains("current stack belongs to  \\Driver\\cancel", StringComparison.Ordinal)));
    }

    [Fact]
    public void IrpFind_ThreadCriteria_KeepsThatThreadsIrps()
    {
        using var rig = new IrpsRig();
        var (irp, thread) = rig.Irps[1];

        var output = rig.Kd.Execute($"!irpfind 0 0 thread {thread}");

        ExpectedText.Matches("irps/irpfind-thread", output);
        Assert.Contains(irp, output, StringComparison.Ordinal);
        Assert.DoesNotContain(rig.Irps[0].Irp, output, StringComparison.Ordinal);
    }

    [Fact]
    public void IrpFind_UserEvent_KeepsTheReadsWithAnEvent()
    {
        using var rig = new IrpsRig();
        rig.SendReadWithCompletion();

        var output = rig.Kd.Execute("!irpfind 0 0 userevent");

        // canclapp's three overlapped reads have a user event; the read the rig sent has none.
        ExpectedText.Matches("irps/irpfind-userevent", output);
        Assert.Equal(4, rig.Irps.Count);
        Assert.Equal(3, output.Split('\n').Count(l => l.Contains(" Thread ", StringComparison.Ordinal)));
    }

    [Fact]
    public void IrpFind_PagedPool_FindsNone()
    {
        using var rig = new IrpsRig();
        ExpectedText.Matches("irps/irpfind-paged", rig.Kd.Execute("!irpfind 1"));
    }

    [Fact]
    public void Irp_PendingRead_ShowsItsStackArgumentsAndHistory()
    {
        using var rig = new IrpsRig();
        var output = rig.Kd.Execute("!irp " + rig.Irps[0].Irp);

        ExpectedText.Matches("irps/irp-pending-read", output);
        Assert.Contains(">[IRP_MJ_READ(3), N/A(0)]", output, StringComparison.Ordinal);
        Assert.Contains("    pending", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Irp_TwoLocationsWithCompletionRoutine_RoutineUnderItsLocation()
    {
        using var rig = new IrpsRig();
        rig.SendReadWithCompletion();
        var irp = rig.Irps.Single(i => !rig.Kd.Execute("!irp " + i.Irp).Contains("Irp is active with 1 stacks", StringComparison.Ordinal)).Irp;

        var output = rig.Kd.Execute("!irp " + irp);

        ExpectedText.Matches("irps/irp-completion-routine", output);
        Assert.Contains(" Success Error Cancel pending", output, StringComparison.Ordinal);
        Assert.Contains("\\Driver\\cancel\tNtSim.Debugger.Tests!IrpsRig.RigReadCompletion", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Irp_Detail_PrintsTheFieldsFirst()
    {
        using var rig = new IrpsRig();
        ExpectedText.Matches("irps/irp-detail", rig.Kd.Execute($"!irp {rig.Irps[0].Irp} 1"));
    }

    [Theory]
    [InlineData("!irp", "irp-usage")]
    [InlineData("!irp 1234", "irp-not-an-irp")]
    [InlineData("!irp nosuch", "irp-bad-address")]
    [InlineData("!irpfind 0 0 colour 1", "irpfind-bad-criteria")]
    [InlineData("!irpfind 0 0 thread", "irpfind-criteria-without-data")]
    [InlineData("!irp 0 1 2", "irp-too-many")]
    public void BadArguments_WinDbgsErrorLine(string command, string expected)
    {
        using var machine = Machine.Boot();
        ExpectedText.Matches("irps/" + expected, new KernelDebugger(machine).Execute(command));
    }
}
