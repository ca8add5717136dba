using System.Globalization;

namespace NtSim;

/// <summary>A place in a driver's source as reports print it: "SampleDriver.cs:42".</summary>
internal static class SourceSite
{
    /// <summary>The file's name (after the last separator of either kind: a path from
    /// [CallerFilePath] or a PDB may come from a Windows or a Unix build) and the line.</summary>
    internal static string Format(string file, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"{file.AsSpan(file.LastIndexOfAny(['/', '\\']) + 1)}:{line}");
}
