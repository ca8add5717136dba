using NtSim.Debugger.Remote;
using static NtSim.Wdm;

namespace NtSim.Debugger.Tests;

/// <summary>Remote sessions on a loopback target: the right key runs commands as a local session does, a wrong key
/// never connects and is recorded, sessions come in turn, and a session lost midway leaves the stop standing.</summary>
public sealed class RemoteSessionTests
{
    [Fact]
    public async Task RightKey_AtABreak_ArrivalThenPrompt_LmAsLocal_QDisconnects_BreakStands()
    {
        using var rig = new RemoteRig();
        Assert.Equal(RunStatus.Break, rig.Machine.Run(() => DbgBreakPoint()));
        var local = new KernelDebugger(rig.Machine).Execute("lm");
        var waiting = new TaskCompletionSource();
        rig.Target.WaitingForSession += waiting.SetResult;
        var stopped = rig.StoppedAsync();
        await waiting.Task.WaitAsync(RemoteRig.Timeout);

        using var host = rig.Connect();
        var (arrival, prompt) = RemoteRig.UntilPrompt(host);
        Assert.StartsWith("Break instruction exception - code 80000003 (first chance)\n", arrival, StringComparison.Ordinal);
        var kd = $"{rig.Machine.Debugger.Break!.Processor}: kd> ";
        Assert.Equal(kd, prompt);
        Assert.True(rig.Machine.Debugger.Attached);

        Assert.Equal((local, kd), RemoteRig.Run(host, "lm"));
        Assert.Equal(("quit:\n", (string?)null), RemoteRig.Run(host, "q"));

        Assert.NotNull(rig.Machine.Debugger.Break);
        Assert.Contains("KDNET: the machine stands still (break): waiting for a debugger on 127.0.0.1:", rig.Console.ToString(), StringComparison.Ordinal);
        rig.Target.Dispose();
        Assert.False(await stopped.WaitAsync(RemoteRig.Timeout));
    }

    [Fact]
    public async Task TwoSessionsInTurn_TheSecondLetsTheMachineGo()
    {
        using var rig = new RemoteRig();
        var resumed = false;
        Assert.Equal(RunStatus.Break, rig.Machine.Run(() =>
        {
            DbgBreakPoint();
            resumed = true;
        }));
        var kd = $"{rig.Machine.Debugger.Break!.Processor}: kd> ";
        var stopped = rig.StoppedAsync();

        using (var first = rig.Connect())
        {
            RemoteRig.UntilPrompt(first);
            Assert.Equal(("Evaluate expression: 3 = 00000000`00000003\n", (string?)kd), RemoteRig.Run(first, "? 1+2"));
            Assert.Equal(("quit:\n", (string?)null), RemoteRig.Run(first, "q"));
        }

        using var second = rig.Connect();
        var (arrival, _) = RemoteRig.UntilPrompt(second);
        Assert.StartsWith("Break instruction exception", arrival, StringComparison.Ordinal);
        Assert.Equal(("", (string?)kd), RemoteRig.Run(second, "g"));
        Assert.True(resumed);
        second.Command("q");
        Assert.True(await stopped.WaitAsync(RemoteRig.Timeout));
        Assert.Equal(2, CountOf(rig.Console.ToString(), "KDNET: debugger connected from 127.0.0.1:"));
    }

    [Fact]
    public async Task WrongKey_NeverConnects_TheTargetRecordsTheAttempt()
    {
        using var rig = new RemoteRig();
        var refused = new TaskCompletionSource<string>();
        rig.Target.AttemptRefused += refused.SetResult;

        var host = KdNetHost.TryConnect(rig.Settings(KdNetKey.Parse("1.2.3.4")), RemoteRig.Timeout);

        Assert.Null(host);
        var line = await refused.Task.WaitAsync(RemoteRig.Timeout);
        Assert.Equal(line, Assert.Single(rig.Target.Refused));
        Assert.Matches(@"^KDNET: refused a debugger from 127\.0\.0\.1:\d+: A packet failed authentication \(a wrong key, or altered on the way\)\.$", line);
        Assert.Contains(line, rig.Console.ToString(), StringComparison.Ordinal);
        Assert.False(rig.Target.Connected);
        Assert.False(rig.Machine.Debugger.Attached);

        // The right key connects afterwards.
        using var right = rig.Connect();
        Assert.True(rig.Target.Connected);
    }

    [Fact]
    public async Task DisconnectMidSession_TheStopWaitsForTheNext()
    {
        using var rig = new RemoteRig();
        Assert.Equal(RunStatus.Break, rig.Machine.Run(() => DbgBreakPoint()));
        var stopped = rig.StoppedAsync();
        var first = rig.Connect();
        RemoteRig.UntilPrompt(first);

        first.Dispose();

        using var second = rig.Connect();
        RemoteRig.UntilPrompt(second);
        Assert.Contains("KDNET: debugger disconnected (the connection was lost", rig.Console.ToString(), StringComparison.Ordinal);
        Assert.True(rig.Machine.Debugger.Attached);
        RemoteRig.Run(second, "g");
        second.Command("q");
        Assert.True(await stopped.WaitAsync(RemoteRig.Timeout));
    }

    [Fact]
    public void AtRest_NoSession_StoppedReturnsAtOnce()
    {
        using var rig = new RemoteRig();

        Assert.True(rig.Target.Stopped(rig.Machine));
        Assert.DoesNotContain("stands still", rig.Console.ToString(), StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
