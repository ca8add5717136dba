using System.Globalization;

namespace NtSim.Setup;

/// <summary>Numbers as INF fields write them: decimal or 0x hexadecimal.</summary>
internal static class InfNumber
{
    internal static uint? Parse(string text)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        bool ok = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? uint.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)
            : uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        return ok ? value : null;
    }
}
