using System.Runtime.CompilerServices;

namespace NtSim;

// The OEM code page forms (ntifs.h), as file systems use them for short names.
public static partial class Wdm
{
    /// <summary>RtlUnicodeStringToCountedOemString: the string in the OEM code page, without a NUL, in the
    /// destination's buffer (STATUS_BUFFER_OVERFLOW if it does not fit) or in a buffer it allocates (free
    /// it with RtlFreeOemString). A character the code page lacks: STATUS_UNMAPPABLE_CHARACTER.</summary>
    public static NTSTATUS RtlUnicodeStringToCountedOemString(ref OEM_STRING DestinationString, in UNICODE_STRING SourceString,
        bool AllocateDestinationString, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.RtlUnicodeStringToCountedOemString);
        return ToOem(thread, ref DestinationString, SourceString, terminated: false, upcase: false, AllocateDestinationString,
            file, line, nameof(RtlUnicodeStringToCountedOemString));
    }

    /// <summary>RtlUpcaseUnicodeStringToCountedOemString: RtlUnicodeStringToCountedOemString of the upper-cased string.</summary>
    public static NTSTATUS RtlUpcaseUnicodeStringToCountedOemString(ref OEM_STRING DestinationString, in UNICODE_STRING SourceString,
        bool AllocateDestinationString, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.RtlUpcaseUnicodeStringToCountedOemString);
        return ToOem(thread, ref DestinationString, SourceString, terminated: false, upcase: true, AllocateDestinationString,
            file, line, nameof(RtlUpcaseUnicodeStringToCountedOemString));
    }

    /// <summary>RtlUnicodeStringToOemString: the string in the OEM code page with a NUL (too small: as much as
    /// fits, and STATUS_BUFFER_OVERFLOW), or in a buffer it allocates (free it with RtlFreeOemString).</summary>
    public static NTSTATUS RtlUnicodeStringToOemString(ref OEM_STRING DestinationString, in UNICODE_STRING SourceString,
        bool AllocateDestinationString, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.RtlUnicodeStringToOemString);
        return ToOem(thread, ref DestinationString, SourceString, terminated: true, upcase: false, AllocateDestinationString,
            file, line, nameof(RtlUnicodeStringToOemString));
    }

    /// <summary>RtlOemStringToCountedUnicodeString: the OEM string in UTF-16, without a NUL, in the
    /// destination's buffer (STATUS_BUFFER_OVERFLOW if it does not fit) or in a buffer it allocates (free it
    /// with RtlFreeUnicodeString).</summary>
    public static NTSTATUS RtlOemStringToCountedUnicodeString(ref UNICODE_STRING DestinationString, in OEM_STRING SourceString,
        bool AllocateDestinationString, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.RtlOemStringToCountedUnicodeString);
        return StringConversions.ToUnicode(thread, ref DestinationString, SourceString, CodePages.Oem, terminated: false,
            AllocateDestinationString, file, line, nameof(RtlOemStringToCountedUnicodeString));
    }

    /// <summary>RtlOemStringToCountedUnicodeSize (a macro): the bytes RtlOemStringToCountedUnicodeString needs.</summary>
    public static uint RtlOemStringToCountedUnicodeSize(in OEM_STRING OemString) => (uint)OemString.Length * 2;

    /// <summary>RtlOemToUnicodeN: translates <paramref name="BytesInOemString"/> bytes into at most
    /// <paramref name="MaxBytesInUnicodeString"/> bytes of UTF-16; a cut result is STATUS_BUFFER_OVERFLOW.</summary>
    public static NTSTATUS RtlOemToUnicodeN(Span<char> UnicodeString, uint MaxBytesInUnicodeString, out uint BytesInUnicodeString,
        ReadOnlySpan<byte> OemString, uint BytesInOemString)
    {
        DdiGate.Enter(DdiTable.RtlOemToUnicodeN);
        return StringConversions.ToUnicodeN(UnicodeString, MaxBytesInUnicodeString, out BytesInUnicodeString, OemString, BytesInOemString, CodePages.Oem);
    }

    /// <summary>RtlFreeOemString: frees the buffer an OEM conversion allocated and empties the string.</summary>
    public static void RtlFreeOemString(ref OEM_STRING OemString)
    {
        var thread = DdiGate.Enter(DdiTable.RtlFreeOemString);
        RtlStringBuffers.Free(thread, OemString.Buffer, nameof(RtlFreeOemString));
        OemString = default;
    }

    private static NTSTATUS ToOem(KTHREAD thread, ref OEM_STRING destination, in UNICODE_STRING source, bool terminated, bool upcase,
        bool allocate, string file, int line, string ddi)
    {
        STRING value = destination;
        var status = StringConversions.ToMultiByte(thread, ref value, source, CodePages.Oem, terminated, upcase, allocate, file, line, ddi);
        destination = value;
        return status;
    }
}
