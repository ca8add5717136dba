namespace NtSim.Setup;

/// <summary>
/// The rule that keeps what an INF names inside the package being installed and the machine folder:
/// a file or folder name it gives (CopyFiles, SourceDisksNames, SourceDisksFiles, DestinationDirs,
/// CatalogFile, ServiceBinary) is relative and only goes down, whichever slash separates its parts.
/// </summary>
internal static class PackagePaths
{
    private static readonly char[] s_separators = ['\\', '/'];

    /// <summary>
    /// Why <paramref name="name"/> would leave the folder it is relative to, or null when it stays
    /// inside: a drive or a stream (':'), a rooted path (\x, /x, \\server), or a '..' part.
    /// <paramref name="rootIsPackage"/>: a leading slash means the package's root, as a
    /// [SourceDisksNames] path is "relative to the root of the distribution disk".
    /// </summary>
    internal static string? Escape(string name, bool rootIsPackage = false)
    {
        var text = name.Trim();
        if (text.Contains(':', StringComparison.Ordinal))
        {
            return "names a drive or a stream (':')";
        }

        if (!rootIsPackage && text.Length > 0 && Array.IndexOf(s_separators, text[0]) >= 0)
        {
            return "is a rooted path";
        }

        // Windows drops trailing dots and spaces of a path part: "... " climbs as ".." does.
        if (text.Split(s_separators).Any(part => part.Length > 0 && part != "." && part.TrimEnd(' ', '.').Length == 0))
        {
            return "has a '..' part";
        }

        return null;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or below it, both made full.</summary>
    internal static bool IsInside(string folder, string path)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var full = Path.GetFullPath(path);
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return full.Equals(root, comparison)
            || (full.StartsWith(root, comparison) && full.Length > root.Length && (full[root.Length] == Path.DirectorySeparatorChar || full[root.Length] == Path.AltDirectorySeparatorChar));
    }
}
