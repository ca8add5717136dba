namespace NtSim.Cli.Tests;

/// <summary>`ntsim run` of the KMDF samples: nonpnpapp with its legacy (non-PnP) driver started as a
/// service, echoapp with the echo device installed from echo.inf as devcon does and removed after.</summary>
public sealed class RunKmdfSampleTests
{
    [Fact]
    public void Run_NonPnpApp_FourMethodsAndTheFileThenACleanStop()
    {
        var run = CliRun.Of("run", "nonpnpapp");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        run.Matches("run/nonpnpapp");
    }

    [Fact]
    public void Run_EchoApp_InstallsTheDeviceRoundTripsAndRemovesIt()
    {
        var run = CliRun.Of("run", "echoapp");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        run.Matches("run/echoapp");
    }

    [Fact]
    public void Run_EchoAppAsync_TwentyEachWayCompleteOnThePort()
    {
        var run = CliRun.Of("run", "echoapp", "-Async", "20");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        run.Matches("run/echoapp-async-20");
    }
}
