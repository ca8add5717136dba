using System.Net.Sockets;
using NtSim.Cli.Run;
using NtSim.Debugger;
using NtSim.Debugger.Remote;

namespace NtSim.Cli.Kd;

/// <summary>
/// `ntsim run --debug net:port=N,key=W.X.Y.Z`: the run's debugger is a network debugging target. When the machine
/// boots it listens on 127.0.0.1:N; a debugger that attaches (ntsim kd -k) gets <see cref="KdBanner"/>'s text, and
/// each stop (a break, a bug check) is served to it; a stop with no debugger connected waits for one. docs/kdnet.md.
/// </summary>
internal sealed class RemoteTarget : IRunDebugger, IDisposable
{
    private readonly KdNetSettings _settings;
    private readonly TextWriter _console;
    private KdNetTarget? _target;

    private RemoteTarget(KdNetSettings settings, TextWriter console)
    {
        _settings = settings;
        _console = console;
    }

    /// <summary>A target for <paramref name="connection"/> (<c>net:port=N,key=W.X.Y.Z</c>), or null with the problem in one
    /// line (a bad key names its word). <paramref name="anyPort"/> lets port 0 choose a free port.</summary>
    internal static RemoteTarget? Create(string connection, TextWriter console, bool anyPort, out string? problem) =>
        KdNetSettings.TryParse(connection, anyPort, out var settings, out problem) ? new RemoteTarget(settings, console) : null;

    /// <summary>The port listened on, once the machine booted.</summary>
    internal int Port => _target?.Port ?? _settings.Port;

    /// <summary>The refused attempts so far (a wrong key), one line each.</summary>
    internal IReadOnlyList<string> Refused => _target?.Refused ?? [];

    /// <summary>Never: a session's q disconnects, and the next debugger may attach.</summary>
    public bool Ended => false;

    public void Booted(Machine machine)
    {
        var debugger = new KernelDebugger(machine);
        _target = new KdNetTarget(debugger, _settings, _console, () =>
        {
            var banner = new StringWriter { NewLine = "\n" };
            KdBanner.Print(machine, banner);
            return banner.ToString();
        });
        try
        {
            _target.Start();
        }
        catch (SocketException e)
        {
            throw new RemoteTargetException($"cannot listen on 127.0.0.1:{_settings.Port}: {e.Message}");
        }
    }

    public bool Stopped(Machine machine) => _target?.Stopped(machine) ?? true;

    public void Dispose() => _target?.Dispose();
}
