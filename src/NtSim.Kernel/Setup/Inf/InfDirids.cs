namespace NtSim.Setup;

/// <summary>
/// DIRIDs, the numbered directories of %dirid% tokens and DestinationDirs ("Using Dirids" in the
/// WDK docs). Substitution keeps them as %n%; <see cref="Resolve"/> names the well-known ones.
/// </summary>
internal static class InfDirids
{
    private static readonly Dictionary<int, string> s_known = new()
    {
        [10] = @"C:\Windows",
        [11] = @"C:\Windows\System32",
        [12] = @"C:\Windows\System32\drivers",
        [13] = @"<driver store>",
        [17] = @"C:\Windows\INF",
        [18] = @"C:\Windows\Help",
        [20] = @"C:\Windows\Fonts",
        [24] = @"C:\",
        [25] = @"C:\Windows",
        [30] = @"C:\",
        [50] = @"C:\Windows\System",
        [51] = @"C:\Windows\System32\spool",
        [52] = @"C:\Windows\System32\spool\drivers",
        [53] = @"C:\Users\Default",
        [54] = @"C:\",
        [55] = @"C:\Windows\System32\spool\prtprocs",
        [16422] = @"C:\Program Files",
        [16426] = @"C:\Program Files (x86)",
    };

    internal static bool IsDirid(string key) => key.Length > 0 && key.All(char.IsAsciiDigit);

    /// <summary>Replaces the leading %dirid% of a path by its directory, when it is a well-known one.</summary>
    public static string Resolve(string path)
    {
        if (path.Length > 2 && path[0] == '%')
        {
            int close = path.IndexOf('%', 1);
            if (close > 1 && IsDirid(path[1..close]) && int.TryParse(path[1..close], out var dirid) && s_known.TryGetValue(dirid, out var directory))
            {
                return directory + path[(close + 1)..];
            }
        }

        return path;
    }
}
