namespace NtSim.Debugger.Tests;

/// <summary>.bugcheck and !analyze on machines that bug checked in a driver (0xD1, 0xC4 from a DDI rule and from
/// a pool leak at unload, 0x10D from a KMDF misuse) and on one that did not.</summary>
public sealed class CrashTests
{
    [Fact]
    public void NoBugCheck_AnalyzeAndBugcheck_AnswerAsForABreakIn()
    {
        using var machine = CrashRig.Boot();
        var kd = new KernelDebugger(machine);

        ExpectedText.Matches("Crash/no-bugcheck", kd.Execute(".bugcheck; !analyze -v"));
    }

    [Fact]
    public void PagedPoolAtDispatch_AnalyzeNamesTheDriverRoutineAndLine()
    {
        using var machine = CrashRig.Boot();
        var bugCheck = CrashRig.CrashIn<PagedAtDispatchDriver>(machine, "Pager");
        Assert.Equal(Wdm.DRIVER_IRQL_NOT_LESS_OR_EQUAL, bugCheck.Code);
        var kd = new KernelDebugger(machine);

        var text = kd.Execute(".bugcheck; !analyze -v");

        ExpectedText.Matches("Crash/d1", text);
        Assert.Contains("SYMBOL_NAME:  Pager!DriverEntry", text, StringComparison.Ordinal);
        Assert.Contains("FAULTING_SOURCE_LINE:  CrashRig.cs", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PagedPoolAtDispatch_AnalyzeWithoutV_ProbablyCausedBy()
    {
        using var machine = CrashRig.Boot();
        CrashRig.CrashIn<PagedAtDispatchDriver>(machine, "Pager");

        ExpectedText.Matches("Crash/d1-short", new KernelDebugger(machine).Execute("!analyze"));
    }

    [Fact]
    public void DdiRuleAtDispatch_AnalyzePrintsTheViolatedConditionAndXdvBucket()
    {
        using var machine = CrashRig.Boot();
        var bugCheck = CrashRig.CrashIn<ZwAtDispatchDriver>(machine, "ZwCaller");
        Assert.Equal(Wdm.DRIVER_VERIFIER_DETECTED_VIOLATION, bugCheck.Code);

        var text = new KernelDebugger(machine).Execute("!analyze -v");

        ExpectedText.Matches("Crash/c4-ddi", text);
        Assert.Contains("FAILURE_BUCKET_ID:  0xc4_IrqlZwPassive_XDV_VRF_ZwCaller!DriverEntry", text, StringComparison.Ordinal);
    }

    [Fact]
    public void KmdfWrongHandle_AnalyzePrintsTheWdfViolationArguments()
    {
        using var machine = CrashRig.Boot();
        var bugCheck = CrashRig.CrashIn<WrongHandleDriver>(machine, "WrongHandle");
        Assert.Equal(Wdm.WDF_VIOLATION, bugCheck.Code);

        var text = new KernelDebugger(machine).Execute("!analyze -v");

        ExpectedText.Matches("Crash/10d", text);
        Assert.Contains("Arg1: 0000000000000005, A framework object handle of the incorrect type", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PoolLeakedAtUnload_VerifierListsTheBlocks_ThenAnalyzeExplainsTheC4()
    {
        using var machine = CrashRig.Boot();
        CrashRig.StartLeaky(machine);
        var kd = new KernelDebugger(machine);

        ExpectedText.Matches("Verifier/leaky", kd.Execute("!verifier 3 Leaky"));

        Assert.Equal(RunStatus.BugCheck, machine.Services.Stop("Leaky").RunStatus);
        Assert.Equal(0x62UL, machine.BugCheck!.Parameter1);
        ExpectedText.Matches("Crash/c4-leak", kd.Execute("!analyze -v"));
    }

    [Fact]
    public void DriverCallsKeBugCheckEx_AnalyzeShowsTheCodeAndBareArguments()
    {
        using var machine = CrashRig.Boot();
        CrashRig.CrashIn<ManualCrashDriver>(machine, "Manual");

        var text = new KernelDebugger(machine).Execute("!analyze -v");

        ExpectedText.Matches("Crash/e2", text);
        Assert.Contains("Arg1: 0000000000000001\n", text, StringComparison.Ordinal);
        Assert.Contains("MODULE_NAME: Manual\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("!analyze -f", "!analyze: unknown option '-f' (NtSim knows -v)\n")]
    [InlineData(".bugcheck 1", "                 ^ Syntax error in '.bugcheck 1'\n")]
    public void BadArguments_OneClearLine(string command, string expected)
    {
        using var machine = CrashRig.Boot();

        Assert.Equal(expected, new KernelDebugger(machine).Execute(command));
    }
}
