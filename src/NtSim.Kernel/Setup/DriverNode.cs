using System.Diagnostics;
using System.Globalization;

namespace NtSim.Setup;

/// <summary>
/// A driver node: one INF model that matches a device, with its rank (0xSSGGTHHH, lower is better)
/// and the [Version] DriverVer that breaks ties ("How Windows selects a driver for a device").
/// </summary>
[DebuggerDisplay("{RankText,nq} {Description} ({InfPath,nq}, {InstallSection,nq})")]
public sealed record DriverNode(
    string InfPath,
    string Description,
    string InstallSection,
    string MatchingId,
    uint Rank,
    DateTime? DriverDate,
    Version? DriverVersion,
    string? Provider)
{
    /// <summary>The rank as the SetupAPI log prints it, e.g. 0x00FF2001.</summary>
    public string RankText => "0x" + Rank.ToString("X8", CultureInfo.InvariantCulture);

    /// <summary>The node as the SetupAPI log lists it: rank, description, install section, matching id, date and version, INF.</summary>
    public override string ToString()
        => $"{RankText} {Description} [{InstallSection}] {MatchingId} {DriverDate?.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture)},{DriverVersion} ({InfPath})";
}
