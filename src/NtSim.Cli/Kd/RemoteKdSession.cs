using System.Diagnostics;
using NtSim.Debugger.Remote;

namespace NtSim.Cli.Kd;

/// <summary>
/// `ntsim kd -k net:port=N,key=W.X.Y.Z`: the console attached to a target over the network. It says what KD says
/// while it connects (<c>Using NET for debugging</c>, <c>Waiting to reconnect...</c>) and tries again each second
/// until a target answers the key (a target given a wrong key answers nothing, as KDNET) or the timeout passes.
/// Then it is the local console: the target's banner, each stop's arrival and prompt, the commands read from the
/// input (after -c's), run on the target. q (or the end of the input) ends the session and leaves the target as it is.
/// </summary>
internal sealed class RemoteKdSession(TextReader input, TextWriter output, string? initialCommands, bool echo)
{
    /// <summary>No target answered within the timeout.</summary>
    internal const int NotConnected = 1;

    // How long one attempt waits for the target's answer, and between attempts.
    private static readonly TimeSpan s_attempt = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan s_retry = TimeSpan.FromSeconds(1);

    internal int Run(KdNetSettings settings, TimeSpan? timeout, TextWriter error, string tool)
    {
        output.WriteLine("Using NET for debugging");
        output.WriteLine("Waiting to reconnect...");
        output.Flush();
        var clock = Stopwatch.StartNew();
        KdNetHost? host;
        while ((host = KdNetHost.TryConnect(settings, s_attempt)) is null)
        {
            var left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                error.WriteLine($"{tool}: no target answered on 127.0.0.1:{settings.Port} within {timeout!.Value.TotalSeconds:0.###} s (none listens there, or it does not take this key).");
                return NotConnected;
            }

            Thread.Sleep(left is { } remaining && remaining < s_retry ? remaining : s_retry);
        }

        using (host)
        {
            output.WriteLine($"Connected to target 127.0.0.1 on port {settings.Port} on local IP 127.0.0.1");
            return Session(host);
        }
    }

    private int Session(KdNetHost host)
    {
        var initial = initialCommands;
        try
        {
            while (true)
            {
                var message = host.Receive();
                switch (message.Kind)
                {
                    case KdNetMessageKind.Text:
                        output.Write(message.Text);
                        break;
                    case KdNetMessageKind.Prompt when initial is not null:
                        output.WriteLine(message.Text + initial);
                        host.Command(initial);
                        initial = null;
                        break;
                    case KdNetMessageKind.Prompt:
                        output.Write(message.Text);
                        output.Flush();
                        var line = input.ReadLine();
                        if (line is null)
                        {
                            // The end of the input ends the session, as q does; the target stays as it is.
                            output.WriteLine();
                            host.Bye();
                            return 0;
                        }

                        if (echo)
                        {
                            output.WriteLine(line);
                        }

                        host.Command(line);
                        break;
                    default:
                        return 0;
                }

                output.Flush();
            }
        }
        catch (IOException)
        {
            output.WriteLine();
            output.WriteLine("The target closed the connection.");
            return 0;
        }
    }
}
