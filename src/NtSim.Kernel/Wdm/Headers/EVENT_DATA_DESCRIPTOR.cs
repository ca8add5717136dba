using System.Buffers.Binary;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NtSim;

/// <summary>
/// EVENT_DATA_DESCRIPTOR (evntprov.h): one piece of an event's payload. C points it at the data (Ptr, Size);
/// here it holds the data: a value of up to 16 bytes in place (no allocation, so building the descriptors of a
/// disabled event costs next to nothing), a string (UTF-16 with its terminator, as the C idiom
/// <c>EventDataDescCreate(&amp;d, s, (wcslen(s) + 1) * sizeof(WCHAR))</c> writes it) or a copy of a byte span.
/// Build them with EventDataDescCreate.
/// </summary>
[DebuggerDisplay("Size {Size}")]
public readonly struct EVENT_DATA_DESCRIPTOR
{
    private readonly ulong _low;
    private readonly ulong _high;
    private readonly object? _data;

    private EVENT_DATA_DESCRIPTOR(ulong low, ulong high, uint size, object? data)
    {
        _low = low;
        _high = high;
        Size = size;
        _data = data;
    }

    /// <summary>The size of the data in bytes.</summary>
    public uint Size { get; }

    internal static EVENT_DATA_DESCRIPTOR Of<T>(T value)
        where T : unmanaged
    {
        var size = Unsafe.SizeOf<T>();
        if (size > 16)
        {
            return OfBytes(MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in value)));
        }

        Span<byte> bytes = stackalloc byte[16];
        bytes.Clear();
        MemoryMarshal.Write(bytes, in value);
        return new(BinaryPrimitives.ReadUInt64LittleEndian(bytes), BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]), (uint)size, null);
    }

    internal static EVENT_DATA_DESCRIPTOR OfString(string value) => new(0, 0, (uint)((value.Length + 1) * 2), value);

    internal static EVENT_DATA_DESCRIPTOR OfBytes(ReadOnlySpan<byte> value) => new(0, 0, (uint)value.Length, value.ToArray());

    /// <summary>Appends the data's bytes to <paramref name="payload"/>.</summary>
    internal void CopyTo(List<byte> payload)
    {
        switch (_data)
        {
            case string s:
                payload.AddRange(MemoryMarshal.AsBytes(s.AsSpan()));
                payload.Add(0);
                payload.Add(0);
                break;
            case byte[] bytes:
                payload.AddRange(bytes);
                break;
            default:
                Span<byte> inPlace = stackalloc byte[16];
                BinaryPrimitives.WriteUInt64LittleEndian(inPlace, _low);
                BinaryPrimitives.WriteUInt64LittleEndian(inPlace[8..], _high);
                payload.AddRange(inPlace[..(int)Size]);
                break;
        }
    }
}
