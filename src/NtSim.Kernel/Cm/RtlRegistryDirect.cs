using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace NtSim;

/// <summary>
/// RtlpQueryRegistryDirect: where an RTL_QUERY_REGISTRY_DIRECT entry's value goes (the targets
/// <see cref="RTL_QUERY_REGISTRY_TABLE"/> lists), and the bytes of a table entry's default.
/// </summary>
internal static class RtlRegistryDirect
{
    // The largest string a UNICODE_STRING describes (MAX_USTRING); longer string data is cut.
    private const int MaxUnicodeString = 0xFFFE;

    /// <summary>Stores a value in the entry's EntryContext; <paramref name="element"/> is the index of
    /// a REG_MULTI_SZ's string (they go to successive UNICODE_STRINGs).</summary>
    internal static NTSTATUS Write(uint type, ReadOnlySpan<byte> data, object? target, int element)
    {
        if (target is null)
        {
            throw new ArgumentException("RtlQueryRegistryValues: an RTL_QUERY_REGISTRY_DIRECT entry needs an EntryContext to receive the value.", nameof(target));
        }

        if (type is Wdm.REG_SZ or Wdm.REG_EXPAND_SZ or Wdm.REG_MULTI_SZ)
        {
            return target switch
            {
                StrongBox<UNICODE_STRING> box => WriteString(ref box.Value, data),
                UNICODE_STRING[] strings when element < strings.Length => WriteString(ref strings[element], data),
                UNICODE_STRING[] strings => throw new ArgumentException(
                    $"RtlQueryRegistryValues: the REG_MULTI_SZ value has more strings than the {strings.Length} UNICODE_STRINGs of EntryContext.", nameof(target)),
                _ => Wdm.STATUS_OBJECT_TYPE_MISMATCH,
            };
        }

        if (data.Length <= sizeof(uint))
        {
            // Up to a ULONG: the bytes are copied to EntryContext as they are.
            switch (target)
            {
                case StrongBox<uint> box:
                    box.Value = Overlay(box.Value, data);
                    return Wdm.STATUS_SUCCESS;
                case StrongBox<int> box:
                    box.Value = unchecked((int)Overlay(unchecked((uint)box.Value), data));
                    return Wdm.STATUS_SUCCESS;
            }
        }

        return target switch
        {
            StrongBox<ulong> box when data.Length <= sizeof(ulong) => Set(out box.Value, Overlay(box.Value, data)),
            StrongBox<long> box when data.Length <= sizeof(ulong) => Set(out box.Value, unchecked((long)Overlay(unchecked((ulong)box.Value), data))),
            PVOID pointer when data.Length <= sizeof(uint) => Copy(data, pointer.AsSpan(data.Length)),
            PVOID pointer => WriteSized(type, data, pointer.AsSpan(sizeof(int)), length => pointer.AsSpan(length)),
            byte[] buffer when data.Length <= sizeof(uint) => buffer.Length < data.Length ? Wdm.STATUS_BUFFER_TOO_SMALL : Copy(data, buffer),
            byte[] buffer => buffer.Length < sizeof(int) ? Wdm.STATUS_BUFFER_TOO_SMALL : WriteSized(type, data, buffer, length => buffer.AsSpan(0, Math.Min(length, buffer.Length))),
            _ => Wdm.STATUS_OBJECT_TYPE_MISMATCH,
        };
    }

    /// <summary>The bytes of an entry's DefaultData (DefaultLength of them, or, when 0, the whole
    /// string with its NUL, the list up to its empty string, the array or the number).</summary>
    internal static byte[] DefaultData(RTL_QUERY_REGISTRY_TABLE entry)
    {
        var length = (int)entry.DefaultLength;
        var multi = entry.DefaultType == Wdm.REG_MULTI_SZ;
        var isString = entry.DefaultType is Wdm.REG_SZ or Wdm.REG_EXPAND_SZ || multi;
        return entry.DefaultData switch
        {
            null => [],
            byte[] bytes => bytes[..(length == 0 ? bytes.Length : Math.Min(length, bytes.Length))],
            string text when length == 0 && isString => Encoding.Unicode.GetBytes(StringLength(text + "\0\0", multi)),
            string text => Fit(Encoding.Unicode.GetBytes(text + "\0"), length),
            uint u => Fit(RegistryData.Dword(u), length),
            int i => Fit(RegistryData.Dword(unchecked((uint)i)), length),
            ulong u => Fit(RegistryData.Qword(u), length),
            long l => Fit(RegistryData.Qword(unchecked((ulong)l)), length),
            PVOID pointer when length == 0 && isString => Encoding.Unicode.GetBytes(StringLength(ReadChars(pointer, multi), multi)),
            PVOID pointer => pointer.AsReadOnlySpan(length).ToArray(),
            _ => throw new ArgumentException(
                $"RtlQueryRegistryValues: DefaultData of entry '{entry.Name}' is a {entry.DefaultData.GetType().Name}; use a string, a number, a byte[] or a PVOID.", nameof(entry)),
        };
    }

    /// <summary>A string value into a UNICODE_STRING: a NULL Buffer gets one of the data's size; a
    /// given one must hold the data (its NUL too); Length leaves the NUL out.</summary>
    private static NTSTATUS WriteString(ref UNICODE_STRING destination, ReadOnlySpan<byte> data)
    {
        var length = Math.Min(data.Length, MaxUnicodeString) & ~1;
        if (destination.Buffer.IsEmpty)
        {
            destination.Buffer = new char[length / 2];
            destination.MaximumLength = (ushort)length;
        }
        else if (length > destination.MaximumLength)
        {
            return Wdm.STATUS_BUFFER_TOO_SMALL;
        }

        MemoryMarshal.Cast<byte, char>(data[..length]).CopyTo(destination.Buffer.Span);
        destination.Length = (ushort)Math.Max(0, length - 2);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>Data longer than a ULONG, into a buffer that starts with its size as a LONG: negative,
    /// the data alone; positive, the length and the type before the data.</summary>
    private static NTSTATUS WriteSized(uint type, ReadOnlySpan<byte> data, Span<byte> sizeField, Func<int, Span<byte>> buffer)
    {
        var size = BinaryPrimitives.ReadInt32LittleEndian(sizeField);
        if (size < 0)
        {
            return -(long)size < data.Length ? Wdm.STATUS_BUFFER_TOO_SMALL : Copy(data, buffer(data.Length));
        }

        if (size < 2 * sizeof(uint) + data.Length)
        {
            return Wdm.STATUS_BUFFER_TOO_SMALL;
        }

        var target = buffer(2 * sizeof(uint) + data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(target, (uint)data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(target[4..], type);
        return Copy(data, target[8..]);
    }

    private static NTSTATUS Copy(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (destination.Length < data.Length)
        {
            return Wdm.STATUS_BUFFER_TOO_SMALL;
        }

        data.CopyTo(destination);
        return Wdm.STATUS_SUCCESS;
    }

    private static NTSTATUS Set<T>(out T field, T value)
    {
        field = value;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>The value with its low bytes replaced by <paramref name="data"/> (little-endian).</summary>
    private static uint Overlay(uint value, ReadOnlySpan<byte> data)
    {
        Span<byte> bytes = stackalloc byte[sizeof(uint)];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        data.CopyTo(bytes);
        return BinaryPrimitives.ReadUInt32LittleEndian(bytes);
    }

    private static ulong Overlay(ulong value, ReadOnlySpan<byte> data)
    {
        Span<byte> bytes = stackalloc byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, value);
        data.CopyTo(bytes);
        return BinaryPrimitives.ReadUInt64LittleEndian(bytes);
    }

    private static byte[] Fit(byte[] bytes, int length) => length == 0 ? bytes : bytes[..Math.Min(length, bytes.Length)];

    /// <summary>What a DefaultLength of 0 means for a string default: up to and with the first NUL,
    /// or for REG_MULTI_SZ up to and with the NUL of the empty string that ends the list.</summary>
    private static string StringLength(string text, bool multi)
    {
        var end = 0;
        if (!multi)
        {
            end = text.IndexOf('\0', StringComparison.Ordinal) + 1;
        }
        else
        {
            while (text[end] != '\0')
            {
                end = text.IndexOf('\0', end) + 1;
            }

            end++;
        }

        return text[..end];
    }

    // A NUL-terminated string in pool memory (at most a UNICODE_STRING's worth), for a PVOID default.
    private static string ReadChars(PVOID pointer, bool multi)
    {
        var text = new StringBuilder();
        for (var i = 0; i < MaxUnicodeString / 2; i++)
        {
            var c = (char)BinaryPrimitives.ReadUInt16LittleEndian(pointer.Add(i * 2).AsReadOnlySpan(2));
            text.Append(c);
            if (c == '\0' && (!multi || text.Length < 2 || text[^2] == '\0'))
            {
                break;
            }
        }

        return text.Append("\0\0").ToString();
    }
}
