using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace NtSim.Debugger.Remote;

/// <summary>
/// One authenticated, encrypted session over a stream (a TCP connection on 127.0.0.1). Each packet travels as a
/// 4-byte big-endian length and the packet (<see cref="KdNetPacket"/>; TCP needs the length, KDNET's UDP does not).
/// The handshake (<see cref="Accept"/>, <see cref="Connect"/>) runs on the control channel; the session's messages
/// on the data channel, with keys derived from both sides' fresh nonces. Each side numbers its packets from 1 and
/// takes only the peer's next number in the peer's direction, so a replayed, reordered or reflected packet is
/// rejected. docs/kdnet.md.
/// </summary>
internal sealed class KdNetConnection : IDisposable
{
    /// <summary>The largest packet taken (a text longer than this travels in several).</summary>
    internal const int MaxPacket = 1 << 20;

    private const int NonceLength = 32;
    private const int MaxText = 128 * 1024;
    private readonly Stream _stream;
    private readonly KdNetPacket _packet;
    private readonly KdNetDirection _sending;
    private ulong _sent;
    private ulong _received;

    private KdNetConnection(Stream stream, KdNetPacket packet, KdNetDirection sending)
    {
        _stream = stream;
        _packet = packet;
        _sending = sending;
    }

    private KdNetDirection Receiving => _sending == KdNetDirection.ToTarget ? KdNetDirection.ToDebugger : KdNetDirection.ToTarget;

    /// <summary>The target's side of the handshake: reads the debugger's poke (<c>01 01</c> and its nonce) on the
    /// control channel and answers <c>01 02</c>, the debugger's nonce and its own. A poke that fails authentication
    /// (a wrong key) or is malformed throws <see cref="KdNetRejectedException"/> and is answered with nothing.</summary>
    internal static KdNetConnection Accept(Stream stream, KdNetKey key)
    {
        var control = KdNetPacket.Control(key);
        var poke = Open(control, ReadFrame(stream), KdNetChannel.Control, 0, KdNetDirection.ToTarget);
        if (poke.Length != 2 + NonceLength || poke[0] != 1 || poke[1] != 1)
        {
            throw new KdNetRejectedException("The debugger's handshake is not a poke.");
        }

        var response = new byte[2 + (2 * NonceLength)];
        response[0] = 1;
        response[1] = 2;
        poke.AsSpan(2).CopyTo(response.AsSpan(2));
        RandomNumberGenerator.Fill(response.AsSpan(2 + NonceLength));
        WriteFrame(stream, control.Seal(KdNetChannel.Control, 0, KdNetDirection.ToDebugger, response));
        return new KdNetConnection(stream, KdNetPacket.Data(key, response), KdNetDirection.ToDebugger);
    }

    /// <summary>The debugger's side: sends the poke with a fresh nonce and takes only a response that
    /// authenticates and echoes that nonce (an old response replayed does not).</summary>
    internal static KdNetConnection Connect(Stream stream, KdNetKey key)
    {
        var control = KdNetPacket.Control(key);
        var poke = new byte[2 + NonceLength];
        poke[0] = 1;
        poke[1] = 1;
        RandomNumberGenerator.Fill(poke.AsSpan(2));
        WriteFrame(stream, control.Seal(KdNetChannel.Control, 0, KdNetDirection.ToTarget, poke));
        var response = Open(control, ReadFrame(stream), KdNetChannel.Control, 0, KdNetDirection.ToDebugger);
        if (response.Length != 2 + (2 * NonceLength) || response[0] != 1 || response[1] != 2
            || !response.AsSpan(2, NonceLength).SequenceEqual(poke.AsSpan(2)))
        {
            throw new KdNetRejectedException("The target's handshake response does not answer this poke.");
        }

        return new KdNetConnection(stream, KdNetPacket.Data(key, response), KdNetDirection.ToTarget);
    }

    /// <summary>Sends a message (a long text in several packets of the same kind, the last one carrying the kind's meaning).</summary>
    internal void Send(KdNetMessageKind kind, string text)
    {
        for (var start = 0; ; start += MaxText)
        {
            var last = text.Length - start <= MaxText;
            var chunk = text.AsSpan(start, Math.Min(MaxText, text.Length - start));
            var payload = new byte[1 + Encoding.UTF8.GetByteCount(chunk)];
            payload[0] = (byte)(last ? kind : KdNetMessageKind.Text);
            Encoding.UTF8.GetBytes(chunk, payload.AsSpan(1));
            WriteFrame(_stream, _packet.Seal(KdNetChannel.Data, ++_sent, _sending, payload));
            if (last)
            {
                return;
            }
        }
    }

    /// <summary>Receives the next message; EndOfStreamException when the peer closed, <see cref="KdNetRejectedException"/>
    /// for a packet that fails authentication or comes out of turn.</summary>
    internal KdNetMessage Receive()
    {
        var payload = Open(_packet, ReadFrame(_stream), KdNetChannel.Data, _received + 1, Receiving);
        _received++;
        if (payload.Length == 0 || payload[0] is < (byte)KdNetMessageKind.Text or > (byte)KdNetMessageKind.Bye)
        {
            throw new KdNetRejectedException("A packet carries no message NtSim knows.");
        }

        return new KdNetMessage((KdNetMessageKind)payload[0], Encoding.UTF8.GetString(payload.AsSpan(1)));
    }

    public void Dispose() => _stream.Dispose();

    private static byte[] Open(KdNetPacket keys, byte[] frame, KdNetChannel channel, ulong sequence, KdNetDirection direction)
    {
        if (!keys.TryOpen(frame, out var gotChannel, out var gotSequence, out var gotDirection, out var payload))
        {
            throw new KdNetRejectedException("A packet failed authentication (a wrong key, or altered on the way).");
        }

        if (gotChannel != channel || gotSequence != sequence || gotDirection != direction)
        {
            throw new KdNetRejectedException($"A packet came out of turn (number {gotSequence}, expected {sequence}): a replay, or a packet sent back.");
        }

        return payload;
    }

    internal static void WriteFrame(Stream stream, byte[] packet)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, packet.Length);
        stream.Write(length);
        stream.Write(packet);
        stream.Flush();
    }

    internal static byte[] ReadFrame(Stream stream)
    {
        var length = new byte[4];
        stream.ReadExactly(length);
        var size = BinaryPrimitives.ReadInt32BigEndian(length);
        if (size is <= 0 or > MaxPacket)
        {
            throw new KdNetRejectedException($"A packet's length ({size}) is not one of this framing.");
        }

        var packet = new byte[size];
        stream.ReadExactly(packet);
        return packet;
    }
}
