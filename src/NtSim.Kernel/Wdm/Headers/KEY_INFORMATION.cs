using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace NtSim;

// Views of the structures ZwQueryKey and ZwEnumerateKey write: the bytes are the C structure as on
// x64; a view reads its fields, and the variable-length member as far as the buffer holds it.
// FixedSize is FIELD_OFFSET of the variable member (less than that: STATUS_BUFFER_TOO_SMALL);
// SizeOf is sizeof() in C, padding included.

/// <summary>KEY_BASIC_INFORMATION { LARGE_INTEGER LastWriteTime; ULONG TitleIndex; ULONG NameLength; WCHAR Name[1]; }.</summary>
public readonly ref struct KEY_BASIC_INFORMATION
{
    /// <summary>FIELD_OFFSET(KEY_BASIC_INFORMATION, Name): a buffer shorter than this gets STATUS_BUFFER_TOO_SMALL.</summary>
    public const int FixedSize = 16;
    /// <summary>sizeof(KEY_BASIC_INFORMATION) in C, padding included.</summary>
    public const int SizeOf = 24;

    private readonly ReadOnlySpan<byte> _bytes;

    /// <summary>A view of the structure in <paramref name="bytes"/>; throws ArgumentException if it is shorter than FixedSize.</summary>
    public KEY_BASIC_INFORMATION(ReadOnlySpan<byte> bytes)
    {
        _bytes = RegistryViews.Require(bytes, FixedSize, nameof(KEY_BASIC_INFORMATION));
    }

    /// <summary>A view of <paramref name="length"/> bytes of pool memory at <paramref name="p"/>.</summary>
    public static KEY_BASIC_INFORMATION From(PVOID p, uint length) => new(p.AsReadOnlySpan((int)length));

    /// <summary>When the key or a value of it last changed (100 ns units since 1601).</summary>
    public LARGE_INTEGER LastWriteTime => BinaryPrimitives.ReadInt64LittleEndian(_bytes);
    /// <summary>Device and intermediate drivers should ignore it (0).</summary>
    public uint TitleIndex => RegistryViews.U32(_bytes, 8);
    /// <summary>The length of the name, in bytes.</summary>
    public uint NameLength => RegistryViews.U32(_bytes, 12);

    /// <summary>The key's name (not NUL-terminated in the buffer).</summary>
    public string Name => RegistryViews.Text(_bytes, FixedSize, NameLength);
}

/// <summary>KEY_NODE_INFORMATION { LARGE_INTEGER LastWriteTime; ULONG TitleIndex; ULONG ClassOffset; ULONG ClassLength; ULONG NameLength; WCHAR Name[1]; }.</summary>
public readonly ref struct KEY_NODE_INFORMATION
{
    /// <summary>FIELD_OFFSET(KEY_NODE_INFORMATION, Name): a buffer shorter than this gets STATUS_BUFFER_TOO_SMALL.</summary>
    public const int FixedSize = 24;
    /// <summary>sizeof(KEY_NODE_INFORMATION) in C, padding included.</summary>
    public const int SizeOf = 32;

    private readonly ReadOnlySpan<byte> _bytes;

    /// <summary>A view of the structure in <paramref name="bytes"/>; throws ArgumentException if it is shorter than FixedSize.</summary>
    public KEY_NODE_INFORMATION(ReadOnlySpan<byte> bytes)
    {
        _bytes = RegistryViews.Require(bytes, FixedSize, nameof(KEY_NODE_INFORMATION));
    }

    /// <summary>A view of <paramref name="length"/> bytes of pool memory at <paramref name="p"/>.</summary>
    public static KEY_NODE_INFORMATION From(PVOID p, uint length) => new(p.AsReadOnlySpan((int)length));

    /// <summary>When the key or a value of it last changed (100 ns units since 1601).</summary>
    public LARGE_INTEGER LastWriteTime => BinaryPrimitives.ReadInt64LittleEndian(_bytes);
    /// <summary>Device and intermediate drivers should ignore it (0).</summary>
    public uint TitleIndex => RegistryViews.U32(_bytes, 8);

    /// <summary>The offset of the class name from the start of the structure; 0xFFFFFFFF when the key has no class.</summary>
    public uint ClassOffset => RegistryViews.U32(_bytes, 12);
    /// <summary>The length of the class name, in bytes (0 when the key has none).</summary>
    public uint ClassLength => RegistryViews.U32(_bytes, 16);
    /// <summary>The length of the name, in bytes.</summary>
    public uint NameLength => RegistryViews.U32(_bytes, 20);
    /// <summary>The key's name (not NUL-terminated in the buffer).</summary>
    public string Name => RegistryViews.Text(_bytes, FixedSize, NameLength);

    /// <summary>The class name; empty when the key has none.</summary>
    public string Class => ClassLength == 0 ? "" : RegistryViews.Text(_bytes, (int)ClassOffset, ClassLength);
}

/// <summary>KEY_FULL_INFORMATION { LARGE_INTEGER LastWriteTime; ULONG TitleIndex, ClassOffset, ClassLength, SubKeys,
/// MaxNameLen, MaxClassLen, Values, MaxValueNameLen, MaxValueDataLen; WCHAR Class[1]; }.</summary>
public readonly ref struct KEY_FULL_INFORMATION
{
    /// <summary>FIELD_OFFSET(KEY_FULL_INFORMATION, Class): a buffer shorter than this gets STATUS_BUFFER_TOO_SMALL.</summary>
    public const int FixedSize = 44;
    /// <summary>sizeof(KEY_FULL_INFORMATION) in C, padding included.</summary>
    public const int SizeOf = 48;

    private readonly ReadOnlySpan<byte> _bytes;

    /// <summary>A view of the structure in <paramref name="bytes"/>; throws ArgumentException if it is shorter than FixedSize.</summary>
    public KEY_FULL_INFORMATION(ReadOnlySpan<byte> bytes)
    {
        _bytes = RegistryViews.Require(bytes, FixedSize, nameof(KEY_FULL_INFORMATION));
    }

    /// <summary>A view of <paramref name="length"/> bytes of pool memory at <paramref name="p"/>.</summary>
    public static KEY_FULL_INFORMATION From(PVOID p, uint length) => new(p.AsReadOnlySpan((int)length));

    /// <summary>When the key or a value of it last changed (100 ns units since 1601).</summary>
    public LARGE_INTEGER LastWriteTime => BinaryPrimitives.ReadInt64LittleEndian(_bytes);
    /// <summary>Device and intermediate drivers should ignore it (0).</summary>
    public uint TitleIndex => RegistryViews.U32(_bytes, 8);
    /// <summary>The offset of the class name from the start of the structure; 0xFFFFFFFF when the key has no class.</summary>
    public uint ClassOffset => RegistryViews.U32(_bytes, 12);
    /// <summary>The length of the class name, in bytes (0 when the key has none).</summary>
    public uint ClassLength => RegistryViews.U32(_bytes, 16);
    /// <summary>The number of subkeys.</summary>
    public uint SubKeys => RegistryViews.U32(_bytes, 20);
    /// <summary>The length, in bytes, of the longest subkey name.</summary>
    public uint MaxNameLen => RegistryViews.U32(_bytes, 24);
    /// <summary>The length, in bytes, of the longest subkey class name.</summary>
    public uint MaxClassLen => RegistryViews.U32(_bytes, 28);
    /// <summary>The number of values of the key.</summary>
    public uint Values => RegistryViews.U32(_bytes, 32);
    /// <summary>The length, in bytes, of the longest value name.</summary>
    public uint MaxValueNameLen => RegistryViews.U32(_bytes, 36);
    /// <summary>The size, in bytes, of the largest value data.</summary>
    public uint MaxValueDataLen => RegistryViews.U32(_bytes, 40);
    /// <summary>The class name; empty when the key has none.</summary>
    public string Class => ClassLength == 0 ? "" : RegistryViews.Text(_bytes, (int)ClassOffset, ClassLength);
}

/// <summary>KEY_NAME_INFORMATION { ULONG NameLength; WCHAR Name[1]; }: the key's full name (ZwQueryKey).</summary>
public readonly ref struct KEY_NAME_INFORMATION
{
    /// <summary>FIELD_OFFSET(KEY_NAME_INFORMATION, Name): a buffer shorter than this gets STATUS_BUFFER_TOO_SMALL.</summary>
    public const int FixedSize = 4;
    /// <summary>sizeof(KEY_NAME_INFORMATION) in C, padding included.</summary>
    public const int SizeOf = 8;

    private readonly ReadOnlySpan<byte> _bytes;

    /// <summary>A view of the structure in <paramref name="bytes"/>; throws ArgumentException if it is shorter than FixedSize.</summary>
    public KEY_NAME_INFORMATION(ReadOnlySpan<byte> bytes)
    {
        _bytes = RegistryViews.Require(bytes, FixedSize, nameof(KEY_NAME_INFORMATION));
    }

    /// <summary>A view of <paramref name="length"/> bytes of pool memory at <paramref name="p"/>.</summary>
    public static KEY_NAME_INFORMATION From(PVOID p, uint length) => new(p.AsReadOnlySpan((int)length));

    /// <summary>The length of the name, in bytes.</summary>
    public uint NameLength => RegistryViews.U32(_bytes, 0);
    /// <summary>The key's full name (not NUL-terminated in the buffer).</summary>
    public string Name => RegistryViews.Text(_bytes, FixedSize, NameLength);
}

/// <summary>What the registry structure views share.</summary>
internal static class RegistryViews
{
    internal static ReadOnlySpan<byte> Require(ReadOnlySpan<byte> bytes, int fixedSize, string structure) =>
        bytes.Length >= fixedSize
            ? bytes
            : throw new ArgumentException($"A {structure} needs at least {fixedSize} bytes (its fixed part); the buffer has {bytes.Length}.", nameof(bytes));

    internal static uint U32(ReadOnlySpan<byte> bytes, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(bytes[offset..]);

    /// <summary>UTF-16 text of <paramref name="byteLength"/> bytes at <paramref name="offset"/>, cut at the end of the buffer.</summary>
    internal static string Text(ReadOnlySpan<byte> bytes, int offset, uint byteLength)
    {
        if (offset >= bytes.Length)
        {
            return "";
        }

        var available = Math.Min((long)byteLength, bytes.Length - offset) & ~1L;
        return new string(MemoryMarshal.Cast<byte, char>(bytes.Slice(offset, (int)available)));
    }

    /// <summary>The bytes at <paramref name="offset"/>, as many of <paramref name="length"/> as the buffer holds.</summary>
    internal static ReadOnlySpan<byte> Bytes(ReadOnlySpan<byte> bytes, int offset, uint length) =>
        offset >= bytes.Length ? [] : bytes.Slice(offset, (int)Math.Min((long)length, bytes.Length - offset));
}
