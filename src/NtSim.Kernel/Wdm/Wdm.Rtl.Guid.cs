using System.Globalization;
using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>RtlStringFromGUID: the GUID as "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}" (upper-case) in a paged
    /// pool buffer it allocates, NUL-terminated; free it with RtlFreeUnicodeString. STATUS_NO_MEMORY if it cannot.</summary>
    public static NTSTATUS RtlStringFromGUID(in Guid Guid, out UNICODE_STRING GuidString,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.RtlStringFromGUID);
        GuidString = default;
        var text = Guid.ToString("B", CultureInfo.InvariantCulture).ToUpperInvariant();
        if (!RtlStringBuffers.TryAllocate<char>(thread, text.Length + 1, file, line, nameof(RtlStringFromGUID), out var buffer))
        {
            return STATUS_NO_MEMORY;
        }

        text.CopyTo(buffer.Span);
        buffer.Span[text.Length] = '\0';
        GuidString = new UNICODE_STRING { Buffer = buffer, Length = (ushort)(text.Length * 2), MaximumLength = (ushort)((text.Length + 1) * 2) };
        return STATUS_SUCCESS;
    }

    /// <summary>RtlGUIDFromString: the GUID a "{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}" string names (hex digits
    /// in either case); any other form is STATUS_INVALID_PARAMETER.</summary>
    public static NTSTATUS RtlGUIDFromString(in UNICODE_STRING GuidString, out Guid Guid)
    {
        DdiGate.Enter(DdiTable.RtlGUIDFromString);
        var chars = Characters(GuidString, nameof(RtlGUIDFromString), nameof(GuidString));
        return System.Guid.TryParseExact(chars, "B", out Guid) ? STATUS_SUCCESS : STATUS_INVALID_PARAMETER;
    }
}
