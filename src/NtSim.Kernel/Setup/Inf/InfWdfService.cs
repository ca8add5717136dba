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
        LibraryVersion = section?.ValueOf(kind + "LibraryVersion");
        Line = line.Line;
    }

    /// <summary>"Kmdf" or "Umdf".</summary>
    public string Kind { get; }

    public string ServiceName { get; }

    public string SectionName { get; }

    public InfSection? Section { get; }

    /// <summary>KmdfLibraryVersion / UmdfLibraryVersion, e.g. 1.15 or $KMDFVERSION$ before stampinf.</summary>
    public string? LibraryVersion { get; }

    public int Line { get; }
}
