namespace NtSim;

/// <summary>The two-letter SDDL codes of access rights (sddl.h, "SDDL for Device Objects"), in the
/// order a formatter writes them.</summary>
internal static class SddlRights
{
    internal static readonly (string Code, uint Mask)[] Generic =
    [
        ("GA", Wdm.GENERIC_ALL), ("GR", Wdm.GENERIC_READ), ("GW", Wdm.GENERIC_WRITE), ("GX", Wdm.GENERIC_EXECUTE),
    ];

    internal static readonly (string Code, uint Mask)[] Standard =
    [
        ("RC", Wdm.READ_CONTROL), ("SD", Wdm.DELETE), ("WD", Wdm.WRITE_DAC), ("WO", Wdm.WRITE_OWNER),
    ];

    /// <summary>Codes the full SDDL knows beyond what IoCreateDeviceSecure's subset allows: file and
    /// key rights and the directory-service rights.</summary>
    internal static readonly (string Code, uint Mask)[] Extended =
    [
        ("FA", Wdm.FILE_ALL_ACCESS), ("FR", Wdm.FILE_GENERIC_READ), ("FW", Wdm.FILE_GENERIC_WRITE), ("FX", Wdm.FILE_GENERIC_EXECUTE),
        ("KA", 0x000F003F), ("KR", 0x00020019), ("KW", 0x00020006), ("KX", 0x00020019),
        ("CC", 0x1), ("DC", 0x2), ("LC", 0x4), ("SW", 0x8), ("RP", 0x10), ("WP", 0x20), ("DT", 0x40), ("LO", 0x80), ("CR", 0x100),
        ("NW", 0x1), ("NR", 0x2), ("NX", 0x4),
    ];

    internal static uint? Lookup(string code, bool deviceSubset)
    {
        foreach (var table in deviceSubset ? new[] { Generic, Standard } : [Generic, Standard, Extended])
        {
            foreach (var (name, mask) in table)
            {
                if (string.Equals(name, code, StringComparison.OrdinalIgnoreCase))
                {
                    return mask;
                }
            }
        }

        return null;
    }

    /// <summary>A mandatory label's policy: "NW", "NR", "NX" in that order, else hex.</summary>
    internal static string FormatLabel(uint mask)
    {
        var text = ((mask & 0x1) != 0 ? "NW" : "") + ((mask & 0x2) != 0 ? "NR" : "") + ((mask & 0x4) != 0 ? "NX" : "");
        return (mask & ~7u) == 0 && text.Length > 0 ? text : $"0x{mask:x}";
    }

    /// <summary>"GRGWGX" for masks made only of generic and standard rights, else "0x1f01ff".</summary>
    internal static string Format(uint mask)
    {
        var text = "";
        var rest = mask;
        foreach (var (code, bit) in Generic.Concat(Standard))
        {
            if ((rest & bit) != 0)
            {
                text += code;
                rest &= ~bit;
            }
        }

        return rest == 0 && text.Length > 0 ? text : $"0x{mask:x}";
    }
}
