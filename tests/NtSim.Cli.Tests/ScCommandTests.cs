using NtSim.Cli.Sc;

namespace NtSim.Cli.Tests;

/// <summary>`ntsim sc`: sc.exe's verbs and output on a fresh machine, chained with `then`.</summary>
public sealed class ScCommandTests
{
    private static readonly string s_drivers = Path.Combine(AppContext.BaseDirectory, "drivers");

    private static CliRun Sc(params string[] args) => CliRun.Of(["sc", .. args]);

    private static string Driver(string name) => Path.Combine(s_drivers, name + ".dll");

    /// <summary>Asserts the whole output, the test output's drivers folder written as &lt;drivers&gt;.</summary>
    private static void Matches(CliRun run, string name) => run.Matches("sc/" + name, (s_drivers, "<drivers>"));

    [Fact]
    public void DbgMask_ShowsKdPrintOfComponentDefault()
    {
        string[] start = ["sc", "create", "Zero", "binPath=", Driver("Zero"), "then", "start", "Zero"];
        var quiet = CliRun.Of(start);
        var loud = CliRun.Of(["--dbgmask", "0xF", .. start]);
        var after = CliRun.Of([.. start, "--dbgmask", "15"]);

        Assert.Equal(0, quiet.ExitCode);
        Matches(quiet, "create-start-zero");
        Assert.True(loud.ExitCode == 0, loud.Output + loud.Error);
        Matches(loud, "create-start-zero-dbgmask-0xF");
        Assert.Equal(loud, after);
    }

    [Fact]
    public void DbgMask_NotANumber_OneLineError()
    {
        var run = CliRun.Of("--dbgmask", "lots", "sc", "query", "Zero");

        Assert.NotEqual(0, run.ExitCode);
        Matches(run, "dbgmask-not-a-number");
    }

    [Fact]
    public void Windows_AReleaseBeforeTheDriversImports_StartFailsWithProcNotFound()
    {
        // Hello calls ExAllocatePool2 (Windows 10 2004): on 1909 it does not load, as an unresolved import fails on Windows.
        var old = CliRun.Of("--windows", "10-1909", "sc", "create", "Hello", "binPath=", Driver("Hello"), "then", "start", "Hello");
        var current = CliRun.Of("--windows", "10-2004", "sc", "create", "Hello", "binPath=", Driver("Hello"), "then", "start", "Hello");

        Assert.NotEqual(0, old.ExitCode);
        Matches(old, "start-hello-windows-10-1909");
        Assert.True(current.ExitCode == 0, current.Output + current.Error);
    }

    [Fact]
    public void CreateStartQueryStop_Chained_PrintsWhatScPrints()
    {
        var run = Sc("create", "Hello", "binPath=", Driver("Hello"), "then", "start", "Hello",
            "then", "query", "Hello", "then", "stop", "Hello");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Matches(run, "create-start-query-stop");
    }

    [Fact]
    public void Stop_PrintsTheUnloadReportWithLines()
    {
        var run = Sc("create", "Leaky", "binPath=" + Driver("Leaky"), "start=", "auto", "then", "start", "Leaky", "then", "stop", "Leaky");

        Assert.Equal(0, run.ExitCode);
        Matches(run, "stop-leaky");
    }

    [Fact]
    public void Start_MissingImage_PrintsFailed2()
    {
        var run = Sc("create", "Gone", "binPath=", Driver("Gone"), "then", "start", "Gone", "then", "query", "Gone");

        Assert.Equal(2, run.ExitCode);
        Matches(run, "start-missing-image");
    }

    [Fact]
    public void Query_UnknownService_PrintsFailed1060()
    {
        var run = Sc("query", "Nope");

        Assert.Equal(1060, run.ExitCode);
        Matches(run, "query-unknown-service");
    }

    [Fact]
    public void Create_Twice_PrintsFailed1073_AndStopsTheChain()
    {
        var run = Sc("create", "Hello", "binPath=", Driver("Hello"), "then", "create", "Hello", "binPath=", Driver("Hello"),
            "then", "start", "Hello");

        Assert.Equal(1073, run.ExitCode);
        Matches(run, "create-twice");
    }

    [Fact]
    public void Stop_NotStarted_PrintsFailed1062()
    {
        var run = Sc("create", "Hello", "binPath=", Driver("Hello"), "then", "stop", "Hello");

        Assert.Equal(1062, run.ExitCode);
        Matches(run, "stop-not-started");
    }

    [Fact]
    public void Delete_ThenQuery_PrintsFailed1060()
    {
        var run = Sc("create", "Hello", "binPath=", Driver("Hello"), "then", "delete", "Hello", "then", "query", "Hello");

        Assert.Equal(1060, run.ExitCode);
        Matches(run, "create-delete-query");
    }

    [Fact]
    public void Query_All_ListsEveryServiceByName()
    {
        var run = Sc("create", "B", "binPath=", Driver("Hello"), "then", "create", "A", "binPath=", Driver("Hello"), "then", "query");

        Assert.Equal(0, run.ExitCode);
        Matches(run, "query-all");
    }

    [Theory]
    [InlineData("unknown-verb", "frob", "Hello")]
    [InlineData("create-without-binpath", "create", "Hello")]
    [InlineData("create-bad-start", "create", "Hello", "binPath=", "x.dll", "start=", "sometimes")]
    [InlineData("create-unknown-option", "create", "Hello", "binPath=", "x.dll", "color=", "red")]
    [InlineData("create-binpath-without-value", "create", "Hello", "binPath=")]
    [InlineData("start-without-name", "start")]
    [InlineData("then-at-the-end", "start", "Hello", "then")]
    [InlineData("no-verb")]
    public void BadArguments_PrintUsageAndAClearError(string name, params string[] args)
    {
        var run = Sc(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Matches(run, "bad-" + name);
    }

    [Fact]
    public void BadVerifierFlags_AreAParseError()
    {
        var run = CliRun.Of("--verifier", "lots", "sc", "query");

        Assert.NotEqual(0, run.ExitCode);
        Matches(run, "verifier-not-a-number");
    }

    [Fact]
    public void VerifierUnknownBit_IsAParseErrorNamingTheBit()
    {
        var run = CliRun.Of("sc", "query", "--verifier", "0x40008");

        Assert.NotEqual(0, run.ExitCode);
        Matches(run, "verifier-unknown-bit");
    }

    [Theory]
    [InlineData("0x209BB")]
    [InlineData("standard")]
    [InlineData("0x4")]
    public void Verifier_NamesTheOptionsItDoesNotSimulate_OnOneLine(string flags)
    {
        var run = CliRun.Of("--verifier", flags, "sc", "query");

        Assert.Equal(0, run.ExitCode);
        Matches(run, "verifier-" + flags);
    }

    [Theory]
    [InlineData("0x8")]
    [InlineData("none")]
    public void Verifier_OnlySimulatedOptions_PrintsNothing(string flags)
    {
        var (exitCode, _, error) = CliRun.Of("sc", "query", "--verifier", flags);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
    }

    [Fact]
    public void Start_DriverEntryFailsWithACustomerCode_ExitCodeNonZeroInEightBits()
    {
        // 0xE0000100 as an exit code is 0 once Linux or macOS keep its low 8 bits.
        const uint failure = 0xE0000100;
        var registry = Directory.CreateTempSubdirectory("ntsim-sc-");
        try
        {
            var options = new MachineOptions { RegistryFolder = registry.FullName };
            using (var machine = Machine.Boot(options))
            {
                machine.Services.Create("Hello", Driver("Hello"));
                machine.Registry.SetValue(@"\Registry\Machine\SYSTEM\CurrentControlSet\Services\Hello\Parameters", "FailEntry", failure);
            }

            var output = new StringWriter();
            int exitCode;
            using (var machine = Machine.Boot(options))
            {
                exitCode = new ScRunner(output).Run(machine, [new ScRequest("start", "Hello")]);
            }

            Assert.Contains("[SC] StartService FAILED 3758096640:", output.ToString());
            Assert.NotEqual(0, exitCode & 0xFF);
            Assert.Equal(1, exitCode);
        }
        finally
        {
            registry.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(2u, 2)]
    [InlineData(1060u, 1060)]
    [InlineData(0xE0000100u, 1)]
    [InlineData(256u, 1)]
    [InlineData(0x80000001u, 1)]
    public void ExitCodeOf_Win32Error_KeptOnlyWhenItsLowByteIsNonZero(uint error, int expected)
    {
        Assert.Equal(expected, ScRunner.ExitCodeOf(error));
    }
}
