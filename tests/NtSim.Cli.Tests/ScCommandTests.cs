using System.CommandLine;
using NtSim.Cli.Sc;

namespace NtSim.Cli.Tests;

/// <summary>`ntsim sc`: sc.exe's verbs and output on a fresh machine, chained with `then`.</summary>
public sealed class ScCommandTests
{
    private static readonly string s_drivers = Path.Combine(AppContext.BaseDirectory, "drivers");

    private static (int ExitCode, string Output, string Error) Sc(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand();
        root.Subcommands.Add(ScCommand.Create());
        var exitCode = root.Parse(["sc", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    private static string Driver(string name) => Path.Combine(s_drivers, name + ".dll");

    /// <summary>`ntsim [global options] sc ...` as Program.cs builds the root command.</summary>
    private static (int ExitCode, string Output, string Error) Ntsim(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand();
        root.Subcommands.Add(ScCommand.Create());
        GlobalOptions.AddTo(root);
        var exitCode = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void DbgMask_ShowsKdPrintOfComponentDefault()
    {
        string[] start = ["sc", "create", "Zero", "binPath=", Driver("Zero"), "then", "start", "Zero"];
        var (quietExit, quiet, _) = Ntsim(start);
        var (loudExit, loud, loudError) = Ntsim(["--dbgmask", "0xF", .. start]);
        var (afterExit, after, _) = Ntsim([.. start, "--dbgmask", "15"]);

        Assert.Equal(0, quietExit);
        Assert.DoesNotContain("DbgPrint: Zero: DriverEntry", quiet);
        Assert.True(loudExit == 0, loud + loudError);
        Assert.Contains(@"DbgPrint: Zero: DriverEntry \Registry\Machine\SYSTEM\CurrentControlSet\Services\Zero", loud, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, afterExit);
        Assert.Contains("DbgPrint: Zero: DriverEntry", after);
    }

    [Fact]
    public void DbgMask_NotANumber_OneLineError()
    {
        var (exitCode, _, error) = Ntsim("--dbgmask", "lots", "sc", "query", "Zero");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--dbgmask takes a 32-bit mask such as 0xF or 15 (got 'lots').", error);
    }

    [Fact]
    public void CreateStartQueryStop_Chained_PrintsWhatScPrints()
    {
        var (exitCode, output, error) = Sc("create", "Hello", "binPath=", Driver("Hello"), "then", "start", "Hello",
            "then", "query", "Hello", "then", "stop", "Hello");

        Assert.True(exitCode == 0, output + error);
        Assert.StartsWith("[SC] CreateService SUCCESS", output);
        Assert.Contains("SERVICE_NAME: Hello", output);
        Assert.Contains("        TYPE               : 1  KERNEL_DRIVER", output);
        Assert.Contains("        STATE              : 4  RUNNING", output);
        Assert.Contains("(STOPPABLE, NOT_PAUSABLE, IGNORES_SHUTDOWN)", output);
        Assert.Contains("        WIN32_EXIT_CODE    : 0  (0x0)", output);
        Assert.Contains("        STATE              : 1  STOPPED", output);
        Assert.Contains("DbgPrint: Hello: unloaded", output);
        Assert.Contains("Unload report of Hello: leaks: none", output);
        Assert.Contains("load context: collected", output);
        Assert.Empty(error);
    }

    [Fact]
    public void Stop_PrintsTheUnloadReportWithLines()
    {
        var (exitCode, output, _) = Sc("create", "Leaky", "binPath=" + Driver("Leaky"), "start=", "auto", "then", "start", "Leaky", "then", "stop", "Leaky");

        Assert.Equal(0, exitCode);
        Assert.Contains("Unload report of Leaky: 6 leak(s)", output);
        Assert.Contains(@"DeviceObject: device object \Device\Leaky not deleted", output);
        Assert.Contains("from LeakyDriver.cs:", output);
        Assert.Contains("image: still loaded", output);
    }

    [Fact]
    public void Start_MissingImage_PrintsFailed2()
    {
        var (exitCode, output, _) = Sc("create", "Gone", "binPath=", Driver("Gone"), "then", "start", "Gone", "then", "query", "Gone");

        Assert.Equal(2, exitCode);
        Assert.Contains("[SC] StartService FAILED 2:" + Environment.NewLine + Environment.NewLine + "The system cannot find the file specified.", output);
        Assert.Contains($"there is no file {Driver("Gone")}", output);
        Assert.DoesNotContain("SERVICE_NAME", output);
    }

    [Fact]
    public void Query_UnknownService_PrintsFailed1060()
    {
        var (exitCode, output, _) = Sc("query", "Nope");

        Assert.Equal(1060, exitCode);
        Assert.Contains("[SC] EnumQueryServicesStatus:OpenService FAILED 1060:", output);
        Assert.Contains("The specified service does not exist as an installed service.", output);
    }

    [Fact]
    public void Create_Twice_PrintsFailed1073_AndStopsTheChain()
    {
        var (exitCode, output, _) = Sc("create", "Hello", "binPath=", Driver("Hello"), "then", "create", "Hello", "binPath=", Driver("Hello"),
            "then", "start", "Hello");

        Assert.Equal(1073, exitCode);
        Assert.Contains("[SC] CreateService FAILED 1073:", output);
        Assert.DoesNotContain("RUNNING", output);
    }

    [Fact]
    public void Stop_NotStarted_PrintsFailed1062()
    {
        var (exitCode, output, _) = Sc("create", "Hello", "binPath=", Driver("Hello"), "then", "stop", "Hello");

        Assert.Equal(1062, exitCode);
        Assert.Contains("[SC] ControlService FAILED 1062:", output);
        Assert.Contains("The service has not been started.", output);
    }

    [Fact]
    public void Query_All_ListsEveryService()
    {
        var (exitCode, output, _) = Sc("create", "B", "binPath=", Driver("Hello"), "then", "create", "A", "binPath=", Driver("Hello"), "then", "query");

        Assert.Equal(0, exitCode);
        Assert.True(output.IndexOf("SERVICE_NAME: A", StringComparison.Ordinal) < output.IndexOf("SERVICE_NAME: B", StringComparison.Ordinal));
        Assert.Contains("        WIN32_EXIT_CODE    : 1077  (0x435)", output);
    }

    [Theory]
    [InlineData("unknown verb 'frob'", "frob", "Hello")]
    [InlineData("create: binPath= <driver.dll> is required", "create", "Hello")]
    [InlineData("create: start= sometimes is not one of", "create", "Hello", "binPath=", "x.dll", "start=", "sometimes")]
    [InlineData("create: unknown option color=", "create", "Hello", "binPath=", "x.dll", "color=", "red")]
    [InlineData("create: binPath= needs a value", "create", "Hello", "binPath=")]
    [InlineData("start takes one service name (got none)", "start")]
    [InlineData("'then' must stand between two verbs", "start", "Hello", "then")]
    [InlineData("no verb given")]
    public void BadArguments_PrintUsageAndAClearError(string message, params string[] args)
    {
        var (exitCode, output, error) = Sc(args);

        Assert.Equal(1, exitCode);
        Assert.Contains("ntsim sc: " + message, error);
        Assert.Contains("Usage: ntsim sc", error);
        Assert.Empty(output);
    }

    [Fact]
    public void BadVerifierFlags_AreAParseError()
    {
        var (exitCode, _, error) = Ntsim("--verifier", "lots", "sc", "query");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--verifier takes verifier /flags bits such as 0x209BB or 8, 'standard' or 'none' (got 'lots').", error);
    }

    [Fact]
    public void VerifierUnknownBit_IsAParseErrorNamingTheBit()
    {
        var (exitCode, _, error) = Ntsim("sc", "query", "--verifier", "0x40008");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--verifier 0x40008: NtSim does not know the bits 0x40000;", error);
    }

    [Theory]
    [InlineData("0x209BB", "ntsim: verifier not simulated: Special pool (0x1), DMA checking (0x80), Miscellaneous checks (0x800); "
        + "simulated in part: Deadlock detection (0x20), Security checks (0x100) (docs/verifier.md)")]
    [InlineData("standard", "ntsim: verifier not simulated: Special pool (0x1), DMA checking (0x80), Miscellaneous checks (0x800); "
        + "simulated in part: Deadlock detection (0x20), Security checks (0x100) (docs/verifier.md)")]
    [InlineData("0x4", "ntsim: verifier not simulated: Randomized low resources simulation (0x4) (docs/verifier.md)")]
    public void Verifier_NamesTheOptionsItDoesNotSimulate_OnOneLine(string flags, string line)
    {
        var (exitCode, _, error) = Ntsim("--verifier", flags, "sc", "query");

        Assert.Equal(0, exitCode);
        Assert.Equal(line + Environment.NewLine, error);
    }

    [Theory]
    [InlineData("0x8")]
    [InlineData("none")]
    public void Verifier_OnlySimulatedOptions_PrintsNothing(string flags)
    {
        var (exitCode, _, error) = Ntsim("sc", "query", "--verifier", flags);

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
            var exitCode = new ScRunner(output, options).Run([new ScRequest("start", "Hello")]);

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
