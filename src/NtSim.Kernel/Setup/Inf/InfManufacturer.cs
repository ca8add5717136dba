using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// A [Manufacturer] entry: <c>%strkey% = models-section-name[, TargetOSVersion ...]</c>, with the
/// decorated models sections it names.
/// </summary>
[DebuggerDisplay("{Name}: {ModelsSectionName,nq} ({Decorations.Count} decoration(s))")]
public sealed class InfManufacturer
{
    private readonly InfDocument _document;

    internal InfManufacturer(InfDocument document, InfLine line)
    {
        _document = document;
        ModelsSectionName = line[0].Trim();
        Name = line.KeyValue ?? ModelsSectionName;
        Decorations = [.. line.Fields.Skip(1).Select(f => f.Value.Trim()).Where(v => v.Length > 0)];
        Line = line.Line;
    }

    /// <summary>The manufacturer's name (the key after %strkey% substitution).</summary>
    public string Name { get; }

    /// <summary>The undecorated models section name.</summary>
    public string ModelsSectionName { get; }

    /// <summary>The TargetOSVersion decorations as written (NTamd64, NTamd64.10.0...16299 ...).</summary>
    public IReadOnlyList<string> Decorations { get; }

    /// <summary>The 1-based line of the entry.</summary>
    public int Line { get; }

    /// <summary>
    /// The models section SetupAPI uses on this architecture and OS version: among the decorations
    /// that match, the one for this architecture before a plain NT one, then the highest version;
    /// the undecorated section when none match ("INF Manufacturer Section", remarks).
    /// </summary>
    public InfSection? SelectModelsSection(string architecture, Version osVersion)
    {
        var best = Decorations
            .Select(InfTargetOS.TryParse)
            .OfType<InfTargetOS>()
            .Where(t => t.Matches(architecture, osVersion))
            .OrderByDescending(t => t.Architecture is not null)
            .ThenByDescending(t => t.Version[0]).ThenByDescending(t => t.Version[1]).ThenByDescending(t => t.Version[2])
            .ThenByDescending(t => t.ProductType is not null)
            .FirstOrDefault();
        if (best is not null)
        {
            return _document.Section(ModelsSectionName + "." + best.Text);
        }

        // Since Windows Server 2003 SP1 a non-x86 platform needs a decorated entry; x86 may use the bare name.
        return architecture.Equals("x86", StringComparison.OrdinalIgnoreCase)
            ? _document.Section(ModelsSectionName)
            : null;
    }

    /// <summary>The models of the selected section (none when no section matches).</summary>
    public IReadOnlyList<InfModel> Models(string architecture, Version osVersion)
        => SelectModelsSection(architecture, osVersion) is { } section
            ? [.. section.Lines.Where(l => l.Fields.Count > 0 && l[0].Length > 0).Select(l => new InfModel(l))]
            : [];
}
