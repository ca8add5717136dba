using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// A DDInstall section resolved for a platform (<c>name.NTamd64</c>, else <c>name.NT</c>, else
/// <c>name</c>, as "Creating INF Files for Multiple Platforms and Operating Systems" ranks them) with
/// its companions: .HW (filters through AddReg), .Services (AddService), .Wdf (KmdfService,
/// UmdfService), .Interfaces (AddInterface), .CoInstallers and .Filters.
/// </summary>
[DebuggerDisplay("[{Name,nq}] {Services.Count} service(s)")]
public sealed class InfInstall
{
    internal InfInstall(InfDocument document, InfSection section, string decoratedName)
    {
        Section = section;
        Name = section.Name;
        CopyFiles = Names(section, "CopyFiles");
        AddReg = Names(section, "AddReg");
        DelReg = Names(section, "DelReg");
        Include = Names(section, "Include");
        Needs = Names(section, "Needs");
        Files = InfCopyFiles.Resolve(document, section);

        HwSection = document.Section(decoratedName + ".HW");
        ServicesSection = document.Section(decoratedName + ".Services");
        WdfSection = document.Section(decoratedName + ".Wdf");
        InterfacesSection = document.Section(decoratedName + ".Interfaces");
        CoInstallersSection = document.Section(decoratedName + ".CoInstallers");
        FiltersSection = document.Section(decoratedName + ".Filters");
        CoInstallers = CoInstallersSection is null ? null : new InfCoInstallers(document, CoInstallersSection);
        Filters = FiltersSection is null ? [] : [.. FiltersSection.LinesWithKey("AddFilter")];

        Services = ServicesSection is null ? []
            : [.. ServicesSection.LinesWithKey("AddService").Select(l => new InfServiceInstall(l, document.Section(l[2].Trim())))];
        WdfServices = WdfSection is null ? []
            : [.. WdfSection.Lines.Where(l => l.KeyIs("KmdfService") || l.KeyIs("UmdfService"))
                .Select(l => new InfWdfService(l.Key!.Trim()[..4], l, document.Section(l[1].Trim())))];
        Interfaces = InterfacesSection is null ? []
            : [.. InterfacesSection.LinesWithKey("AddInterface").Select(l => new InfAddInterface(l))];

        var hwAddReg = HwSection is null ? []
            : Names(HwSection, "AddReg").Select(document.Section).OfType<InfSection>().SelectMany(s => s.Lines).Select(l => new InfAddReg(l)).ToList();
        HwAddReg = hwAddReg;
        UpperFilters = FilterServices(hwAddReg, "UpperFilters");
        LowerFilters = FilterServices(hwAddReg, "LowerFilters");
    }

    /// <summary>The decorated name that was found (e.g. Toaster_Device.NT).</summary>
    public string Name { get; }

    /// <summary>The DDInstall section itself.</summary>
    public InfSection Section { get; }

    /// <summary>The names its CopyFiles directives list (file-list sections or @file).</summary>
    public IReadOnlyList<string> CopyFiles { get; }

    /// <summary>The files the CopyFiles directives copy (@name and file-list sections), with their destinations.</summary>
    public IReadOnlyList<InfCopyFile> Files { get; }

    /// <summary>The names of the add-registry sections its AddReg directives list.</summary>
    public IReadOnlyList<string> AddReg { get; }

    /// <summary>The names of the delete-registry sections its DelReg directives list.</summary>
    public IReadOnlyList<string> DelReg { get; }

    /// <summary>Include = other INF files (machine.inf, ks.inf ...).</summary>
    public IReadOnlyList<string> Include { get; }

    /// <summary>Needs = sections of the included INFs.</summary>
    public IReadOnlyList<string> Needs { get; }

    /// <summary>The DDInstall.HW section, or null.</summary>
    public InfSection? HwSection { get; }

    /// <summary>The DDInstall.Services section, or null.</summary>
    public InfSection? ServicesSection { get; }

    /// <summary>The DDInstall.Wdf section, or null.</summary>
    public InfSection? WdfSection { get; }

    /// <summary>The DDInstall.Interfaces section, or null.</summary>
    public InfSection? InterfacesSection { get; }

    /// <summary>The DDInstall.CoInstallers section, or null.</summary>
    public InfSection? CoInstallersSection { get; }

    /// <summary>The DDInstall.Filters section, or null.</summary>
    public InfSection? FiltersSection { get; }

    /// <summary>The .CoInstallers section's AddReg and CopyFiles, or null when there is none.</summary>
    public InfCoInstallers? CoInstallers { get; }

    /// <summary>The AddFilter lines of the .Filters section (<c>AddFilter = name, [flags], filter-install-section</c>).</summary>
    public IReadOnlyList<InfLine> Filters { get; }

    /// <summary>The services the .Services section adds (AddService), in order.</summary>
    public IReadOnlyList<InfServiceInstall> Services { get; }

    /// <summary>The service with SPSVCINST_ASSOCSERVICE: the function driver.</summary>
    public InfServiceInstall? FunctionService => Services.FirstOrDefault(s => s.IsFunctionDriver);

    /// <summary>The KmdfService and UmdfService directives of the .Wdf section.</summary>
    public IReadOnlyList<InfWdfService> WdfServices { get; }

    /// <summary>The AddInterface directives of the .Interfaces section.</summary>
    public IReadOnlyList<InfAddInterface> Interfaces { get; }

    /// <summary>The lines of the AddReg sections of DDInstall.HW (the device's hardware key).</summary>
    public IReadOnlyList<InfAddReg> HwAddReg { get; }

    /// <summary>HKR,,"UpperFilters",0x00010000,"name" ...: the upper filter services, in order.</summary>
    public IReadOnlyList<string> UpperFilters { get; }

    /// <summary>HKR,,"LowerFilters",0x00010000,"name" ...: the lower filter services, in order.</summary>
    public IReadOnlyList<string> LowerFilters { get; }

    internal static List<string> Names(InfSection section, string directive)
        => [.. section.LinesWithKey(directive).SelectMany(l => l.Values).Select(v => v.Trim()).Where(v => v.Length > 0)];

    private static List<string> FilterServices(IEnumerable<InfAddReg> lines, string valueName)
        => [.. lines.Where(l => l.SetsFilters(valueName)).SelectMany(l => l.Values).Select(v => v.Trim()).Where(v => v.Length > 0)];
}
