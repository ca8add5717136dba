namespace NtSim.Cli.Tests;

/// <summary>`ntsim kd`: the banner, -c, commands from the standard input, a client whose driver breaks in and
/// bug checks (the console opens at each stop), the persistent machine, and bad arguments.</summary>
public sealed class KdCommandTests
{
    private static readonly string s_drivers = Path.Combine(AppContext.BaseDirectory, "drivers");

    private static string Driver(string name) => Path.Combine(s_drivers, name + ".dll");

    private static void Matches(CliRun run, string name) => run.Matches("kd/" + name, (s_drivers, "<drivers>"));

    [Fact]
    public void Kd_NewMachine_BannerThenPrompt_EndOfInputEndsTheSession()
    {
        var run = CliRun.WithInput("", "kd");

        Assert.Equal(0, run.ExitCode);
        Matches(run, "banner");
    }

    [Fact]
    public void Kd_CommandsFromStandardInput_EachAfterThePrompt_UntilQ()
    {
        var run = CliRun.WithInput("? 1+2\nvertarget\nfrobnicate\nq\n? 3\n", "kd", "--windows", "10-1909", "--seed", "3");

        Assert.Equal(0, run.ExitCode);
        Matches(run, "stdin");
    }

    [Fact]
    public void Kd_DashC_RunsFirst_ThenStandardInput()
    {
        var run = CliRun.WithInput("? 2\n", "kd", "-c", "? 1; .cls; g");

        Assert.Equal(0, run.ExitCode);
        Matches(run, "dash-c");
    }

    [Fact]
    public void Kd_DashC_WithQ_NeverReadsTheInput()
    {
        var run = CliRun.WithInput("? 2\n", "kd", "-c", "? 1; q");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("= 00000000`00000002", run.Output);
        Assert.EndsWith("0: kd> ? 1; q\nEvaluate expression: 1 = 00000000`00000001\nquit:\n", run.Output);
    }

    [Fact]
    public void Kd_ClientWhoseDriverBreaksIn_ConsoleAtTheBreak_GoRunsOnToTheBugCheck_ConsoleThere()
    {
        var run = CliRun.WithInput(".breakin\ng\ng\n.breakin\nq\n", "kd", "--driver", Driver("Breaker"), Driver("HelloClient"));

        Assert.Equal(3, run.ExitCode);
        Matches(run, "client-break-then-bugcheck");
    }

    [Fact]
    public void Kd_BreakpointOnTheCloseRoutine_HitAfterG_KShowsIt_GRunsOnToTheBugCheck()
    {
        var run = CliRun.WithInput("bp Breaker!BreakerClose\nbl\ng\nk\ng\nq\n", "kd", "--driver", Driver("Breaker"), Driver("HelloClient"));

        Assert.Equal(3, run.ExitCode);
        Matches(run, "client-breakpoint");
    }

    [Fact]
    public void Kd_QuitAtABreak_TheRunEndsAsWithoutADebugger()
    {
        var run = CliRun.WithInput("q\n", "kd", "--driver", Driver("Breaker"), Driver("HelloClient"));

        Assert.Equal(3, run.ExitCode);
        Matches(run, "client-quit-at-break");
    }

    [Fact]
    public void Kd_ClientExits_ConsoleBeforeTheUnload_ThenTheUnloadReport()
    {
        var run = CliRun.WithInput("? 5\n", "kd", "--driver", Driver("Hello"), Driver("HelloClient"), "7");

        Assert.Equal(7, run.ExitCode);
        Matches(run, "client-exits");
    }

    [Fact]
    public void Kd_PersistentMachineThatIsNotThere_OneLineError()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ntsim-kd-" + Guid.NewGuid().ToString("N"));

        var run = CliRun.WithInput("", "kd", "--machine", folder);

        Assert.Equal(1, run.ExitCode);
        run.Matches("kd/bad-no-machine", (folder, "<machine>"));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Kd_DriverWithoutClient_OneLineError()
    {
        var run = CliRun.WithInput("", "kd", "--driver", Driver("Hello"));

        Assert.Equal(2, run.ExitCode);
        Matches(run, "bad-driver-without-client");
    }

    [Fact]
    public void Kd_MissingClient_OneLineError()
    {
        var run = CliRun.WithInput("", "kd", "--driver", Driver("Hello"), Path.Combine(s_drivers, "NoSuchClient.dll"));

        Assert.Equal(2, run.ExitCode);
        Matches(run, "bad-missing-client");
    }
}
