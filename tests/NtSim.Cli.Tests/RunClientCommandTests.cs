namespace NtSim.Cli.Tests;

/// <summary>`ntsim run --driver X.dll CLIENT.dll [args]` on a new machine: a user's driver and client.</summary>
public sealed class RunClientCommandTests
{
    private static readonly string s_drivers = Path.Combine(AppContext.BaseDirectory, "drivers");

    private static string Driver(string name) => Path.Combine(s_drivers, name + ".dll");

    private static string HelloClient => Driver("HelloClient");

    private static void Matches(CliRun run, string name) =>
        run.Matches("run/" + name, (s_drivers, "<drivers>"));

    [Fact]
    public void Run_DriverAndClient_PrintsOutputDebugOutputAndReport_ExitsWithTheClientsCode()
    {
        var run = CliRun.Of("run", "--driver", Driver("Hello"), HelloClient, "5", "words");

        Assert.Equal(5, run.ExitCode);
        Matches(run, "client-hello");
    }

    [Fact]
    public void Run_ServiceOption_NamesTheService()
    {
        var run = CliRun.Of("run", "--driver", Driver("Hello"), "--service", "Greeter", HelloClient);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains(@"DbgPrint: Hello: DriverEntry \Registry\Machine\SYSTEM\CurrentControlSet\Services\Greeter", run.Output, StringComparison.Ordinal);
        Assert.Contains("[SC] Greeter: leaks: none; image unloaded, load context collected", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LeakyDriver_PrintsTheUnloadReportWithLines()
    {
        var run = CliRun.Of("run", "--driver", Driver("Leaky"), HelloClient);

        Assert.Equal(2, run.ExitCode);   // HelloClient finds no \\.\Hello: its own exit code
        Matches(run, "client-leaky");
    }

    [Fact]
    public void Run_ClientLibraryWithAPublicMain_RunsIt()
    {
        // zerotest.dll is a class library whose one public static int Main(string[]) is the entry.
        var run = CliRun.Of("run", "--driver", Path.Combine(s_drivers, "Zero.dll"), Path.Combine(AppContext.BaseDirectory, "zerotest.dll"));

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Matches(run, "client-zero-zerotest");
    }

    [Fact]
    public void Run_ClientWithoutADriver_RunsOnAPlainMachine()
    {
        var run = CliRun.Of("run", HelloClient);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("> HelloClient.dll\n  HelloClient: CreateFile(\\\\.\\Hello) failed, error 2\n  (HelloClient.dll exited with 2)\n", run.Output.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("hwid-without-inf", new[] { "--hwid", @"Root\NtSimSimple", "<client>" })]
    [InlineData("inf-without-hwid", new[] { "--inf", "<drivers>/simple.inf", "<client>" })]
    [InlineData("service-without-driver", new[] { "--service", "Hello", "<client>" })]
    [InlineData("missing-driver", new[] { "--driver", "<drivers>/NoSuchDriver.dll", "<client>" })]
    [InlineData("driver-not-an-assembly", new[] { "--driver", "<drivers>/simple.inf", "<client>" })]
    [InlineData("missing-inf", new[] { "--inf", "<drivers>/nosuch.inf", "--hwid", @"Root\NtSimSimple", "<client>" })]
    [InlineData("missing-client", new[] { "--driver", "<drivers>/Hello.dll", "<drivers>/NoSuchClient.dll" })]
    [InlineData("client-not-an-assembly", new[] { "--driver", "<drivers>/Hello.dll", "<drivers>/simple.inf" })]
    [InlineData("client-without-entry-point", new[] { "--driver", "<drivers>/Hello.dll", "<drivers>/Leaky.dll" })]
    [InlineData("neither-client-nor-sample", new[] { "nosuchclient" })]
    public void Run_BadArgument_OneLineNamingIt_ExitCode2(string name, string[] args)
    {
        var run = CliRun.Of(["run", .. args.Select(a => a.Replace("<client>", HelloClient, StringComparison.Ordinal).Replace("<drivers>", s_drivers, StringComparison.Ordinal))]);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Matches(run, "bad-" + name);
    }
}
