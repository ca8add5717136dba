using System.Text;

namespace NtSim.Setup;

/// <summary>
/// Bytes to text as SetupAPI reads an INF: UTF-16LE with its BOM, UTF-8 with or without BOM, or
/// plain ASCII (a UTF-8 subset). Invalid UTF-8 falls back to Windows-1252-like Latin-1 bytes.
/// </summary>
internal static class InfTextDecoder
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    internal static string Decode(ReadOnlySpan<byte> bytes, out string encodingName)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            encodingName = "UTF-16LE";
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            encodingName = "UTF-16BE";
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            encodingName = "UTF-8";
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        try
        {
            var text = s_strictUtf8.GetString(bytes);
            encodingName = text.Any(c => c > 0x7F) ? "UTF-8" : "ASCII";
            return text;
        }
        catch (DecoderFallbackException)
        {
            encodingName = "Latin-1";
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
