using System.Globalization;

namespace NtSim.Setup;

/// <summary>The oem&lt;N&gt;.inf names the store gives packages: the lowest number not in use, from 0.</summary>
internal static class PublishedNames
{
    internal static string Format(int number) => string.Create(CultureInfo.InvariantCulture, $"oem{number}.inf");

    internal static int? NumberOf(string publishedName)
    {
        if (publishedName.Length > 7
            && publishedName.StartsWith("oem", StringComparison.OrdinalIgnoreCase)
            && publishedName.EndsWith(".inf", StringComparison.OrdinalIgnoreCase)
            && publishedName.AsSpan(3, publishedName.Length - 7) is var digits
            && digits.ToString().All(char.IsAsciiDigit)
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return null;
    }

    internal static string Lowest(IEnumerable<DriverPackage> packages)
    {
        var used = packages.Select(p => p.Number).ToHashSet();
        var number = 0;
        while (used.Contains(number))
        {
            number++;
        }

        return Format(number);
    }
}
