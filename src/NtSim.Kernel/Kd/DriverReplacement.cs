using System.Diagnostics;

namespace NtSim;

/// <summary>
/// One association of a driver replacement map (<c>.kdfiles</c>): the driver as the machine names it when it
/// loads the image (<see cref="OldDriver"/>: <c>zero</c>, <c>zero.sys</c>, <c>\SystemRoot\System32\drivers\zero.sys</c>
/// ...) and the host file sent in its place (<see cref="NewDriver"/>).
/// </summary>
[DebuggerDisplay("{OldDriver,nq} -> {NewDriver,nq}")]
public sealed record DriverReplacement(string OldDriver, string NewDriver)
{
    // An image is a .sys on Windows and a .dll assembly here (ImagePath's .sys resolves to the .dll): one image.
    private static readonly string[] s_imageExtensions = [".sys", ".dll"];

    /// <summary>Whether this association names the image the machine loads as <paramref name="imageName"/> (the
    /// service's ImagePath) from <paramref name="hostPath"/>. As the Windows 10 debugging tools match: case-insensitive;
    /// a bare name (<c>zero</c>, <c>zero.sys</c>) matches the file name, a path matches the whole name or its tail;
    /// the extension is optional. Source: "Mapping Driver Files" (WinDbg docs).</summary>
    public bool Matches(string imageName, string hostPath)
    {
        ArgumentNullException.ThrowIfNull(imageName);
        ArgumentNullException.ThrowIfNull(hostPath);
        var old = Normalize(OldDriver);
        return old.Length > 0 && (MatchesName(old, Normalize(imageName)) || MatchesName(old, Normalize(hostPath)));
    }

    private static bool MatchesName(string old, string name)
    {
        var oldParts = old.Split('\\');
        var parts = name.Split('\\');
        if (name.Length == 0 || parts.Length < oldParts.Length)
        {
            return false;
        }

        // A bare name compares with the file name; a path with as many last components of the name
        // (windows\system32\drivers\ntfs.sys), or all of it when it is rooted (\SystemRoot\...).
        var tail = string.Join('\\', parts[^oldParts.Length..]);
        return Same(old, tail) && (old[0] != '\\' || oldParts.Length == parts.Length);
    }

    /// <summary>Two names of one image: equal, or equal but for an extension the old name leaves out, or
    /// for .sys against .dll.</summary>
    private static bool Same(string old, string name)
    {
        if (string.Equals(old, name, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var (oldStem, oldExtension) = Split(old);
        var (stem, extension) = Split(name);
        return string.Equals(oldStem, stem, StringComparison.OrdinalIgnoreCase)
            && (oldExtension.Length == 0 || (IsImage(oldExtension) && IsImage(extension)));
    }

    private static bool IsImage(string extension) => s_imageExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);

    /// <summary>The name without its extension, and the extension (".sys"), of the last component.</summary>
    private static (string Stem, string Extension) Split(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > name.LastIndexOf('\\') + 1 ? (name[..dot], name[dot..]) : (name, "");
    }

    private static string Normalize(string name) => name.Trim().Replace('/', '\\');
}
