namespace NtSim;

public static partial class Wdm
{
    /// <summary>RtlIntegerToUnicodeString: <paramref name="Value"/> in base 2, 8, 10 or 16 (0: 10), upper-case
    /// digits and a NUL, into the string's buffer; STATUS_BUFFER_OVERFLOW if they do not fit, another base
    /// STATUS_INVALID_PARAMETER.</summary>
    public static NTSTATUS RtlIntegerToUnicodeString(uint Value, uint Base, ref UNICODE_STRING String)
    {
        DdiGate.Enter(DdiTable.RtlIntegerToUnicodeString);
        return IntegerStrings.Write(ref String, Value, Base);
    }

    /// <summary>RtlInt64ToUnicodeString: RtlIntegerToUnicodeString for a 64-bit value.</summary>
    public static NTSTATUS RtlInt64ToUnicodeString(ulong Value, uint Base, ref UNICODE_STRING String)
    {
        DdiGate.Enter(DdiTable.RtlInt64ToUnicodeString);
        return IntegerStrings.Write(ref String, Value, Base);
    }

    /// <summary>RtlUnicodeStringToInteger: the number the string spells (leading white space, a sign, and with
    /// Base 0 a 0x, 0o or 0b prefix); a Base other than 0, 2, 8, 10 or 16 is STATUS_INVALID_PARAMETER.</summary>
    public static NTSTATUS RtlUnicodeStringToInteger(in UNICODE_STRING String, uint Base, out uint Value)
    {
        DdiGate.Enter(DdiTable.RtlUnicodeStringToInteger);
        return IntegerStrings.Parse(Characters(String, nameof(RtlUnicodeStringToInteger), nameof(String)), Base, out Value);
    }
}
