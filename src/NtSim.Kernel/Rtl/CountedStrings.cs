namespace NtSim;

/// <summary>Rules shared by the counted 8-bit strings (STRING, ANSI_STRING, OEM_STRING).</summary>
internal static class CountedStrings
{
    /// <summary>The largest Length a counted string can describe (USHORT).</summary>
    internal const int MaxLength = 0xFFFF;

    /// <summary>What keeps a string of <paramref name="length"/> bytes over a buffer of
    /// <paramref name="bufferLength"/> bytes from being read; null if it can be.</summary>
    internal static string? ReadMalformation(int length, int bufferLength) =>
        length > bufferLength ? $"Length {length} exceeds its buffer of {bufferLength} bytes" : null;
}
