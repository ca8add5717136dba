using System.Buffers.Binary;

namespace NtSim;

/// <summary>
/// The x64 POOL_HEADER, 16 bytes in front of every small pool block, in the page's own bytes:
/// PreviousSize, PoolIndex, BlockSize and PoolType (8 bits each; sizes in 16-byte units), the
/// 32-bit PoolTag, then 8 bytes (ProcessBilled; 0 here as nothing is charged to a process).
/// PoolType is 0 in a free block; an allocated block has (base type | session bit) + 1.
/// </summary>
internal readonly record struct PoolHeader(byte PreviousSize, byte PoolIndex, byte BlockSize, byte PoolType, uint PoolTag)
{
    internal const int Size = 16;

    /// <summary>Bytes per unit of PreviousSize and BlockSize.</summary>
    internal const int Unit = 16;

    /// <summary>The first 8 bytes as one value (what a bug check shows as "header contents").</summary>
    internal ulong Contents => PreviousSize | ((ulong)PoolIndex << 8) | ((ulong)BlockSize << 16) | ((ulong)PoolType << 24) | ((ulong)PoolTag << 32);

    internal bool IsFree => PoolType == 0;

    internal static PoolHeader Read(ReadOnlySpan<byte> bytes) => FromContents(BinaryPrimitives.ReadUInt64LittleEndian(bytes));

    /// <summary>The header whose first 8 bytes are <paramref name="contents"/>.</summary>
    internal static PoolHeader FromContents(ulong contents) =>
        new((byte)contents, (byte)(contents >> 8), (byte)(contents >> 16), (byte)(contents >> 24), (uint)(contents >> 32));

    internal void Write(Span<byte> bytes)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, Contents);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], 0);
    }

    /// <summary>The PoolType byte of an allocated block of <paramref name="type"/>; a block charged to
    /// a process's quota has POOL_QUOTA_MASK (8, pool.h) in it as well.</summary>
    internal static byte Encode(POOL_TYPE type, bool quota = false) =>
        (byte)((((int)type & 1) | (quota ? QuotaMask : 0) | ((int)type & 32)) + 1);

    /// <summary>Whether a PoolType byte <see cref="Encode"/> made has the quota bit.</summary>
    internal static bool HasQuota(byte poolType) => poolType != 0 && ((poolType - 1) & QuotaMask) != 0;

    private const int QuotaMask = 8;
}
