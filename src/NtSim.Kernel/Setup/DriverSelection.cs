using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// The driver nodes of a set of INF packages for one device, best first: lowest rank, then the newest
/// DriverVer date, then the highest DriverVer version ("How Windows selects a driver for a device").
/// </summary>
[DebuggerDisplay("{Nodes.Count} node(s), best {Best}")]
public sealed class DriverSelection
{
    private DriverSelection(IReadOnlyList<DriverNode> nodes)
    {
        Nodes = nodes;
    }

    /// <summary>Every matching model of every package, best first.</summary>
    public IReadOnlyList<DriverNode> Nodes { get; }

    /// <summary>The node Windows would install, or null when nothing matches.</summary>
    public DriverNode? Best => Nodes.Count > 0 ? Nodes[0] : null;

    /// <summary>
    /// Ranks the models of <paramref name="packages"/> (their models sections selected for the architecture
    /// and OS version) against a device's hardware IDs and compatible IDs, each most specific first.
    /// </summary>
    public static DriverSelection Rank(IReadOnlyList<string> hardwareIds, IReadOnlyList<string> compatibleIds,
        IEnumerable<InfDocument> packages, string architecture, Version osVersion)
    {
        ArgumentNullException.ThrowIfNull(hardwareIds);
        ArgumentNullException.ThrowIfNull(compatibleIds);
        ArgumentNullException.ThrowIfNull(packages);
        ArgumentException.ThrowIfNullOrWhiteSpace(architecture);
        ArgumentNullException.ThrowIfNull(osVersion);

        var nodes = new List<DriverNode>();
        foreach (var package in packages)
        {
            if (package is null)
            {
                throw new ArgumentException("DriverSelection.Rank: packages contains a null InfDocument.", nameof(packages));
            }

            foreach (var model in package.Models(architecture, osVersion))
            {
                if (DriverRank.IdentifierScore(model, hardwareIds, compatibleIds) is not { } match)
                {
                    continue;
                }

                var feature = DriverRank.FeatureScore(package.GetInstall(model.InstallSection, architecture));
                nodes.Add(new DriverNode(
                    package.FileName,
                    model.Description,
                    model.InstallSection,
                    match.Id,
                    DriverRank.Compose(DriverRank.UnsignedSignatureScore, feature, match.Score),
                    package.Version.DriverDate,
                    package.Version.DriverVersion,
                    package.Version.Provider));
            }
        }

        // OrderBy is stable: nodes that tie on all three keep package order.
        return new DriverSelection([.. nodes
            .OrderBy(n => n.Rank)
            .ThenByDescending(n => n.DriverDate ?? DateTime.MinValue)
            .ThenByDescending(n => n.DriverVersion ?? new Version(0, 0))]);
    }

    /// <summary>As <see cref="Rank(IReadOnlyList{string}, IReadOnlyList{string}, IEnumerable{InfDocument}, string, Version)"/>; files that failed to parse are skipped.</summary>
    public static DriverSelection Rank(IReadOnlyList<string> hardwareIds, IReadOnlyList<string> compatibleIds,
        IEnumerable<InfParseResult> packages, string architecture, Version osVersion)
    {
        ArgumentNullException.ThrowIfNull(packages);
        return Rank(hardwareIds, compatibleIds, packages.Select(p => p.Document).OfType<InfDocument>(), architecture, osVersion);
    }
}
