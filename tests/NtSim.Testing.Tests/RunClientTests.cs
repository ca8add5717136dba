using Xunit.Sdk;

namespace NtSim.Testing.Tests;

/// <summary>RunClient: a client in a user process, run to its exit and until the machine is idle.</summary>
public sealed class RunClientTests
{
    [Fact]
    public void RunClient_OpensTheDevice_ExitCodeAndOutput()
    {
        using var machine = TestMachine.Boot();
        machine.StartDriver<CountingDriver>("Counting");

        var app = machine.RunClient(CountingClient.Run, "Counting");

        Assert.Equal("countingclient", app.ImageName);
        Assert.True(app.HasExited);
        Assert.Equal(0, app.ExitCode);
        Assert.Equal(@"countingclient: opened \\.\Counting" + "\n", app.Output);
        Assert.Contains("Counting: opened\n", machine.DebugText());
        machine.StopDriver("Counting");
    }

    [Fact]
    public void RunClient_Named_NoDevice_ReturnsItsExitCode()
    {
        using var machine = TestMachine.Boot();

        var app = machine.RunClient("probe", CountingClient.Run, "Nothing");

        Assert.Equal("probe", app.ImageName);
        Assert.Equal(1, app.ExitCode);
        Assert.Contains("failed, error 2", app.Output);
    }

    [Fact]
    public void RunClient_Lambda_IsNamedAfterTheTestClass()
    {
        using var machine = TestMachine.Boot();

        var app = machine.RunClient(_ => 5);

        Assert.Equal("runclienttests", app.ImageName);
        Assert.Equal(5, app.ExitCode);
    }

    [Fact]
    public void RunClient_DriverBugChecksDuringTheRun_FailsWithTheAccount()
    {
        using var machine = TestMachine.Boot();
        machine.StartDriver<CountingDriver>("Counting");

        var e = Assert.ThrowsAny<XunitException>(() => machine.RunClient(CountingClient.Run, @"Counting\crash"));

        Assert.Contains("The client countingclient did not run to its exit", e.Message);
        Assert.Contains("*** STOP: 0x000000E2 (0x000000000000C0DE,", e.Message);
        Assert.Contains(machine.BugCheck!.Account, e.Message);
    }

    [Fact]
    public void RunClient_HaltedMachine_FailsWithTheBugCheck()
    {
        using var machine = TestMachine.Boot();
        Assert.Equal(RunStatus.BugCheck, machine.Run(() => Wdm.KeBugCheckEx(Wdm.MANUALLY_INITIATED_CRASH, 0, 0, 0, 0)));

        var e = Assert.ThrowsAny<XunitException>(() => machine.RunClient("late", _ => 0));

        Assert.Contains("The client late cannot start: the machine has halted.", e.Message);
        Assert.Contains("MANUALLY_INITIATED_CRASH", e.Message);
    }
}

/// <summary>RunClient with a client assembly's path: the entry point of a file the build produced.</summary>
public sealed class RunClientAssemblyTests
{
    [Fact]
    public void RunClient_AssemblyPath_RunsItsMainWithTheArguments()
    {
        using var machine = TestMachine.Boot();
        machine.LoadDriver(TestDrivers.Hello);

        var app = machine.RunClient(TestDrivers.PathOf("HelloClient"), "7", "from", "a", "test");

        Assert.Equal("HelloClient.dll", app.ImageName);
        Assert.Equal(7, app.ExitCode);
        Assert.Equal(@"HelloClient: opened \\.\Hello; 4 argument(s): 7 from a test" + "\n", app.Output);
        machine.StopDriver("Hello");
    }

    [Fact]
    public void RunClient_AssemblyPathThatIsNotThere_FailsNamingTheFile()
    {
        using var machine = TestMachine.Boot();
        var missing = Path.Combine(TestDrivers.Folder, "NoSuchClient.dll");

        var e = Assert.ThrowsAny<XunitException>(() => machine.RunClient(missing));

        Assert.Contains($"The client {missing} cannot start", e.Message);
        Assert.Contains("NoSuchClient.dll", e.Message);
    }
}
