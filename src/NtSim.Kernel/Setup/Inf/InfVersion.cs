using System.Diagnostics;
using System.Globalization;

namespace NtSim.Setup;

/// <summary>
/// The [Version] section: Signature ($Windows NT$ or $Chicago$), Class, ClassGuid, Provider,
/// CatalogFile, and DriverVer (<c>mm/dd/yyyy[,w.x.y.z]</c>) parsed to a date and a version.
/// </summary>
[DebuggerDisplay("{Class,nq} {ClassGuid} {DriverDate:d} {DriverVersion}")]
public sealed class InfVersion
{
    internal InfVersion(InfSection? section)
    {
        Signature = section?.ValueOf("Signature");
        Class = section?.ValueOf("Class");
        Provider = section?.ValueOf("Provider");
        CatalogFile = section?.LinesWithKey("CatalogFile").FirstOrDefault()?[0]
            ?? section?.Lines.FirstOrDefault(l => l.Key?.StartsWith("CatalogFile.", StringComparison.OrdinalIgnoreCase) == true)?[0];
        if (section?.ValueOf("ClassGuid") is { } guid && Guid.TryParse(guid.Trim(), out var classGuid))
        {
            ClassGuid = classGuid;
        }

        if (section?.LinesWithKey("DriverVer").FirstOrDefault() is { } driverVer)
        {
            DriverVerLine = driverVer;
            if (DateTime.TryParseExact(driverVer[0].Trim(), ["MM/dd/yyyy", "M/d/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                DriverDate = date;
            }

            if (Version.TryParse(driverVer[1].Trim(), out var version))
            {
                DriverVersion = version;
            }
        }
    }

    /// <summary>"$Windows NT$" or "$Chicago$" (both mean any NT-based Windows), or null.</summary>
    public string? Signature { get; }

    /// <summary>The setup class name (Sample, System, ...), or null.</summary>
    public string? Class { get; }

    /// <summary>The setup class GUID, or null when absent or not a GUID.</summary>
    public Guid? ClassGuid { get; }

    /// <summary>The provider (the INF's author), or null.</summary>
    public string? Provider { get; }

    /// <summary>The catalog file's name, or null.</summary>
    public string? CatalogFile { get; }

    /// <summary>DriverVer's date, or null when absent or malformed.</summary>
    public DateTime? DriverDate { get; }

    /// <summary>DriverVer's w.x.y.z version, or null when absent or malformed.</summary>
    public Version? DriverVersion { get; }

    internal InfLine? DriverVerLine { get; }
}
