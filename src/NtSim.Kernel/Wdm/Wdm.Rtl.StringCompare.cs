namespace NtSim;

public static partial class Wdm
{
    /// <summary>RtlEqualString: whether two counted 8-bit strings hold the same bytes (ANSI letters compared
    /// upper-cased when <paramref name="CaseInSensitive"/>).</summary>
    public static bool RtlEqualString(in STRING String1, in STRING String2, bool CaseInSensitive)
    {
        DdiGate.Enter(DdiTable.RtlEqualString);
        return String1.Length == String2.Length && CountedStrings.Compare(String1, String2, CaseInSensitive, nameof(RtlEqualString)) == 0;
    }

    /// <summary>RtlCompareString: &lt; 0, 0 or &gt; 0 as String1 sorts before, with or after String2 (bytes
    /// compared as unsigned, upper-cased when case-insensitive; a prefix sorts first).</summary>
    public static int RtlCompareString(in STRING String1, in STRING String2, bool CaseInSensitive)
    {
        DdiGate.Enter(DdiTable.RtlCompareString);
        return CountedStrings.Compare(String1, String2, CaseInSensitive, nameof(RtlCompareString));
    }

    /// <summary>RtlCompareUnicodeStrings: RtlCompareUnicodeString for two character arrays and their lengths
    /// (in characters).</summary>
    public static int RtlCompareUnicodeStrings(ReadOnlySpan<char> String1, ulong String1Length, ReadOnlySpan<char> String2,
        ulong String2Length, bool CaseInSensitive)
    {
        DdiGate.Enter(DdiTable.RtlCompareUnicodeStrings);
        return CountedStrings.Compare(String1[..checked((int)String1Length)], String2[..checked((int)String2Length)], CaseInSensitive);
    }
}
