using System.Diagnostics;
using System.Globalization;

namespace NtSim.Setup;

/// <summary>A [DestinationDirs] entry: <c>dirid[,subdir]</c>.</summary>
[DebuggerDisplay("%{Dirid}%\\{Subdirectory,nq}")]
internal readonly record struct InfDestination(int Dirid, string Subdirectory)
{
    /// <summary>DIRID_DEFAULT: without DefaultDestDir, files go to %SystemRoot%\system32 ("INF DestinationDirs Section").</summary>
    internal static readonly InfDestination Default = new(11, "");

    /// <summary>
    /// Where the files of a file-list section go: its own [DestinationDirs] entry, else DefaultDestDir,
    /// else DIRID 11. A null section name (CopyFiles=@name) uses DefaultDestDir.
    /// </summary>
    internal static InfDestination For(InfDocument document, string? sectionName)
    {
        if (document.Section("DestinationDirs") is not { } dirs)
        {
            return Default;
        }

        var line = (sectionName is null ? null : dirs.LinesWithKey(sectionName.Trim()).FirstOrDefault())
            ?? dirs.LinesWithKey("DefaultDestDir").FirstOrDefault();
        if (line is null)
        {
            return Default;
        }

        var dirid = line[0].Trim().Trim('%');
        return int.TryParse(dirid, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? new InfDestination(value, line[1].Trim())
            : Default;
    }
}
