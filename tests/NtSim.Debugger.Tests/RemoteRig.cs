using NtSim.Debugger.Remote;
using NtSim.Samples.Zero;
using NtSim.Testing;

namespace NtSim.Debugger.Tests;

/// <summary>A machine booted with kernel debugging enabled (no debugger attached), Zero started, and its network
/// debugging target listening on a free loopback port with a key; helpers that connect a debugger and read what it
/// is sent, each wait bounded. Fixed seed, deterministic: the same addresses every run.</summary>
internal sealed class RemoteRig : IDisposable
{
    internal static readonly KdNetKey Key = KdNetKey.Parse("2steg4fzbj2sz.23418vzkd4ko3.1g34ou07z4pev.1sp3yo9yz874p");
    internal static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    internal RemoteRig()
    {
        Machine = TestMachine.Boot(options: new MachineOptions { Processors = 2, Seed = 14, KernelDebugging = KernelDebugging.Enabled });
        Machine.StartDriver<ZeroDriver>("Zero");
        Debugger = new KernelDebugger(Machine);
        Target = new KdNetTarget(Debugger, new KdNetSettings(0, Key), Console, () => "NtSim target banner\n");
        Target.Start();
    }

    internal Machine Machine { get; }

    internal KernelDebugger Debugger { get; }

    internal KdNetTarget Target { get; }

    /// <summary>The target's console.</summary>
    internal StringWriter Console { get; } = new() { NewLine = "\n" };

    /// <summary>Connects with <paramref name="key"/> and waits until the target has taken the session.</summary>
    internal KdNetHost Connect()
    {
        var connected = new TaskCompletionSource();
        Target.SessionConnected += connected.SetResult;
        try
        {
            var host = KdNetHost.TryConnect(Settings(Key), Timeout);
            Assert.NotNull(host);
            Assert.Equal(new KdNetMessage(KdNetMessageKind.Text, "NtSim target banner\n"), Receive(host));
            Assert.True(connected.Task.Wait(Timeout), "the target did not take the session");
            return host;
        }
        finally
        {
            Target.SessionConnected -= connected.SetResult;
        }
    }

    internal KdNetSettings Settings(KdNetKey key) => new(Target.Port, key);

    /// <summary>The target's machine stops here: serves sessions on a thread of its own, as the run's thread would.</summary>
    internal Task<bool> StoppedAsync() => Task.Factory.StartNew(() => Target.Stopped(Machine), TaskCreationOptions.LongRunning);

    /// <summary>The next message, within the timeout.</summary>
    internal static KdNetMessage Receive(KdNetHost host)
    {
        var receiving = Task.Run(host.Receive);
        Assert.True(receiving.Wait(Timeout), "no message from the target");
        return receiving.Result;
    }

    /// <summary>The text sent until the next prompt (or Bye), and that prompt (or null after Bye).</summary>
    internal static (string Text, string? Prompt) UntilPrompt(KdNetHost host)
    {
        var text = "";
        while (true)
        {
            var message = Receive(host);
            switch (message.Kind)
            {
                case KdNetMessageKind.Text:
                    text += message.Text;
                    break;
                case KdNetMessageKind.Prompt:
                    return (text, message.Text);
                default:
                    return (text, null);
            }
        }
    }

    /// <summary>Sends <paramref name="command"/> and returns its output and the next prompt.</summary>
    internal static (string Text, string? Prompt) Run(KdNetHost host, string command)
    {
        host.Command(command);
        return UntilPrompt(host);
    }

    public void Dispose()
    {
        Target.Dispose();
        Machine.Dispose();
    }
}
