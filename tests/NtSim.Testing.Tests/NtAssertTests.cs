using Xunit.Sdk;
using static NtSim.Wdm;

namespace NtSim.Testing.Tests;

/// <summary>NtAssert: a bug check by code and parameters, a completed run, a clean unload, each failing
/// with what the machine knows.</summary>
public sealed class NtAssertTests
{
    private static RunStatus Crash(Machine machine) =>
        machine.Run(() => KeBugCheckEx(MANUALLY_INITIATED_CRASH, 1, 2, 3, 4), "Crasher");

    [Fact]
    public void BugCheck_Matching_ReturnsIt()
    {
        using var machine = TestMachine.Boot();

        var info = NtAssert.BugCheck(machine, Crash(machine), MANUALLY_INITIATED_CRASH, 1, 2, 3, 4);

        Assert.Equal(MANUALLY_INITIATED_CRASH, info.Code);
        Assert.Same(machine.BugCheck, info);
    }

    [Fact]
    public void BugCheck_ParameterDiffers_FailsNamingIt_WithTheAccountAndTheTrace()
    {
        using var machine = TestMachine.Boot();
        var status = Crash(machine);

        var e = Assert.ThrowsAny<XunitException>(() => NtAssert.BugCheck(machine, status, MANUALLY_INITIATED_CRASH, 1, 2, 9, 4));

        Assert.Contains("parameter 3 differs: expected 0x9, got 0x3", e.Message);
        Assert.Contains(machine.BugCheck!.StopLine, e.Message);
        Assert.Contains(machine.BugCheck.Account, e.Message);
        Assert.Contains("The trace's last", e.Message);
    }

    [Fact]
    public void BugCheck_CodeDiffers_FailsNamingBoth()
    {
        using var machine = TestMachine.Boot();
        var status = Crash(machine);

        var e = Assert.ThrowsAny<XunitException>(() => NtAssert.BugCheck(machine, status, IRQL_NOT_LESS_OR_EQUAL, 1, 2, 3, 4));

        Assert.Contains("Expected bug check 0xA (0x1, 0x2, 0x3, 0x4), got bug check 0xE2 (MANUALLY_INITIATED_CRASH)", e.Message);
        Assert.Contains(machine.BugCheck!.Account, e.Message);
    }

    [Fact]
    public void BugCheck_RunCompleted_Fails()
    {
        using var machine = TestMachine.Boot();
        var status = machine.Run(() => { });

        var e = Assert.ThrowsAny<XunitException>(() => NtAssert.BugCheck(machine, status, MANUALLY_INITIATED_CRASH, 1, 2, 3, 4));

        Assert.Contains("Expected bug check 0xE2", e.Message);
        Assert.Contains("run ended with Completed", e.Message);
    }

    [Fact]
    public void Completed_AfterABugCheck_FailsWithTheAccount()
    {
        using var machine = TestMachine.Boot();
        var status = Crash(machine);

        var e = Assert.ThrowsAny<XunitException>(() => NtAssert.Completed(machine, status));

        Assert.Contains("run ended with BugCheck", e.Message);
        Assert.Contains(machine.BugCheck!.Account, e.Message);
    }

    [Fact]
    public void Completed_CompletedRun_Passes()
    {
        using var machine = TestMachine.Boot();

        NtAssert.Completed(machine, machine.Run(() => { }));

        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void CleanUnload_ReportWithLeaks_FailsWithTheReport()
    {
        using var machine = TestMachine.Boot();
        machine.LoadDriver(TestDrivers.Leaky);
        var report = machine.Services.Stop("Leaky");

        var e = Assert.ThrowsAny<XunitException>(() => NtAssert.CleanUnload(report));

        Assert.Contains(report.ToString(), e.Message);
    }
}
