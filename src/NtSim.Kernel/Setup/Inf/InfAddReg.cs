using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// A line of an add-registry section: <c>reg-root, [subkey], [value-entry-name], [flags], [value ...]</c>
/// ("INF AddReg Directive"); flags 0x00010000 is FLG_ADDREG_TYPE_MULTI_SZ, 0x00000008 FLG_ADDREG_APPEND.
/// </summary>
[DebuggerDisplay("{Root,nq},{Subkey,nq},{ValueName,nq},{Flags},{string.Join(\",\", Values),nq}")]
public sealed class InfAddReg
{
    public const uint FLG_ADDREG_TYPE_MULTI_SZ = 0x00010000;
    public const uint FLG_ADDREG_APPEND = 0x00000008;

    internal InfAddReg(InfLine line)
    {
        Root = line[0].Trim();
        Subkey = line[1].Trim();
        ValueName = line[2];
        Flags = InfNumber.Parse(line[3]) ?? 0;
        Values = [.. line.Fields.Skip(4).Select(f => f.Value)];
        Line = line.Line;
    }

    public string Root { get; }

    public string Subkey { get; }

    public string ValueName { get; }

    public uint Flags { get; }

    public IReadOnlyList<string> Values { get; }

    public int Line { get; }

    /// <summary>Whether this line sets HKR's UpperFilters or LowerFilters (the device's filter drivers).</summary>
    internal bool SetsFilters(string valueName)
        => Root.Equals("HKR", StringComparison.OrdinalIgnoreCase) && Subkey.Length == 0
            && ValueName.Equals(valueName, StringComparison.OrdinalIgnoreCase);
}
