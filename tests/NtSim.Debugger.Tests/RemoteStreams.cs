using System.Net;
using System.Net.Sockets;

namespace NtSim.Debugger.Tests;

/// <summary>A connected pair of loopback TCP streams (a free port chosen by binding to port 0), and a stream that
/// records each write, so that a test can send a packet again or alter it.</summary>
internal sealed class RemoteStreams : IDisposable
{
    private readonly TcpClient _client;
    private readonly TcpClient _server;

    internal RemoteStreams()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            _client = new TcpClient(AddressFamily.InterNetwork);
            _client.Connect(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
            _server = listener.AcceptTcpClient();
        }
        finally
        {
            listener.Stop();
        }

        // No read waits forever: a test that expected a packet fails instead of hanging.
        _client.ReceiveTimeout = _server.ReceiveTimeout = 10_000;
        Debugger = new RecordingStream(_client.GetStream());
        Target = new RecordingStream(_server.GetStream());
    }

    /// <summary>The debugger's end.</summary>
    internal RecordingStream Debugger { get; }

    /// <summary>The target's end.</summary>
    internal RecordingStream Target { get; }

    public void Dispose()
    {
        _client.Dispose();
        _server.Dispose();
    }
}

/// <summary>A stream that passes everything through and keeps each Write's bytes.</summary>
internal sealed class RecordingStream(Stream inner) : Stream
{
    /// <summary>The writes, in order (a frame is its length's write and then its packet's).</summary>
    internal List<byte[]> Writes { get; } = [];

    internal Stream Inner => inner;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        Writes.Add(buffer.AsSpan(offset, count).ToArray());
        inner.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Writes.Add(buffer.ToArray());
        inner.Write(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
