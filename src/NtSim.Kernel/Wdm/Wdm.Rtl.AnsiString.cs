using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>RtlInitAnsiString: a counted string over <paramref name="SourceString"/> (a copy here, in the
    /// ANSI code page, with its NUL: MaximumLength = Length + 1). NULL gives an empty string with a NULL
    /// buffer; a source longer than MAXUSHORT - 1 bytes gets Length MAXUSHORT - 1, MaximumLength MAXUSHORT.</summary>
    public static void RtlInitAnsiString(out ANSI_STRING DestinationString, string? SourceString)
    {
        DdiGate.Enter(DdiTable.RtlInitAnsiString);
        DestinationString = InitCountedString(SourceString);
    }

    /// <summary>RtlInitString: RtlInitAnsiString for a STRING.</summary>
    public static void RtlInitString(out STRING DestinationString, string? SourceString)
    {
        DdiGate.Enter(DdiTable.RtlInitString);
        DestinationString = InitCountedString(SourceString);
    }

    /// <summary>RtlAnsiStringToUnicodeString: the ANSI string in UTF-16 with a NUL, in the destination's
    /// buffer (STATUS_BUFFER_OVERFLOW if Length + 2 bytes do not fit) or in a paged pool buffer it allocates
    /// (free it with RtlFreeUnicodeString; STATUS_NO_MEMORY if it cannot). A result longer than a
    /// UNICODE_STRING holds is STATUS_INVALID_PARAMETER_2.</summary>
    public static NTSTATUS RtlAnsiStringToUnicodeString(ref UNICODE_STRING DestinationString, in ANSI_STRING SourceString,
        bool AllocateDestinationString, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.RtlAnsiStringToUnicodeString);
        return StringConversions.ToUnicode(thread, ref DestinationString, SourceString, CodePages.Ansi, terminated: true,
            AllocateDestinationString, file, line, nameof(RtlAnsiStringToUnicodeString));
    }

    /// <summary>RtlUnicodeStringToAnsiString: the string in the ANSI code page with a NUL, in the
    /// destination's buffer (too small: as much as fits, and STATUS_BUFFER_OVERFLOW) or in a paged pool
    /// buffer it allocates (free it with RtlFreeAnsiString).</summary>
    public static NTSTATUS RtlUnicodeStringToAnsiString(ref ANSI_STRING DestinationString, in UNICODE_STRING SourceString,
        bool AllocateDestinationString, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.RtlUnicodeStringToAnsiString);
        STRING destination = DestinationString;
        var status = StringConversions.ToMultiByte(thread, ref destination, SourceString, CodePages.Ansi, terminated: true,
            upcase: false, AllocateDestinationString, file, line, nameof(RtlUnicodeStringToAnsiString));
        DestinationString = destination;
        return status;
    }

    /// <summary>RtlFreeAnsiString: frees the buffer RtlUnicodeStringToAnsiString allocated and empties the string.</summary>
    public static void RtlFreeAnsiString(ref ANSI_STRING AnsiString)
    {
        var thread = DdiGate.Enter(DdiTable.RtlFreeAnsiString);
        RtlStringBuffers.Free(thread, AnsiString.Buffer, nameof(RtlFreeAnsiString));
        AnsiString = default;
    }

    /// <summary>RtlAnsiStringToUnicodeSize (a macro): the bytes RtlAnsiStringToUnicodeString needs, NUL included.</summary>
    public static uint RtlAnsiStringToUnicodeSize(in ANSI_STRING AnsiString) => (uint)(AnsiString.Length + 1) * 2;

    private static STRING InitCountedString(string? source)
    {
        if (source is null)
        {
            return default;
        }

        if (source.Length <= CountedStrings.MaxLength - 1)
        {
            return new STRING(source);
        }

        // Too long for a counted string: Length and MaximumLength say less than the string holds.
        var value = new STRING(source[..(CountedStrings.MaxLength - 1)]);
        return value with { MaximumLength = CountedStrings.MaxLength };
    }
}
