using System.Buffers.Binary;
using System.Security.Cryptography;

namespace NtSim.Debugger.Remote;

/// <summary>Which way a packet travels (KDNET's direction nibble: 0 target to debugger, 8 debugger to target).</summary>
internal enum KdNetDirection : byte
{
    ToDebugger = 0,
    ToTarget = 8,
}

/// <summary>KDNET's channel byte: data (the session's messages) or control (the handshake).</summary>
internal enum KdNetChannel : byte
{
    Data = 0,
    Control = 1,
}

/// <summary>
/// One packet's sealing and opening with a pair of keys, in KDNET's layout: a 6-byte header ("MDBG", version,
/// channel) in clear; then, encrypted with AES-256-CBC, the 8-byte big-endian word <c>seq&lt;&lt;8 | direction&lt;&lt;4 |
/// padsize</c>, the payload and its zero padding to 16 bytes; then the tag, the first 16 bytes of HMAC-SHA256 over
/// the header and that plaintext, which is also the CBC IV. Opening decrypts, then checks the tag in constant time
/// before anything in the plaintext is used. docs/kdnet.md.
/// </summary>
internal sealed class KdNetPacket
{
    /// <summary>The header's length: magic, version, channel.</summary>
    internal const int HeaderLength = 6;

    /// <summary>NtSim's framing version (the byte after "MDBG"; KDNET's own packets carry theirs).</summary>
    internal const byte Version = 1;

    private const int TagLength = 16;
    private static readonly byte[] s_magic = "MDBG"u8.ToArray();
    private readonly byte[] _key;
    private readonly byte[] _hmacKey;

    private KdNetPacket(byte[] key, byte[] hmacKey)
    {
        _key = key;
        _hmacKey = hmacKey;
    }

    /// <summary>The control channel's keys: the control key and its NOT (KDNET's derivation).</summary>
    internal static KdNetPacket Control(KdNetKey key) => new(key.ControlKey(), key.HmacKey());

    /// <summary>The data channel's keys, as KDNET derives them: SHA-256 of the control key and the handshake
    /// response's payload (which holds both sides' fresh nonces); the HMAC key is its NOT.</summary>
    internal static KdNetPacket Data(KdNetKey key, ReadOnlySpan<byte> handshakeResponse)
    {
        var material = new byte[32 + handshakeResponse.Length];
        key.ControlKey().CopyTo(material, 0);
        handshakeResponse.CopyTo(material.AsSpan(32));
        var dataKey = SHA256.HashData(material);
        return new KdNetPacket(dataKey, KdNetKey.Not((byte[])dataKey.Clone()));
    }

    /// <summary>The sealed packet carrying <paramref name="payload"/>.</summary>
    internal byte[] Seal(KdNetChannel channel, ulong sequence, KdNetDirection direction, ReadOnlySpan<byte> payload)
    {
        var pad = (16 - ((8 + payload.Length) % 16)) % 16;
        var plain = new byte[HeaderLength + 8 + payload.Length + pad];
        s_magic.CopyTo(plain, 0);
        plain[4] = Version;
        plain[5] = (byte)channel;
        BinaryPrimitives.WriteUInt64BigEndian(plain.AsSpan(HeaderLength), (sequence << 8) | ((ulong)direction << 4) | (uint)pad);
        payload.CopyTo(plain.AsSpan(HeaderLength + 8));
        var tag = HMACSHA256.HashData(_hmacKey, plain).AsSpan(0, TagLength).ToArray();
        using var aes = Aes.Create();
        aes.Key = _key;
        var cipher = aes.EncryptCbc(plain.AsSpan(HeaderLength), tag, PaddingMode.None);
        var packet = new byte[HeaderLength + cipher.Length + TagLength];
        plain.AsSpan(0, HeaderLength).CopyTo(packet);
        cipher.CopyTo(packet, HeaderLength);
        tag.CopyTo(packet, HeaderLength + cipher.Length);
        return packet;
    }

    /// <summary>Opens <paramref name="packet"/>: false when it is not a packet of this framing or fails authentication.</summary>
    internal bool TryOpen(ReadOnlySpan<byte> packet, out KdNetChannel channel, out ulong sequence, out KdNetDirection direction, out byte[] payload)
    {
        channel = default;
        sequence = 0;
        direction = default;
        payload = [];
        var body = packet.Length - HeaderLength - TagLength;
        if (body < 16 || body % 16 != 0 || !packet[..4].SequenceEqual(s_magic) || packet[4] != Version || packet[5] > 1)
        {
            return false;
        }

        var tag = packet[^TagLength..];
        using var aes = Aes.Create();
        aes.Key = _key;
        var plain = new byte[HeaderLength + body];
        packet[..HeaderLength].CopyTo(plain);
        aes.DecryptCbc(packet.Slice(HeaderLength, body), tag, plain.AsSpan(HeaderLength), PaddingMode.None);
        var expected = HMACSHA256.HashData(_hmacKey, plain).AsSpan(0, TagLength);
        if (!CryptographicOperations.FixedTimeEquals(expected, tag))
        {
            return false;
        }

        var word = BinaryPrimitives.ReadUInt64BigEndian(plain.AsSpan(HeaderLength));
        var pad = (int)(word & 0xF);
        if (pad > body - 8 || ((word >> 4) & 0xF) is not (0 or 8))
        {
            return false;
        }

        channel = (KdNetChannel)packet[5];
        sequence = word >> 8;
        direction = (KdNetDirection)((word >> 4) & 0xF);
        payload = plain.AsSpan(HeaderLength + 8, body - 8 - pad).ToArray();
        return true;
    }
}
