using System.Globalization;

namespace NtSim.Setup;

/// <summary>Writes INF AddReg lines (<c>HKR,subkey,value,flags,data</c>) under a key the caller
/// resolves HKR to; HKLM lines go under \Registry\Machine.</summary>
internal static class AddRegWriter
{
    // setupapi.h / INF AddReg directive: the value type in the flags.
    private const uint FLG_ADDREG_BINVALUETYPE = 0x00000001;
    private const uint FLG_ADDREG_NOCLOBBER = 0x00000002;
    private const uint FLG_ADDREG_KEYONLY = 0x00000010;
    private const uint FLG_ADDREG_TYPE_EXPAND_SZ = 0x00020000;
    private const uint FLG_ADDREG_TYPE_DWORD = 0x00010001;
    private const uint FLG_ADDREG_TYPE_MASK = 0xFFFF0000 | FLG_ADDREG_BINVALUETYPE;

    internal static void Apply(MachineRegistry registry, IEnumerable<InfAddReg> lines, string hkr)
    {
        foreach (var line in lines)
        {
            var root = line.Root.ToUpperInvariant() switch
            {
                "HKR" => hkr,
                "HKLM" or "HKEY_LOCAL_MACHINE" => @"\Registry\Machine",
                _ => null,
            };
            if (root is null)
            {
                continue;
            }

            var key = line.Subkey.Length == 0 ? root : root + @"\" + line.Subkey;
            registry.CreateKey(key);
            if ((line.Flags & FLG_ADDREG_KEYONLY) != 0 || ((line.Flags & FLG_ADDREG_NOCLOBBER) != 0 && registry.GetValue(key, line.ValueName) is not null))
            {
                continue;
            }

            var values = line.Values;
            switch (line.Flags & FLG_ADDREG_TYPE_MASK)
            {
                case InfAddReg.FLG_ADDREG_TYPE_MULTI_SZ:
                    var list = values.ToList();
                    if ((line.Flags & InfAddReg.FLG_ADDREG_APPEND) != 0 && registry.GetValue(key, line.ValueName) is { } existing)
                    {
                        list = [.. existing.MultiString, .. values.Where(v => !existing.MultiString.Contains(v, StringComparer.OrdinalIgnoreCase))];
                    }

                    registry.SetValue(key, line.ValueName, list.ToArray());
                    break;
                case FLG_ADDREG_TYPE_DWORD:
                    registry.SetValue(key, line.ValueName, ParseDword(values.FirstOrDefault()));
                    break;
                case FLG_ADDREG_TYPE_EXPAND_SZ:
                    registry.SetValue(key, line.ValueName, Wdm.REG_EXPAND_SZ, RegistryData.String(values.FirstOrDefault() ?? ""));
                    break;
                case FLG_ADDREG_BINVALUETYPE:
                    registry.SetValue(key, line.ValueName, values.Select(v => byte.Parse(v, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray());
                    break;
                default:
                    registry.SetValue(key, line.ValueName, values.FirstOrDefault() ?? "");
                    break;
            }
        }
    }

    /// <summary>DelReg lines (<c>HKR,subkey[,value]</c>): the value, or with no value name the subkey
    /// (HKR itself is never deleted: a line without a subkey and value deletes nothing).</summary>
    internal static void Delete(MachineRegistry registry, IEnumerable<InfLine> lines, string hkr)
    {
        foreach (var line in lines)
        {
            var root = line.Fields.Count > 0 && line[0].Trim().Equals("HKR", StringComparison.OrdinalIgnoreCase) ? hkr
                : line.Fields.Count > 0 && line[0].Trim().ToUpperInvariant() is "HKLM" or "HKEY_LOCAL_MACHINE" ? @"\Registry\Machine" : null;
            if (root is null)
            {
                continue;
            }

            var subkey = line.Fields.Count > 1 ? line[1].Trim() : "";
            var key = subkey.Length == 0 ? root : root + @"\" + subkey;
            if (line.Fields.Count > 2 && line[2].Length > 0)
            {
                registry.DeleteValue(key, line[2]);
            }
            else if (subkey.Length > 0 && registry.KeyExists(key))
            {
                registry.DeleteKey(key, recursive: true);
            }
        }
    }

    private static uint ParseDword(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var t = text.Trim();
        return t.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? uint.Parse(t[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : uint.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }
}
