using System.Net;
using System.Net.Sockets;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Remote;

/// <summary>
/// A machine's end of network debugging (<c>--debug net:port=N,key=W.X.Y.Z</c>): listens on 127.0.0.1 only and
/// takes one debugger session at a time. A debugger that proves the key gets the banner; each time the machine
/// stands still (<see cref="Stopped"/>) the session gets the arrival text and the prompt, and its commands run on the
/// target's <see cref="KernelDebugger"/>. A stop with no session waits for one, as a Windows target with a debugger
/// enabled waits at a break; <c>q</c> ends a session (the connection closes) and the next may connect. A connection
/// whose packets fail authentication (a wrong key) is answered with nothing, closed, and counted. docs/kdnet.md.
/// </summary>
internal sealed class KdNetTarget : IDisposable
{
    // A debugger that connects has this long to send its poke (KDNET's host pokes at once).
    private static readonly TimeSpan s_handshakeTimeout = TimeSpan.FromSeconds(5);
    private readonly KernelDebugger _debugger;
    private readonly Machine _machine;
    private readonly KdNetKey _key;
    private readonly TextWriter _console;
    private readonly Func<string> _banner;
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stopping = new();
    private readonly object _lock = new();
    private readonly List<string> _refused = [];
    private KdNetConnection? _session;
    private Task? _accepting;

    /// <summary>A target serving <paramref name="debugger"/>'s machine; <paramref name="console"/> gets the target's own
    /// lines (connections, refusals, waits), <paramref name="banner"/> the text a connecting debugger is sent.</summary>
    internal KdNetTarget(KernelDebugger debugger, KdNetSettings settings, TextWriter console, Func<string> banner)
    {
        _debugger = debugger;
        _machine = debugger.Machine ?? throw new ArgumentException("A remote target serves a live machine, not a crash dump.", nameof(debugger));
        _key = settings.Key;
        _console = console;
        _banner = banner;
        _listener = new TcpListener(IPAddress.Loopback, settings.Port);
    }

    /// <summary>The port listened on (the one chosen when the settings asked for port 0).</summary>
    internal int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The refused attempts so far, one line each (who, and why).</summary>
    internal IReadOnlyList<string> Refused
    {
        get
        {
            lock (_lock)
            {
                return [.. _refused];
            }
        }
    }

    /// <summary>A session is connected.</summary>
    internal bool Connected
    {
        get
        {
            lock (_lock)
            {
                return _session is not null;
            }
        }
    }

    /// <summary>Raised (on the listening thread) after each refused attempt: tests await it.</summary>
    internal event Action<string>? AttemptRefused;

    /// <summary>Raised (on the machine's thread) when a stop begins to wait for a session.</summary>
    internal event Action? WaitingForSession;

    /// <summary>Raised (on the listening thread) when a session has connected and been sent the banner.</summary>
    internal event Action? SessionConnected;

    /// <summary>Starts listening on 127.0.0.1 and says so on the target's console.</summary>
    internal void Start()
    {
        _listener.Start(backlog: 4);
        Say($"KDNET: waiting for a debugger on 127.0.0.1:{Port} (ntsim kd -k net:port={Port},key=...)");
        _accepting = Task.Run(AcceptLoop);
    }

    /// <summary>The machine stands still (a break, a bug check) or paused (the client exited): serves sessions until the
    /// machine can go on. At a break or a bug check a stop with no session waits for one; otherwise only a connected
    /// session is served. Returns true when the machine can go on (neither broken in nor halted).</summary>
    internal bool Stopped(Machine machine)
    {
        var waited = false;
        while (!_stopping.IsCancellationRequested)
        {
            var standing = machine.IsHalted || machine.Debugger.Break is not null;
            var session = WaitForSession(standing && !waited ? machine : null, standing);
            waited |= standing;
            if (session is null)
            {
                break;
            }

            Serve(machine, session);
            if (!(machine.IsHalted || machine.Debugger.Break is not null))
            {
                break;
            }
        }

        return !machine.IsHalted && machine.Debugger.Break is null;
    }

    private KdNetConnection? WaitForSession(Machine? announce, bool wait)
    {
        lock (_lock)
        {
            if (_session is null && announce is not null)
            {
                Say($"KDNET: the machine stands still ({(announce.IsHalted ? "bug check" : "break")}): waiting for a debugger on 127.0.0.1:{Port}");
                WaitingForSession?.Invoke();
            }

            while (_session is null && wait && !_stopping.IsCancellationRequested)
            {
                Monitor.Wait(_lock);
            }

            return _session;
        }
    }

    private void Serve(Machine machine, KdNetConnection session)
    {
        try
        {
            if (machine.BugCheck is { } bugCheck)
            {
                _debugger.CurrentProcessor = bugCheck.Processor;
            }
            else if (machine.Debugger.Break is { } report)
            {
                _debugger.CurrentProcessor = report.Processor;
            }

            var arrival = string.Concat(KdArrival.Of(machine).Select(l => l + "\n"));
            if (arrival.Length > 0)
            {
                session.Send(KdNetMessageKind.Text, arrival);
            }

            while (true)
            {
                session.Send(KdNetMessageKind.Prompt, _debugger.Prompt);
                var message = session.Receive();
                if (message.Kind == KdNetMessageKind.Bye)
                {
                    break;
                }

                if (message.Kind != KdNetMessageKind.Command)
                {
                    throw new KdNetRejectedException($"The debugger sent {message.Kind} where a command was due.");
                }

                session.Send(KdNetMessageKind.Text, _debugger.Execute(message.Text));
                if (_debugger.QuitRequested)
                {
                    _debugger.QuitRequested = false;
                    session.Send(KdNetMessageKind.Bye, "");
                    break;
                }
            }

            EndSession(session, "the debugger quit");
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            EndSession(session, "the connection was lost: " + e.Message);
        }
    }

    private void EndSession(KdNetConnection session, string why)
    {
        session.Dispose();
        lock (_lock)
        {
            if (!ReferenceEquals(_session, session))
            {
                return;
            }

            _session = null;
            _machine.Debugger.Detach();
            Say($"KDNET: debugger disconnected ({why})");
            Monitor.PulseAll(_lock);
        }
    }

    private async Task AcceptLoop()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var peer = client.Client.RemoteEndPoint as IPEndPoint;
            if (peer is null || !IPAddress.IsLoopback(peer.Address))
            {
                // The listener is bound to 127.0.0.1; this guards the rule should that ever change.
                client.Dispose();
                continue;
            }

            Handshake(client, peer);
            lock (_lock)
            {
                // One session at a time: the next connection waits in the backlog until this one ends.
                while (_session is not null && !_stopping.IsCancellationRequested)
                {
                    Monitor.Wait(_lock);
                }
            }
        }
    }

    private void Handshake(TcpClient client, IPEndPoint peer)
    {
        var stream = client.GetStream();
        KdNetConnection session;
        try
        {
            client.ReceiveTimeout = (int)s_handshakeTimeout.TotalMilliseconds;
            session = KdNetConnection.Accept(stream, _key);
            client.ReceiveTimeout = 0;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Answered with nothing: the attempt is recorded, and the connection closed for the next debugger.
            var line = $"KDNET: refused a debugger from {peer}: {(e is KdNetRejectedException ? e.Message : "no handshake: " + e.Message)}";
            lock (_lock)
            {
                _refused.Add(line);
            }

            Say(line);
            client.Dispose();
            AttemptRefused?.Invoke(line);
            return;
        }

        // Attached first, so that the banner's "Kernel Debugger connection established." is true when it is sent.
        _machine.Debugger.Attach();
        try
        {
            session.Send(KdNetMessageKind.Text, _banner());
        }
        catch (IOException)
        {
            _machine.Debugger.Detach();
            session.Dispose();
            return;
        }

        lock (_lock)
        {
            _session = session;
            Monitor.PulseAll(_lock);
        }

        Say($"KDNET: debugger connected from {peer}");
        SessionConnected?.Invoke();
    }

    private void Say(string line)
    {
        lock (_console)
        {
            _console.WriteLine(line);
            _console.Flush();
        }
    }

    /// <summary>Stops listening, ends the session and lets a stop that waits for one return.</summary>
    public void Dispose()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        _stopping.Cancel();
        _listener.Stop();
        lock (_lock)
        {
            _session?.Dispose();
            _session = null;
            Monitor.PulseAll(_lock);
        }

        _accepting?.Wait(TimeSpan.FromSeconds(5));
    }
}
