using System.Net;
using System.Net.Sockets;

namespace NtSim.Debugger.Remote;

/// <summary>
/// The debugger's end of network debugging (<c>ntsim kd -k net:port=N,key=W.X.Y.Z</c>): one attempt to connect to
/// 127.0.0.1:N and prove the key (<see cref="TryConnect"/>), then the session's messages. A target that does not
/// answer the poke (a wrong key: it answers nothing) or is not there is indistinguishable from the debugger's side,
/// as with KDNET; the caller waits and tries again. docs/kdnet.md.
/// </summary>
internal sealed class KdNetHost : IDisposable
{
    private readonly TcpClient _client;
    private readonly KdNetConnection _connection;

    private KdNetHost(TcpClient client, KdNetConnection connection)
    {
        _client = client;
        _connection = connection;
    }

    /// <summary>Connects and shakes hands, waiting at most <paramref name="timeout"/> for the target's answer; null when
    /// no target listens, or none answered (a wrong key), or its answer did not authenticate.</summary>
    internal static KdNetHost? TryConnect(KdNetSettings settings, TimeSpan timeout)
    {
        var client = new TcpClient(AddressFamily.InterNetwork);
        try
        {
            client.Connect(IPAddress.Loopback, settings.Port);
            client.ReceiveTimeout = (int)timeout.TotalMilliseconds;
            var connection = KdNetConnection.Connect(client.GetStream(), settings.Key);
            client.ReceiveTimeout = 0;
            return new KdNetHost(client, connection);
        }
        catch (Exception e) when (e is SocketException or IOException or ObjectDisposedException)
        {
            client.Dispose();
            return null;
        }
    }

    /// <summary>The next message from the target (its banner, output, prompt, or Bye); EndOfStreamException or an
    /// IOException when the connection is gone.</summary>
    internal KdNetMessage Receive() => _connection.Receive();

    /// <summary>Sends one command line to run on the target.</summary>
    internal void Command(string line) => _connection.Send(KdNetMessageKind.Command, line);

    /// <summary>Ends the session without a command (the debugger's input ended); the target stays as it is.</summary>
    internal void Bye() => _connection.Send(KdNetMessageKind.Bye, "");

    public void Dispose()
    {
        _connection.Dispose();
        _client.Dispose();
    }
}
