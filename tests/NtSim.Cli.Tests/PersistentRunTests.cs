namespace NtSim.Cli.Tests;

/// <summary>sc, run and dbgview on one persistent machine (--machine): separate invocations, the machine staying on.</summary>
public sealed class PersistentRunTests : PersistentMachineTests
{
    private static readonly string s_drivers = Path.Combine(AppContext.BaseDirectory, "drivers");

    private static string Driver(string name) => Path.Combine(s_drivers, name + ".dll");

    private string Running => Path.Combine(Folder, "RunningServices.txt");

    [Fact]
    public void ScCreateStartRunStop_FourInvocations_OnOneMachine()
    {
        // A path with ".." in it: the machine keeps the absolute path, for invocations from any folder.
        var roundabout = Path.Combine(s_drivers, "..", "drivers", "Hello.dll");
        var create = Ntsim("sc", "create", "Hello", "binPath=", roundabout);
        var start = Ntsim("sc", "start", "Hello");
        var running = File.ReadAllLines(Running);
        var run = Ntsim("run", Driver("HelloClient"), "0");
        var stop = Ntsim("sc", "stop", "Hello");

        Assert.True(create.ExitCode == 0 && start.ExitCode == 0 && run.ExitCode == 0 && stop.ExitCode == 0, create.Output + start.Output + run.Output + stop.Output + run.Error);
        Assert.Equal("Hello", running[^1]);
        Assert.StartsWith("# NtSim:", running[0], StringComparison.Ordinal);
        Assert.False(File.Exists(Running));
        Matches(create, "sc/machine-create");
        Matches(start, "sc/machine-start");
        Matches(run, "run/machine-client");
        Matches(stop, "sc/machine-stop");
        using var machine = Machine.Boot(new MachineOptions { Folder = Folder });
        Assert.Equal(Driver("Hello"), machine.Registry.GetValue(@"\Registry\Machine\SYSTEM\CurrentControlSet\Services\Hello", "ImagePath")!.String);
    }

    [Fact]
    public void ScQuery_Machine_ListsTheServicesOfEarlierInvocations()
    {
        Assert.Equal(0, Ntsim("sc", "create", "Hello", "binPath=", Driver("Hello")).ExitCode);

        var query = Ntsim("sc", "query");

        Assert.Equal(0, query.ExitCode);
        Assert.Contains("SERVICE_NAME: Hello", query.Output, StringComparison.Ordinal);
        Assert.Contains("STATE              : 1  STOPPED", query.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ScStart_FolderWithoutAMachine_IsRefusedNamingIt()
    {
        var empty = Path.Combine(Packages, "none");

        var run = NtsimOn(empty, "sc", "start", "Hello");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"ntsim sc: there is no machine in '{empty}'", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(empty));
    }

    [Fact]
    public void Run_Machine_DriverStaysLoadedForTheNextInvocation()
    {
        var first = Ntsim("run", "--driver", Driver("Hello"), Driver("HelloClient"), "1");
        var second = Ntsim("run", Driver("HelloClient"), "0");

        Assert.Equal(1, first.ExitCode);
        Assert.DoesNotContain("unloaded", first.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.Output + second.Error);
        Assert.DoesNotContain("DbgPrint", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DriverThatBugChecks_PrintsTheAccount_ExitCode3_AndTheMachineBootsClean()
    {
        using (var machine = Machine.Boot(new MachineOptions { Folder = Folder }))
        {
            // Runaway mode 3 spins in its DPC: the DPC watchdog stops the machine.
            machine.Registry.SetValues(@"\Registry\Machine\SYSTEM\CurrentControlSet\Services\Runaway\Parameters", [new("Mode", 3u)]);
        }

        var run = Ntsim("run", "--driver", Driver("Runaway"), Driver("HelloClient"));
        var query = Ntsim("sc", "query", "Runaway");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("DPC_WATCHDOG_VIOLATION (133)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("> HelloClient.dll", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Running));
        Assert.Contains("STATE              : 1  STOPPED", query.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Inf_InstallsTheDeviceRunsTheClientAndRemovesIt()
    {
        var inf = SimplePackage();

        var run = CliRun.Of("run", "--inf", inf, "--hwid", SimpleId, Driver("HelloClient"));

        Assert.Equal(2, run.ExitCode);   // HelloClient finds no \\.\Hello on the Simple device
        Matches(run, "run/client-inf-simple");
    }

    [Fact]
    public void Run_InfWithAnotherDriver_OneLineNamingBoth()
    {
        var inf = SimplePackage();

        var run = CliRun.Of("run", "--inf", inf, "--hwid", SimpleId, "--driver", Driver("Hello"), Driver("HelloClient"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Matches(run, "run/bad-inf-with-another-driver");
    }

    [Fact]
    public void Run_InfWithAHardwareIdItHasNoModelFor_OneLineNamingIt()
    {
        var inf = SimplePackage();

        var run = CliRun.Of("run", "--inf", inf, "--hwid", @"Root\NoSuchDevice", Driver("HelloClient"));

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Matches(run, "run/bad-inf-hwid-without-model");
    }

    [Fact]
    public void Dbgview_SetsTheDebugPrintFilterKey_TheNextInvocationPrintsWhatItLetsThrough()
    {
        var inf = SimplePackage();
        var quiet = Ntsim("--dbgprint", "devcon", "install", inf, SimpleId);
        var set = Ntsim("dbgview", "--mask", "0xF");
        var show = Ntsim("dbgview");
        var loud = Ntsim("--dbgprint", "devcon", "restart", "@" + SimpleInstance);
        var loudWithout = Ntsim("devcon", "restart", "@" + SimpleInstance);

        Assert.Equal(0, quiet.ExitCode);
        Assert.DoesNotContain("DbgPrint:", quiet.Output, StringComparison.Ordinal);
        Assert.Equal(0, set.ExitCode);
        Matches(set, "dbgview/set-default-0xF");
        Assert.Equal(set, show);
        Assert.True(loud.ExitCode == 0, loud.Output + loud.Error);
        Assert.Contains("DbgPrint: Simple: START_DEVICE", loud.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("DbgPrint:", loudWithout.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void DevconInstall_Redirected_PrintsNoStatusLine()
    {
        var run = Ntsim("devcon", "install", SimplePackage(), SimpleId);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.DoesNotContain('\r', run.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Dbgview_Component_SetsThatComponentsMask()
    {
        var run = Ntsim("dbgview", "--mask", "8", "--component", "ihvdriver");

        Assert.Equal(0, run.ExitCode);
        Matches(run, "dbgview/set-ihvdriver-8");
    }

    [Theory]
    [InlineData("bad-component", new[] { "--component", "NOSUCH", "--mask", "1" })]
    [InlineData("bad-mask", new[] { "--mask", "lots" })]
    public void Dbgview_BadArgument_OneLine(string name, string[] args)
    {
        var run = Ntsim(["dbgview", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Matches(run, "dbgview/" + name);
    }
}
