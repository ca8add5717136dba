using System.Diagnostics;

namespace NtSim.Setup;

/// <summary>
/// A line of an add-registry section: <c>reg-root, [subkey], [value-entry-name], [flags], [value ...]</c>
/// ("INF AddReg Directive"); flags 0x00010000 is FLG_ADDREG_TYPE_MULTI_SZ, 0x00000008 FLG_ADDREG_APPEND.
/// </summary>
[DebuggerDisplay("{Root,nq},{Subkey,nq},{ValueName,nq},{Flags},{string.Join(\",\", Values),nq}")]
public sealed class InfAddReg
{
    /// <summary>FLG_ADDREG_TYPE_MULTI_SZ: the value is REG_MULTI_SZ.</summary>
    public const uint FLG_ADDREG_TYPE_MULTI_SZ = 0x00010000;
    /// <summary>FLG_ADDREG_APPEND: append the strings to an existing REG_MULTI_SZ value.</summary>
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

    /// <summary>The registry root: HKR (the device's or service's key), HKLM, HKCU, HKCR or HKU.</summary>
    public string Root { get; }

    /// <summary>The subkey under the root, or "" for the root key itself.</summary>
    public string Subkey { get; }

    /// <summary>The value's name, or "" for the key's default value.</summary>
    public string ValueName { get; }

    /// <summary>The FLG_ADDREG_* flags (0 when absent: a REG_SZ value).</summary>
    public uint Flags { get; }

    /// <summary>The value's data fields.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The 1-based line of the entry.</summary>
    public int Line { get; }

    /// <summary>Whether this line sets HKR's UpperFilters or LowerFilters (the device's filter drivers).</summary>
    internal bool SetsFilters(string valueName)
        => Root.Equals("HKR", StringComparison.OrdinalIgnoreCase) && Subkey.Length == 0
            && ValueName.Equals(valueName, StringComparison.OrdinalIgnoreCase);
}
