namespace NtSim.Cli.Tests;

/// <summary>kd -b's initial break, and crash dumps on the command line: `ntsim run --crash-dump FILE` writes one at the bug check and says where,
/// `ntsim kd -z FILE` opens it (the banner, !analyze's summary, commands), and bad files and arguments are refused.</summary>
public sealed class KdDumpTests : IDisposable
{
    private static readonly string s_drivers = Path.Combine(AppContext.BaseDirectory, "drivers");
    private readonly string _folder = Directory.CreateTempSubdirectory("ntsim-cli-dump-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Driver(string name) => Path.Combine(s_drivers, name + ".dll");

    [Fact]
    public void RunWritesTheDump_KdDashZOpensIt_AndAnalyzeNamesTheDriverRoutineAndLine()
    {
        var dump = Path.Combine(_folder, "breaker.dmp");
        var run = CliRun.Of("run", "--crash-dump", dump, "--driver", Driver("Breaker"), Driver("HelloClient"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"Crash dump: {dump} (open it with: ntsim kd -z \"{dump}\")", run.Output, StringComparison.Ordinal);

        var kd = CliRun.WithInput("lm\n!analyze -v\nk\nq\n", "kd", "-z", dump);

        Assert.Equal(0, kd.ExitCode);
        kd.Matches("kd/dump", (dump, "<dump>"));
    }

    [Fact]
    public void KdDashB_BreaksInAsTheClientStarts_ABreakpointOnZeroReadIsHit_GCompletesTheRead()
    {
        var client = Path.Combine(AppContext.BaseDirectory, "zerotest.dll");

        var run = CliRun.WithInput("bp Zero!ZeroRead\ng\nk\ng\n", "kd", "-b", "--driver", Driver("Zero"), client);

        Assert.Equal(0, run.ExitCode);
        run.Matches("kd/initial-break-bp-zero-read", (s_drivers, "<drivers>"), (AppContext.BaseDirectory.TrimEnd('/'), "<bin>"));
    }

    [Fact]
    public void KdDashZ_BadFile_IsOneLineNamingIt_ExitCode2()
    {
        var text = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(text, "not a dump");
        var missing = Path.Combine(_folder, "missing.dmp");

        var bad = CliRun.Of("kd", "-z", text);
        var none = CliRun.Of("kd", "-z", missing);
        var mixed = CliRun.Of("kd", "-z", text, "--driver", Driver("Hello"), Driver("HelloClient"));

        Assert.Equal((2, $"ntsim kd: -z {text}: {text}: not a crash dump (it has 10 bytes, fewer than a dump header's 0x2000).\n"), (bad.ExitCode, bad.Error));
        Assert.Equal((2, $"ntsim kd: -z {missing}: no such file\n"), (none.ExitCode, none.Error));
        Assert.Equal((2, "ntsim kd: -z opens a crash dump: it takes no client, --machine, --driver or --inf.\n"), (mixed.ExitCode, mixed.Error));
    }
}
