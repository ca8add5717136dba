using NtSim.Cli.Demo;

namespace NtSim.Cli.Tests;

public sealed class DemoCommandTests
{
    private static (int ExitCode, string Output) Invoke(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var (previousOut, previousError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var root = new System.CommandLine.RootCommand();
            root.Subcommands.Add(DemoCommand.Create());
            root.Subcommands.Add(RunCommand.Create());
            var exitCode = root.Parse(args).Invoke();
            return (exitCode, output.ToString() + error.ToString());
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }
    }

    [Fact]
    public void Demo_Summary_CountsTheDdisEnteredThroughTheGate_TheSameForTheSameSeed()
    {
        var (exitCode, output) = Invoke("demo", "--seed", "3");
        Assert.True(exitCode == 0, output);
        var line = output.Split('\n').Single(l => l.Contains("DDIs entered through the DDI gate:", StringComparison.Ordinal));
        Assert.Matches(@"DDIs entered through the DDI gate: \d+ distinct, \d+ calls; the most called:", line);
        Assert.Matches(@"\n    IoCompleteRequest +\d+", output);
        Assert.Contains(line, Invoke("demo", "--seed", "3").Output);
    }

    [Fact]
    public void Demo_RunsTheFourSamplesCleanly()
    {
        var (exitCode, output) = Invoke("demo");
        Assert.True(exitCode == 0, output);
        foreach (var sample in SampleCatalog.All)
        {
            Assert.Contains($"[SC] {sample.Service,-10} Running", output);
            Assert.Contains($"({sample.App} exited with 0)", output);
            Assert.Contains($"[SC] {sample.Service}: leaks: none; image unloaded, load context collected", output);
        }

        Assert.Contains("IRP_MJ_CREATE", output);
        Assert.EndsWith("leaks: none" + Environment.NewLine, output);
    }

    [Fact]
    public void Demo_ToasterPart_PlugsThreeToastersAndUnloadsThePnpDriversCleanly()
    {
        var (exitCode, output) = Invoke("demo");

        Assert.True(exitCode == 0, output);
        Assert.Contains(@"  ROOT\SYSTEM\0000: Driver is running.", output);
        Assert.Contains("Published Name: oem1.inf (toaster.inf, class Toaster)", output);
        foreach (var serial in new[] { "01", "02", "03" })
        {
            Assert.Contains($@"InstancePath is ""{{B85B7C50-6A01-11d2-B841-00C04FAD5171}}\MsToaster\{serial}""", output);
        }

        Assert.Contains(@"\Driver\devupper", output);
        Assert.Contains("Read 3: 0 bytes", output);
        Assert.Contains("toasters now: 01, 03", output);
        foreach (var driver in new[] { "busenum", "toaster", "devupper", "devlower" })
        {
            Assert.Contains($"[PnP] {driver}: leaks: none; image unloaded, load context collected", output);
        }
    }

    [Fact]
    public void Demo_SameSeed_SameOutput()
    {
        var first = Invoke("demo", "--seed", "5").Output;
        var second = Invoke("demo", "--seed", "5").Output;
        Assert.Equal(first, second);
    }

    [Fact]
    public void Run_KnownApp_RunsItWithItsDriver()
    {
        var (exitCode, output) = Invoke("run", "zerotest");
        Assert.True(exitCode == 0, output);
        Assert.Contains("> zerotest", output);
        Assert.Contains("[SC] Zero: leaks: none", output);
    }

    [Fact]
    public void Run_UnknownApp_ClearErrorAndNonZeroExit()
    {
        var (exitCode, output) = Invoke("run", "nosuchapp");
        Assert.Equal(2, exitCode);
        Assert.Contains("unknown application 'nosuchapp'", output);
        Assert.Contains("zerotest", output);
    }

    [Fact]
    public void Demo_BadOption_NonZeroExit()
    {
        var (exitCode, output) = Invoke("demo", "--log-lines", "-3");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("--log-lines must not be negative", output);
    }
}
