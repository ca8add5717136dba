namespace NtSim.Cli.Tests;

/// <summary>`ntsim kd --machine DIR`: the console on the persistent machine, booted as devcon boots it (its running
/// services started again).</summary>
public sealed class KdPersistentMachineTests : PersistentMachineTests
{
    private static readonly string s_drivers = Path.Combine(AppContext.BaseDirectory, "drivers");

    [Fact]
    public void Kd_Machine_BootsItWithItsRunningServices_ThenThePrompt()
    {
        Assert.Equal(0, Ntsim("sc", "create", "Hello", "binPath=", Path.Combine(s_drivers, "Hello.dll")).ExitCode);
        Assert.Equal(0, Ntsim("sc", "start", "Hello").ExitCode);

        var run = CliRun.WithInput("vertarget\n", "kd", "--machine", Folder, "--seed", "5");

        Assert.Equal(0, run.ExitCode);
        Matches(run, "kd/machine");
        Assert.Equal("Hello", File.ReadAllLines(Path.Combine(Folder, "RunningServices.txt"))[^1]);
    }
}
