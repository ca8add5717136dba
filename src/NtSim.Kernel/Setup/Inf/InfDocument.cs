using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// A parsed INF: its sections (case-insensitive), strings, [Version], manufacturers and their
/// models, and install sections resolved for a platform.
/// </summary>
[DebuggerDisplay("{FileName,nq}: {Sections.Count} section(s), class {Version.Class,nq}")]
public sealed class InfDocument
{
    private readonly Dictionary<string, InfSection> _sections;

    internal InfDocument(string fileName, IReadOnlyList<InfSection> sections, Dictionary<string, InfSection> sectionMap,
        IReadOnlyDictionary<string, string> strings)
    {
        FileName = fileName;
        Sections = sections;
        _sections = sectionMap;
        Strings = strings;
        Version = new InfVersion(Section("Version"));
        Manufacturers = Section("Manufacturer") is { } manufacturer
            ? [.. manufacturer.Lines.Where(l => l.Fields.Count > 0 && l[0].Trim().Length > 0).Select(l => new InfManufacturer(this, l))]
            : [];
    }

    /// <summary>The INF's file name, as given to the parser.</summary>
    public string FileName { get; }

    /// <summary>Sections in the order of their first header.</summary>
    public IReadOnlyList<InfSection> Sections { get; }

    /// <summary>[Strings] overlaid with [Strings.LANGID] for the chosen language; keys are case-insensitive.</summary>
    public IReadOnlyDictionary<string, string> Strings { get; }

    /// <summary>The [Version] section.</summary>
    public InfVersion Version { get; }

    /// <summary>The [Manufacturer] entries, in order.</summary>
    public IReadOnlyList<InfManufacturer> Manufacturers { get; }

    /// <summary>The section with this name (case-insensitive), or null.</summary>
    public InfSection? Section(string name) => _sections.GetValueOrDefault(name.Trim());

    /// <summary>Every model of every manufacturer, from the models sections selected for this platform.</summary>
    public IReadOnlyList<InfModel> Models(string architecture, Version osVersion)
        => [.. Manufacturers.SelectMany(m => m.Models(architecture, osVersion))];

    /// <summary>
    /// The DDInstall section for a model's install-section name on a platform: name.NTamd64 (the
    /// platform's own), then name.NT, then name; null when none exists.
    /// </summary>
    public InfInstall? GetInstall(string installSection, string architecture = "amd64")
    {
        foreach (var name in (string[])[$"{installSection}.NT{architecture}", $"{installSection}.NT", installSection])
        {
            if (Section(name) is { } section)
            {
                return new InfInstall(this, section, name);
            }
        }

        return null;
    }

    /// <summary>
    /// The path of a package file relative to the INF's folder, '\'-separated, as [SourceDisksNames]
    /// and [SourceDisksFiles] (or their <c>.architecture</c> forms) place it; the bare name when they do not list it.
    /// </summary>
    public string SourcePath(string fileName, string architecture = "amd64")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(architecture);
        return InfSourceDisks.RelativePath(this, fileName, architecture);
    }
}
