using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>RtlUpcaseUnicodeString: the source upper-cased into the destination (which may be the source;
    /// STATUS_BUFFER_OVERFLOW if its MaximumLength is less than the source's Length) or into a paged pool
    /// buffer of the source's length it allocates (free it with RtlFreeUnicodeString).</summary>
    public static NTSTATUS RtlUpcaseUnicodeString(ref UNICODE_STRING DestinationString, in UNICODE_STRING SourceString,
        bool AllocateDestinationString, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.RtlUpcaseUnicodeString);
        return StringConversions.ChangeCase(thread, ref DestinationString, SourceString, upper: true, AllocateDestinationString,
            file, line, nameof(RtlUpcaseUnicodeString));
    }

    /// <summary>RtlDowncaseUnicodeString: RtlUpcaseUnicodeString's lower-case counterpart.</summary>
    public static NTSTATUS RtlDowncaseUnicodeString(ref UNICODE_STRING DestinationString, in UNICODE_STRING SourceString,
        bool AllocateDestinationString, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.RtlDowncaseUnicodeString);
        return StringConversions.ChangeCase(thread, ref DestinationString, SourceString, upper: false, AllocateDestinationString,
            file, line, nameof(RtlDowncaseUnicodeString));
    }
}
