using System.Text;

namespace NtSim;

/// <summary>
/// The driver replacement map file (<c>.kdfiles &lt;file&gt;</c>, <c>-s</c>): repeated blocks of three lines, <c>map</c>,
/// the old driver, the new driver; blank lines and lines starting with <c>#</c> may stand between blocks, never inside
/// one. Source: "Driver Replacement Map File Format" (WinDbg docs, Mapping Driver Files).
/// </summary>
internal static class DriverReplacementFile
{
    /// <summary>Reads the map file's text: its associations, or the first line at fault (1-based) and why.</summary>
    public static bool TryParse(string text, out IReadOnlyList<DriverReplacement> entries, out int faultLine, out string? fault)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DriverReplacement>();
        entries = found;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (!string.Equals(line, "map", StringComparison.OrdinalIgnoreCase))
            {
                faultLine = i + 1;
                fault = $"'{line}' where a block begins: expected 'map'";
                return false;
            }

            if (!TryPart(lines, i + 1, "the old driver", out var oldDriver, out faultLine, out fault)
                || !TryPart(lines, i + 2, "the new driver", out var newDriver, out faultLine, out fault))
            {
                return false;
            }

            found.Add(new DriverReplacement(oldDriver, newDriver));
            i += 2;
        }

        faultLine = 0;
        fault = null;
        return true;
    }

    /// <summary>The map file of <paramref name="entries"/>, as <c>.kdfiles -s</c> writes it.</summary>
    public static string Format(IEnumerable<DriverReplacement> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var text = new StringBuilder();
        foreach (var entry in entries)
        {
            text.Append("map\n").Append(entry.OldDriver).Append('\n').Append(entry.NewDriver).Append('\n');
        }

        return text.ToString();
    }

    private static bool TryPart(string[] lines, int index, string what, out string value, out int faultLine, out string? fault)
    {
        value = index < lines.Length ? lines[index].Trim() : "";
        if (value.Length > 0 && value[0] != '#' && !string.Equals(value, "map", StringComparison.OrdinalIgnoreCase))
        {
            faultLine = 0;
            fault = null;
            return true;
        }

        // A block's lines follow 'map' at once: a blank or comment line cannot break it up.
        faultLine = Math.Min(index, lines.Length - 1) + 1;
        fault = lines.Skip(index).All(l => l.Trim().Length == 0) ? $"the file ends where {what} was expected"
            : value.Length == 0 ? $"a blank line where {what} was expected"
            : $"'{value}' where {what} was expected";
        return false;
    }
}
