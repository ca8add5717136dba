using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// A line of a [Models] section: <c>device-description = install-section-name, hw-id[, compatible-id ...]</c>.
/// </summary>
[DebuggerDisplay("{Description}: {InstallSection,nq} for {HardwareId,nq}")]
public sealed class InfModel
{
    internal InfModel(InfLine line)
    {
        Description = line.KeyValue ?? "";
        InstallSection = line[0].Trim();
        HardwareId = line[1].Trim();
        CompatibleIds = [.. line.Fields.Skip(2).Select(f => f.Value.Trim()).Where(v => v.Length > 0)];
        Line = line.Line;
    }

    /// <summary>The device description (the key after %strkey% substitution).</summary>
    public string Description { get; }

    /// <summary>The undecorated DDInstall section name; see <see cref="InfDocument.GetInstall"/>.</summary>
    public string InstallSection { get; }

    /// <summary>The hardware ID the model matches.</summary>
    public string HardwareId { get; }

    /// <summary>The compatible IDs the model also matches, in order.</summary>
    public IReadOnlyList<string> CompatibleIds { get; }

    /// <summary>The 1-based line of the model.</summary>
    public int Line { get; }
}
