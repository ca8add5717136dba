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

    public string? Signature { get; }

    public string? Class { get; }

    public Guid? ClassGuid { get; }

    public string? Provider { get; }

    public string? CatalogFile { get; }

    public DateTime? DriverDate { get; }

    public Version? DriverVersion { get; }

    internal InfLine? DriverVerLine { get; }
}
