using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// A KmdfService or UmdfService directive of a DDInstall.Wdf section
/// (<c>KmdfService = DriverService, Wdf-install-section</c>) and the library version its section asks for.
/// </summary>
[DebuggerDisplay("{Kind,nq}Service {ServiceName,nq}, {SectionName,nq} ({LibraryVersion,nq})")]
public sealed class InfWdfService
{
    internal InfWdfService(string kind, InfLine line, InfSection? section)
    {
        Kind = kind;
        ServiceName = line[0].Trim();
        SectionName = line[1].Trim();
        Section = section;
        LibraryVersionLine = section?.LinesWithKey(kind + "LibraryVersion").FirstOrDefault();
        LibraryVersion = section?.ValueOf(kind + "LibraryVersion");
        Line = line.Line;
    }

    /// <summary>The newest KMDF minor version (1.33, the framework's public headers): a newer
    /// KmdfLibraryVersion names a library no Windows release has.</summary>
    public const uint NewestKmdfMinor = 33;

    /// <summary>The stampinf placeholder a .inx leaves for the KMDF version.</summary>
    public const string KmdfVersionPlaceholder = "$KMDFVERSION$";

    /// <summary>"Kmdf" or "Umdf".</summary>
    public string Kind { get; }

    /// <summary>The driver's service name (which the .Services section must add).</summary>
    public string ServiceName { get; }

    /// <summary>The name of the Wdf install section.</summary>
    public string SectionName { get; }

    /// <summary>The Wdf install section, or null when the INF lacks it.</summary>
    public InfSection? Section { get; }

    /// <summary>KmdfLibraryVersion / UmdfLibraryVersion, e.g. 1.15 or $KMDFVERSION$ before stampinf.</summary>
    public string? LibraryVersion { get; }

    /// <summary>The 1-based line of the directive.</summary>
    public int Line { get; }

    /// <summary>The KmdfLibraryVersion / UmdfLibraryVersion line of the Wdf install section, or null.</summary>
    public InfLine? LibraryVersionLine { get; }

    /// <summary>Reads a KmdfLibraryVersion as major.minor ("1.15"); false for anything else (a placeholder, "1.15.0", "v1").</summary>
    public static bool TryParseKmdfVersion(string? text, out uint major, out uint minor)
    {
        major = minor = 0;
        var parts = (text ?? "").Trim().Split('.');
        return parts.Length == 2 && parts.All(p => p.Length is > 0 and <= 5 && p.All(char.IsAsciiDigit))
            && uint.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out major)
            && uint.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out minor);
    }
}
