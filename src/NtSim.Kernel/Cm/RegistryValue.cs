using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace NtSim;

/// <summary>A registry value as the host sees it (<c>machine.Registry.GetValue</c>): its name (empty
/// for the default value), REG_* type and bytes, with typed readers.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed record RegistryValue(string Name, uint Type, byte[] Data)
{
    /// <summary>The data as a REG_DWORD.</summary>
    public uint Dword => RegistryData.ReadDword(Data);

    /// <summary>The data as a REG_QWORD.</summary>
    public ulong Qword => RegistryData.ReadQword(Data);

    /// <summary>The data as a REG_SZ or REG_EXPAND_SZ (up to the first NUL), or a REG_LINK target.</summary>
    public string String => Type == Wdm.REG_LINK ? Encoding.Unicode.GetString(Data) : RegistryData.ReadString(Data);

    /// <summary>The data as a REG_MULTI_SZ.</summary>
    public IReadOnlyList<string> MultiString => RegistryData.ReadMultiString(Data);

    /// <summary>"Start = REG_DWORD 0x00000003 (3)".</summary>
    public override string ToString() => $"{(Name.Length == 0 ? "(Default)" : Name)} = {TypeName(Type)} {FormatData(Type, Data)}";

    /// <summary>"REG_SZ", "REG_DWORD"...; an unknown type as "REG_0x1234".</summary>
    public static string TypeName(uint type) => type switch
    {
        Wdm.REG_NONE => nameof(Wdm.REG_NONE),
        Wdm.REG_SZ => nameof(Wdm.REG_SZ),
        Wdm.REG_EXPAND_SZ => nameof(Wdm.REG_EXPAND_SZ),
        Wdm.REG_BINARY => nameof(Wdm.REG_BINARY),
        Wdm.REG_DWORD => nameof(Wdm.REG_DWORD),
        Wdm.REG_DWORD_BIG_ENDIAN => nameof(Wdm.REG_DWORD_BIG_ENDIAN),
        Wdm.REG_LINK => nameof(Wdm.REG_LINK),
        Wdm.REG_MULTI_SZ => nameof(Wdm.REG_MULTI_SZ),
        Wdm.REG_RESOURCE_LIST => nameof(Wdm.REG_RESOURCE_LIST),
        Wdm.REG_FULL_RESOURCE_DESCRIPTOR => nameof(Wdm.REG_FULL_RESOURCE_DESCRIPTOR),
        Wdm.REG_RESOURCE_REQUIREMENTS_LIST => nameof(Wdm.REG_RESOURCE_REQUIREMENTS_LIST),
        Wdm.REG_QWORD => nameof(Wdm.REG_QWORD),
        _ => string.Create(CultureInfo.InvariantCulture, $"REG_0x{type:X}"),
    };

    internal static string FormatData(uint type, byte[] data) => type switch
    {
        Wdm.REG_DWORD when data.Length == 4 => string.Create(CultureInfo.InvariantCulture, $"0x{RegistryData.ReadDword(data):x8} ({RegistryData.ReadDword(data)})"),
        Wdm.REG_QWORD when data.Length == 8 => string.Create(CultureInfo.InvariantCulture, $"0x{RegistryData.ReadQword(data):x16} ({RegistryData.ReadQword(data)})"),
        Wdm.REG_SZ or Wdm.REG_EXPAND_SZ => "\"" + RegistryData.ReadString(data) + "\"",
        Wdm.REG_MULTI_SZ => string.Join(", ", RegistryData.ReadMultiString(data).Select(s => "\"" + s + "\"")),
        Wdm.REG_LINK => Encoding.Unicode.GetString(data),
        _ => Hex(data),
    };

    private static string Hex(byte[] data)
    {
        const int Shown = 32;
        var text = Convert.ToHexString(data, 0, Math.Min(Shown, data.Length)).ToLowerInvariant();
        var pairs = string.Join(' ', Enumerable.Range(0, text.Length / 2).Select(i => text.Substring(i * 2, 2)));
        return data.Length > Shown ? string.Create(CultureInfo.InvariantCulture, $"{pairs} ... ({data.Length} bytes)") : pairs.Length == 0 ? "(zero-length)" : pairs;
    }
}

/// <summary>What the host sees of a key (<c>machine.Registry.GetKeyInfo</c>).</summary>
public sealed record RegistryKeyInfo(string FullName, DateTime LastWriteTime, bool IsVolatile, bool IsSymbolicLink, string? LinkTarget,
    string? Class, int SubKeyCount, int ValueCount, int OpenKeyObjects, string Hive);
