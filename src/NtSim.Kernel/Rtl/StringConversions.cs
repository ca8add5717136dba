using System.Text;

namespace NtSim;

/// <summary>
/// The conversions between UNICODE_STRING and the 8-bit counted strings (ANSI and OEM code pages),
/// and the case mappings, as the Rtl routines make them: into the caller's buffer, or into a
/// buffer allocated for the caller (<see cref="RtlStringBuffers"/>). A "terminated" conversion
/// keeps room for a NUL and writes it; a "counted" one does not.
/// </summary>
internal static class StringConversions
{
    /// <summary>RtlAnsiStringToUnicodeString, RtlOemStringToCountedUnicodeString: 8-bit to UTF-16.</summary>
    internal static NTSTATUS ToUnicode(KTHREAD thread, ref UNICODE_STRING destination, in STRING source, Encoding encoding,
        bool terminated, bool allocate, string file, int line, string ddi)
    {
        var bytes = Read(source, ddi);
        var count = bytes.Length;
        var size = (count + (terminated ? 1 : 0)) * 2;
        if (size > UNICODE_STRING.MaxLength + 1)
        {
            return Wdm.STATUS_INVALID_PARAMETER_2;
        }

        if (allocate)
        {
            if (size == 0)
            {
                destination = default;
                return Wdm.STATUS_SUCCESS;
            }

            if (!RtlStringBuffers.TryAllocate<char>(thread, size / 2, file, line, ddi, out var buffer))
            {
                return Wdm.STATUS_NO_MEMORY;
            }

            destination.Buffer = buffer;
            destination.MaximumLength = (ushort)size;
        }
        else if (size > destination.MaximumLength)
        {
            return Wdm.STATUS_BUFFER_OVERFLOW;
        }

        var chars = Writable(destination.Buffer, destination.MaximumLength / 2, ddi);
        encoding.GetChars(bytes, chars);
        if (terminated)
        {
            chars[count] = '\0';
        }

        destination.Length = (ushort)(count * 2);
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>RtlUnicodeStringToAnsiString (terminated; a destination too small gets what fits and
    /// STATUS_BUFFER_OVERFLOW) and the counted OEM forms (too small: STATUS_BUFFER_OVERFLOW, nothing
    /// written; a character the OEM code page lacks: STATUS_UNMAPPABLE_CHARACTER).</summary>
    internal static NTSTATUS ToMultiByte(KTHREAD thread, ref STRING destination, in UNICODE_STRING source, Encoding encoding,
        bool terminated, bool upcase, bool allocate, string file, int line, string ddi)
    {
        ReadOnlySpan<char> chars = Unicode(source, ddi);
        if (upcase)
        {
            var upper = new char[chars.Length];
            chars.ToUpperInvariant(upper);
            chars = upper;
        }

        var count = chars.Length;
        var size = count + (terminated ? 1 : 0);
        if (size > CountedStrings.MaxLength)
        {
            return Wdm.STATUS_INVALID_PARAMETER_2;
        }

        var status = Wdm.STATUS_SUCCESS;
        if (allocate)
        {
            if (size == 0)
            {
                destination = default;
                return Wdm.STATUS_SUCCESS;
            }

            if (!RtlStringBuffers.TryAllocate<byte>(thread, size, file, line, ddi, out var buffer))
            {
                return Wdm.STATUS_NO_MEMORY;
            }

            destination.Buffer = buffer;
            destination.MaximumLength = (ushort)size;
        }
        else if (size > destination.MaximumLength)
        {
            if (!terminated || destination.MaximumLength == 0)
            {
                return Wdm.STATUS_BUFFER_OVERFLOW;
            }

            // RtlUnicodeStringToAnsiString translates as much as fits and says it was cut.
            count = destination.MaximumLength - 1;
            chars = chars[..count];
            status = Wdm.STATUS_BUFFER_OVERFLOW;
        }

        var bytes = Writable(destination.Buffer, destination.MaximumLength, ddi);
        encoding.GetBytes(chars, bytes);
        if (terminated)
        {
            bytes[count] = 0;
        }

        destination.Length = (ushort)count;
        if (!terminated && !CodePages.IsMappable(encoding, chars))
        {
            if (allocate)
            {
                RtlStringBuffers.Free(thread, destination.Buffer, ddi);
                destination = default;
            }

            return Wdm.STATUS_UNMAPPABLE_CHARACTER;
        }

        return status;
    }

    /// <summary>RtlUpcaseUnicodeString, RtlDowncaseUnicodeString: the source's characters mapped into
    /// the destination (which may be the source), or into a buffer of exactly the source's length.</summary>
    internal static NTSTATUS ChangeCase(KTHREAD thread, ref UNICODE_STRING destination, in UNICODE_STRING source, bool upper,
        bool allocate, string file, int line, string ddi)
    {
        var chars = Unicode(source, ddi);
        if (allocate)
        {
            if (chars.Length == 0)
            {
                destination = default;
                return Wdm.STATUS_SUCCESS;
            }

            if (!RtlStringBuffers.TryAllocate<char>(thread, chars.Length, file, line, ddi, out var buffer))
            {
                return Wdm.STATUS_NO_MEMORY;
            }

            destination.Buffer = buffer;
            destination.MaximumLength = source.Length;
        }
        else if (source.Length > destination.MaximumLength)
        {
            return Wdm.STATUS_BUFFER_OVERFLOW;
        }

        var target = Writable(destination.Buffer, destination.MaximumLength / 2, ddi);
        var length = source.Length;
        for (var i = 0; i < chars.Length; i++)
        {
            target[i] = upper ? char.ToUpperInvariant(chars[i]) : char.ToLowerInvariant(chars[i]);
        }

        destination.Length = length;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>RtlOemToUnicodeN and its kind: <paramref name="sourceBytes"/> bytes into at most
    /// <paramref name="maxBytes"/> bytes of UTF-16; a cut result is STATUS_BUFFER_OVERFLOW.</summary>
    internal static NTSTATUS ToUnicodeN(Span<char> destination, uint maxBytes, out uint bytesWritten, ReadOnlySpan<byte> source,
        uint sourceBytes, Encoding encoding)
    {
        var room = (int)Math.Min(maxBytes / 2, (uint)destination.Length);
        var bytes = source[..(int)Math.Min(sourceBytes, (uint)source.Length)];
        var count = Math.Min(room, bytes.Length);
        encoding.GetChars(bytes[..count], destination);
        bytesWritten = (uint)count * 2;
        return count < bytes.Length ? Wdm.STATUS_BUFFER_OVERFLOW : Wdm.STATUS_SUCCESS;
    }

    private static ReadOnlySpan<byte> Read(in STRING value, string ddi) =>
        CountedStrings.ReadMalformation(value.Length, value.Buffer.Length) is { } why
            ? throw new ArgumentException($"{ddi}: SourceString is malformed: {why}.", "SourceString")
            : value.Buffer.Span[..value.Length];

    private static ReadOnlySpan<char> Unicode(in UNICODE_STRING value, string ddi) =>
        value.ReadMalformation is { } why
            ? throw new ArgumentException($"{ddi}: SourceString is a malformed UNICODE_STRING: {why}.", "SourceString")
            : value.Chars;

    private static Span<T> Writable<T>(Memory<T> buffer, int count, string ddi) =>
        count <= buffer.Length
            ? buffer.Span[..count]
            : throw new ArgumentException($"{ddi}: DestinationString.MaximumLength says {count} elements but its buffer holds {buffer.Length}.", "DestinationString");
}
