using NtSim.Cli.Kd;
using NtSim.Debugger;
using static NtSim.Wdm;

namespace NtSim.Cli.Tests;

/// <summary>`ntsim kd -k net:port=N,key=...` against a target broken in on a machine of this process (the target of
/// `ntsim run --debug`), listening on a free loopback port: the right key gives the local console's text, a wrong
/// key never connects and is recorded, a malformed key is one line naming its word (exit code 2).</summary>
public sealed class KdRemoteTests
{
    private const string Key = "2steg4fzbj2sz.23418vzkd4ko3.1g34ou07z4pev.1sp3yo9yz874p";
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task KdK_RightKey_BannerArrivalAndCommands_AsTheLocalConsole_QLeavesTheTargetBrokenIn()
    {
        using var machine = BrokenIn();
        var lm = new KernelDebugger(machine).Execute("lm");
        var console = new StringWriter { NewLine = "\n" };
        using var target = Listen(machine, console);
        var stopped = Task.Factory.StartNew(() => target.Stopped(machine), TaskCreationOptions.LongRunning);

        var run = CliRun.WithInput("lm\nq\n", "kd", "-k", $"net:port={target.Port},key={Key}", "--timeout", "30");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var prompt = $"{machine.Debugger.Break!.Processor}: kd> ";
        Assert.StartsWith($"Using NET for debugging\nWaiting to reconnect...\nConnected to target 127.0.0.1 on port {target.Port} on local IP 127.0.0.1\n"
            + "NtSim kernel debugger: WinDbg's commands on a simulated machine (.help lists them, q quits)\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("Kernel Debugger connection established.\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("Break instruction exception - code 80000003 (first chance)\n", run.Output, StringComparison.Ordinal);
        Assert.EndsWith($"{prompt}lm\n{lm}{prompt}q\nquit:\n", run.Output, StringComparison.Ordinal);
        Assert.NotNull(machine.Debugger.Break);
        Assert.Contains("KDNET: debugger connected from 127.0.0.1:", console.ToString(), StringComparison.Ordinal);
        target.Dispose();
        Assert.False(await stopped.WaitAsync(s_timeout));
    }

    [Fact]
    public void KdK_WrongKey_WaitsToReconnectUntilTheTimeout_TheTargetRecordsTheAttempts()
    {
        using var machine = BrokenIn();
        var console = new StringWriter { NewLine = "\n" };
        using var target = Listen(machine, console);

        var run = CliRun.WithInput("", "kd", "-k", $"net:port={target.Port},key=1.2.3.4", "--timeout", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Using NET for debugging\nWaiting to reconnect...\n", run.Output.ReplaceLineEndings("\n"));
        Assert.Equal($"ntsim kd: no target answered on 127.0.0.1:{target.Port} within 1 s (none listens there, or it does not take this key).\n",
            run.Error.ReplaceLineEndings("\n"));
        Assert.NotEmpty(target.Refused);
        Assert.All(target.Refused, line => Assert.Contains("failed authentication", line, StringComparison.Ordinal));
        Assert.False(machine.Debugger.Attached);
    }

    [Theory]
    [InlineData("kd", "-k", "net:port=50000,key=1.2.x!y.4", "ntsim kd: -k net:port=50000,key=1.2.x!y.4: key word 3 'x!y' is not base 36 (letters a-z and digits 0-9)")]
    [InlineData("kd", "-k", "net:port=50000,key=1.2.3", "ntsim kd: -k net:port=50000,key=1.2.3: the key '1.2.3' has 3 words, not four: KDNET's key is four base-36 words separated by dots (W.X.Y.Z)")]
    [InlineData("kd", "-k", "net:port=50000,key=1.2.3.4,hostip=10.0.0.2", "ntsim kd: -k net:port=50000,key=1.2.3.4,hostip=10.0.0.2: 'hostip' is not taken: NtSim listens and connects on the loopback interface (127.0.0.1) only")]
    [InlineData("run", "--debug", "net:port=50000,key=1.2.3.4.5", "ntsim run: --debug net:port=50000,key=1.2.3.4.5: the key '1.2.3.4.5' has 5 words, not four: KDNET's key is four base-36 words separated by dots (W.X.Y.Z)")]
    public void MalformedKey_OneLineNamingTheWord_ExitCode2(string tool, string option, string value, string error)
    {
        var run = tool == "kd" ? CliRun.WithInput("", tool, option, value) : CliRun.Of(tool, option, value, "--driver", "Hello.dll", "HelloClient.dll");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(error + "\n", run.Error.ReplaceLineEndings("\n"));
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void KdK_WithALocalClient_OneLineError()
    {
        var run = CliRun.WithInput("", "kd", "-k", $"net:port=50000,key={Key}", "HelloClient.dll");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("ntsim kd: -k attaches to a target that runs elsewhere: it takes no client, --machine, --driver or --inf.\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void RunDebug_NoStop_ListensThenRunsOn_AsWithoutADebugger()
    {
        var port = FreePort();
        var drivers = Path.Combine(AppContext.BaseDirectory, "drivers");

        var run = CliRun.Of("run", "--debug", $"net:port={port},key={Key}", "--driver", Path.Combine(drivers, "Hello.dll"), Path.Combine(drivers, "HelloClient.dll"));

        Assert.Equal(0, run.ExitCode);
        var output = run.Output.ReplaceLineEndings("\n");
        Assert.StartsWith($"KDNET: waiting for a debugger on 127.0.0.1:{port} (ntsim kd -k net:port={port},key=...)\n", output, StringComparison.Ordinal);
        Assert.Contains("  (HelloClient.dll exited with 0)\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, output, StringComparison.Ordinal);
    }

    // A port free now: bound to port 0, then let go.
    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static Machine BrokenIn()
    {
        var machine = Machine.Boot(new MachineOptions { Processors = 2, Seed = 5, KernelDebugging = KernelDebugging.Enabled });
        Assert.Equal(RunStatus.Break, machine.Run(() => DbgBreakPoint()));
        return machine;
    }

    private static RemoteTarget Listen(Machine machine, StringWriter console)
    {
        var target = RemoteTarget.Create($"net:port=0,key={Key}", TextWriter.Synchronized(console), anyPort: true, out var problem);
        Assert.Null(problem);
        target!.Booted(machine);
        return target;
    }
}
