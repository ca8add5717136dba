namespace NtSim;

public static partial class Wdm
{
    /// <summary>A Unicode character has no counterpart in the OEM code page (RtlUpcaseUnicodeStringToCountedOemString).</summary>
    public const NTSTATUS STATUS_UNMAPPABLE_CHARACTER = unchecked((NTSTATUS)0xC0000162);
}
