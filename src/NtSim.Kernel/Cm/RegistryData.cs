using System.Buffers.Binary;
using System.Text;

namespace NtSim;

/// <summary>
/// The bytes of registry values, as Windows stores them, for drivers and tests written in C#:
/// REG_DWORD and REG_QWORD little-endian, REG_SZ and REG_EXPAND_SZ as UTF-16 with the terminating
/// NUL counted in the data size, REG_MULTI_SZ as NUL-terminated strings followed by one more NUL,
/// REG_LINK as UTF-16 without a NUL. <c>ZwSetValueKey(h, name, 0, REG_DWORD, RegistryData.Dword(3))</c>;
/// <c>RegistryData.ReadDword(info.Data)</c>.
/// </summary>
public static class RegistryData
{
    /// <summary>REG_DWORD: <paramref name="value"/> as 4 little-endian bytes.</summary>
    public static byte[] Dword(uint value)
    {
        var data = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(data, value);
        return data;
    }

    /// <summary>REG_DWORD_BIG_ENDIAN: <paramref name="value"/> as 4 big-endian bytes.</summary>
    public static byte[] DwordBigEndian(uint value)
    {
        var data = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(data, value);
        return data;
    }

    /// <summary>REG_QWORD: <paramref name="value"/> as 8 little-endian bytes.</summary>
    public static byte[] Qword(ulong value)
    {
        var data = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(data, value);
        return data;
    }

    /// <summary>REG_SZ or REG_EXPAND_SZ data: the characters and a terminating NUL.</summary>
    public static byte[] String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Encoding.Unicode.GetBytes(value + "\0");
    }

    /// <summary>REG_MULTI_SZ data: each string with its NUL, then an empty string's NUL.</summary>
    public static byte[] MultiString(params string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var text = new StringBuilder();
        foreach (var value in values)
        {
            if (value.Contains('\0', StringComparison.Ordinal) || value.Length == 0)
            {
                throw new ArgumentException("A REG_MULTI_SZ string can be neither empty nor contain NUL: an empty string ends the list.", nameof(values));
            }

            text.Append(value).Append('\0');
        }

        return Encoding.Unicode.GetBytes(text.Append('\0').ToString());
    }

    /// <summary>REG_LINK data: an absolute registry path, without a NUL.</summary>
    public static byte[] Link(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Encoding.Unicode.GetBytes(target);
    }

    /// <summary>A REG_DWORD: the first four bytes, little-endian (fewer bytes are zero-extended).</summary>
    public static uint ReadDword(ReadOnlySpan<byte> data)
    {
        Span<byte> bytes = stackalloc byte[4];
        bytes.Clear();
        data[..Math.Min(4, data.Length)].CopyTo(bytes);
        return BinaryPrimitives.ReadUInt32LittleEndian(bytes);
    }

    /// <summary>A REG_QWORD: the first eight bytes, little-endian (fewer bytes are zero-extended).</summary>
    public static ulong ReadQword(ReadOnlySpan<byte> data)
    {
        Span<byte> bytes = stackalloc byte[8];
        bytes.Clear();
        data[..Math.Min(8, data.Length)].CopyTo(bytes);
        return BinaryPrimitives.ReadUInt64LittleEndian(bytes);
    }

    /// <summary>A REG_SZ or REG_EXPAND_SZ: the characters up to the first NUL (or the end of the data).</summary>
    public static string ReadString(ReadOnlySpan<byte> data)
    {
        var text = Encoding.Unicode.GetString(data[..(data.Length & ~1)]);
        var end = text.IndexOf('\0', StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

    /// <summary>A REG_MULTI_SZ: the strings up to the empty one that ends the list.</summary>
    public static string[] ReadMultiString(ReadOnlySpan<byte> data)
    {
        var text = Encoding.Unicode.GetString(data[..(data.Length & ~1)]);
        var result = new List<string>();
        foreach (var part in text.Split('\0'))
        {
            if (part.Length == 0)
            {
                break;
            }

            result.Add(part);
        }

        return [.. result];
    }
}
