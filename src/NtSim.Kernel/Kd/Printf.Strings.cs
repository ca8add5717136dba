namespace NtSim;

internal static partial class Printf
{
    /// <summary>The text a %s, %S, %ws, %Z or %wZ argument stands for: a C# string; a CHAR buffer
    /// (bytes in the ANSI code page) or a WCHAR buffer, each up to its first NUL; a counted string
    /// (UNICODE_STRING, ANSI_STRING ...) through its ToString; NULL as "(null)".</summary>
    private static string StringArgument(object? arg) => arg switch
    {
        null => "(null)",
        string s => s,
        byte[] bytes => CodePages.Ansi.GetString(SafeStrings.Terminated<byte>(bytes)),
        char[] chars => new string(SafeStrings.Terminated<char>(chars)),
        Memory<byte> bytes => CodePages.Ansi.GetString(SafeStrings.Terminated<byte>(bytes.Span)),
        Memory<char> chars => new string(SafeStrings.Terminated<char>(chars.Span)),
        _ => arg.ToString() ?? "(null)",
    };
}
