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
    public const int FixedSize = 16;
    public const int SizeOf = 24;

    private readonly ReadOnlySpan<byte> _bytes;

    public KEY_BASIC_INFORMATION(ReadOnlySpan<byte> bytes)
    {
        _bytes = RegistryViews.Require(bytes, FixedSize, nameof(KEY_BASIC_INFORMATION));
    }

    /// <summary>A view of <paramref name="length"/> bytes of pool memory at <paramref name="p"/>.</summary>
    public static KEY_BASIC_INFORMATION From(PVOID p, uint length) => new(p.AsReadOnlySpan((int)length));

    public LARGE_INTEGER LastWriteTime => BinaryPrimitives.ReadInt64LittleEndian(_bytes);
    public uint TitleIndex => RegistryViews.U32(_bytes, 8);
    public uint NameLength => RegistryViews.U32(_bytes, 12);

    /// <summary>The key's name (not NUL-terminated in the buffer).</summary>
    public string Name => RegistryViews.Text(_bytes, FixedSize, NameLength);
}

/// <summary>KEY_NODE_INFORMATION { LARGE_INTEGER LastWriteTime; ULONG TitleIndex; ULONG ClassOffset; ULONG ClassLength; ULONG NameLength; WCHAR Name[1]; }.</summary>
public readonly ref struct KEY_NODE_INFORMATION
{
    public const int FixedSize = 24;
    public const int SizeOf = 32;

    private readonly ReadOnlySpan<byte> _bytes;

    public KEY_NODE_INFORMATION(ReadOnlySpan<byte> bytes)
    {
        _bytes = RegistryViews.Require(bytes, FixedSize, nameof(KEY_NODE_INFORMATION));
    }

    public static KEY_NODE_INFORMATION From(PVOID p, uint length) => new(p.AsReadOnlySpan((int)length));

    public LARGE_INTEGER LastWriteTime => BinaryPrimitives.ReadInt64LittleEndian(_bytes);
    public uint TitleIndex => RegistryViews.U32(_bytes, 8);

    /// <summary>The offset of the class name from the start of the structure; 0xFFFFFFFF when the key has no class.</summary>
    public uint ClassOffset => RegistryViews.U32(_bytes, 12);
    public uint ClassLength => RegistryViews.U32(_bytes, 16);
    public uint NameLength => RegistryViews.U32(_bytes, 20);
    public string Name => RegistryViews.Text(_bytes, FixedSize, NameLength);

    /// <summary>The class name; empty when the key has none.</summary>
    public string Class => ClassLength == 0 ? "" : RegistryViews.Text(_bytes, (int)ClassOffset, ClassLength);
}

/// <summary>KEY_FULL_INFORMATION { LARGE_INTEGER LastWriteTime; ULONG TitleIndex, ClassOffset, ClassLength, SubKeys,
/// MaxNameLen, MaxClassLen, Values, MaxValueNameLen, MaxValueDataLen; WCHAR Class[1]; }.</summary>
public readonly ref struct KEY_FULL_INFORMATION
{
    public const int FixedSize = 44;
    public const int SizeOf = 48;

    private readonly ReadOnlySpan<byte> _bytes;

    public KEY_FULL_INFORMATION(ReadOnlySpan<byte> bytes)
    {
        _bytes = RegistryViews.Require(bytes, FixedSize, nameof(KEY_FULL_INFORMATION));
    }

    public static KEY_FULL_INFORMATION From(PVOID p, uint length) => new(p.AsReadOnlySpan((int)length));

    public LARGE_INTEGER LastWriteTime => BinaryPrimitives.ReadInt64LittleEndian(_bytes);
    public uint TitleIndex => RegistryViews.U32(_bytes, 8);
    public uint ClassOffset => RegistryViews.U32(_bytes, 12);
    public uint ClassLength => RegistryViews.U32(_bytes, 16);
    public uint SubKeys => RegistryViews.U32(_bytes, 20);
    public uint MaxNameLen => RegistryViews.U32(_bytes, 24);
    public uint MaxClassLen => RegistryViews.U32(_bytes, 28);
    public uint Values => RegistryViews.U32(_bytes, 32);
    public uint MaxValueNameLen => RegistryViews.U32(_bytes, 36);
    public uint MaxValueDataLen => RegistryViews.U32(_bytes, 40);
    public string Class => ClassLength == 0 ? "" : RegistryViews.Text(_bytes, (int)ClassOffset, ClassLength);
}

/// <summary>KEY_NAME_INFORMATION { ULONG NameLength; WCHAR Name[1]; }: the key's full name (ZwQueryKey).</summary>
public readonly ref struct KEY_NAME_INFORMATION
{
    public const int FixedSize = 4;
    public const int SizeOf = 8;

    private readonly ReadOnlySpan<byte> _bytes;

    public KEY_NAME_INFORMATION(ReadOnlySpan<byte> bytes)
    {
        _bytes = RegistryViews.Require(bytes, FixedSize, nameof(KEY_NAME_INFORMATION));
    }

    public static KEY_NAME_INFORMATION From(PVOID p, uint length) => new(p.AsReadOnlySpan((int)length));

    public uint NameLength => RegistryViews.U32(_bytes, 0);
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
