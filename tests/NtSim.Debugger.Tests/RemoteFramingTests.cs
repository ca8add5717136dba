using NtSim.Debugger.Remote;

namespace NtSim.Debugger.Tests;

/// <summary>The framing: a packet opens only with its keys and unaltered; a session's packets are taken once and in
/// turn; a handshake or a packet from another session does not authenticate.</summary>
public sealed class RemoteFramingTests
{
    private static readonly KdNetKey s_key = KdNetKey.Parse("2steg4fzbj2sz.23418vzkd4ko3.1g34ou07z4pev.1sp3yo9yz874p");
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public void Packet_SealedThenOpened_GivesThePayloadBack()
    {
        var keys = KdNetPacket.Control(s_key);
        var packet = keys.Seal(KdNetChannel.Data, 7, KdNetDirection.ToTarget, "lm"u8);

        Assert.True(keys.TryOpen(packet, out var channel, out var sequence, out var direction, out var payload));
        Assert.Equal((KdNetChannel.Data, 7ul, KdNetDirection.ToTarget), (channel, sequence, direction));
        Assert.Equal("lm"u8.ToArray(), payload);
        Assert.Equal("MDBG"u8.ToArray(), packet[..4]);
        // Header 6, then seq word + payload padded to 16, then the 16-byte tag.
        Assert.Equal(6 + 16 + 16, packet.Length);
        Assert.DoesNotContain(Windows(packet, 2), w => w.SequenceEqual("lm"u8.ToArray()));
    }

    [Fact]
    public void Packet_AnyByteAltered_Rejected()
    {
        var keys = KdNetPacket.Control(s_key);
        var packet = keys.Seal(KdNetChannel.Data, 1, KdNetDirection.ToDebugger, "Evaluate expression: 1"u8);

        for (var i = 0; i < packet.Length; i++)
        {
            var altered = (byte[])packet.Clone();
            altered[i] ^= 0x01;
            Assert.False(keys.TryOpen(altered, out _, out _, out _, out _), $"a packet altered at byte {i} opened");
        }
    }

    [Fact]
    public void Packet_OtherKey_Rejected()
    {
        var packet = KdNetPacket.Control(s_key).Seal(KdNetChannel.Control, 0, KdNetDirection.ToTarget, new byte[34]);

        Assert.False(KdNetPacket.Control(KdNetKey.Parse("1.2.3.4")).TryOpen(packet, out _, out _, out _, out _));
    }

    [Fact]
    public void Session_PacketSentAgain_Rejected()
    {
        using var streams = new RemoteStreams();
        var (debugger, target) = Handshake(streams, s_key);
        debugger.Send(KdNetMessageKind.Command, "lm");
        Assert.Equal(new KdNetMessage(KdNetMessageKind.Command, "lm"), target.Receive());

        // The command's frame (its length's write and its packet's), written again as it was.
        foreach (var write in streams.Debugger.Writes[^2..])
        {
            streams.Debugger.Inner.Write(write);
        }

        var rejected = Assert.Throws<KdNetRejectedException>(() => target.Receive());
        Assert.Contains("out of turn", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Session_PacketSentBack_Rejected()
    {
        using var streams = new RemoteStreams();
        var (debugger, target) = Handshake(streams, s_key);
        debugger.Send(KdNetMessageKind.Command, "lm");
        Assert.Equal("lm", target.Receive().Text);

        // The debugger's own packet reflected to it: right keys and number, wrong direction.
        foreach (var write in streams.Debugger.Writes[^2..])
        {
            streams.Target.Inner.Write(write);
        }

        Assert.Throws<KdNetRejectedException>(() => debugger.Receive());
    }

    [Fact]
    public async Task Replay_OldHandshakeAndCommand_OnANewSession_DoNotAuthenticate()
    {
        byte[][] recorded;
        using (var first = new RemoteStreams())
        {
            var (debugger, target) = Handshake(first, s_key);
            debugger.Send(KdNetMessageKind.Command, "g");
            Assert.Equal("g", target.Receive().Text);
            recorded = [.. first.Debugger.Writes];
        }

        // An eavesdropper sends the recorded poke: the target answers with a fresh nonce, so the data keys differ.
        using var second = new RemoteStreams();
        var accepting = Task.Run(() => KdNetConnection.Accept(second.Target, s_key));
        second.Debugger.Inner.Write(recorded[0]);
        second.Debugger.Inner.Write(recorded[1]);
        var replayedTarget = await accepting.WaitAsync(s_timeout);
        second.Debugger.Inner.Write(recorded[^2]);
        second.Debugger.Inner.Write(recorded[^1]);

        var rejected = Assert.Throws<KdNetRejectedException>(() => replayedTarget.Receive());
        Assert.Contains("failed authentication", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_OldResponse_ToANewDebugger_Rejected()
    {
        byte[][] response;
        using (var first = new RemoteStreams())
        {
            Handshake(first, s_key);
            response = [.. first.Target.Writes.Take(2)];
        }

        using var second = new RemoteStreams();
        var connecting = Task.Run(() => KdNetConnection.Connect(second.Debugger, s_key));
        KdNetConnection.ReadFrame(second.Target);
        second.Target.Inner.Write(response[0]);
        second.Target.Inner.Write(response[1]);

        var rejected = await Assert.ThrowsAsync<KdNetRejectedException>(() => connecting.WaitAsync(s_timeout));
        Assert.Contains("does not answer this poke", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handshake_WrongKey_TargetRejectsThePoke()
    {
        using var streams = new RemoteStreams();
        var accepting = Task.Run(() => KdNetConnection.Accept(streams.Target, s_key));
        var connecting = Task.Run(() => KdNetConnection.Connect(streams.Debugger, KdNetKey.Parse("1.2.3.4")));

        var rejected = await Assert.ThrowsAsync<KdNetRejectedException>(() => accepting.WaitAsync(s_timeout));
        Assert.Contains("failed authentication", rejected.Message, StringComparison.Ordinal);
        streams.Dispose();
        await Assert.ThrowsAnyAsync<IOException>(() => connecting.WaitAsync(s_timeout));
    }

    [Fact]
    public void Frame_ImpossibleLength_Rejected()
    {
        using var memory = new MemoryStream([0x7F, 0xFF, 0xFF, 0xFF]);

        Assert.Throws<KdNetRejectedException>(() => KdNetConnection.ReadFrame(memory));
    }

    private static (KdNetConnection Debugger, KdNetConnection Target) Handshake(RemoteStreams streams, KdNetKey key)
    {
        var accepting = Task.Run(() => KdNetConnection.Accept(streams.Target, key));
        var debugger = KdNetConnection.Connect(streams.Debugger, key);
        return (debugger, accepting.WaitAsync(s_timeout).GetAwaiter().GetResult());
    }

    private static IEnumerable<byte[]> Windows(byte[] bytes, int length) =>
        Enumerable.Range(0, bytes.Length - length + 1).Select(i => bytes[i..(i + length)]);
}
