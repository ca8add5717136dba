using System.Globalization;
using System.Reflection;

namespace NtSim.Cli.Dbgview;

/// <summary>
/// The Debug Print Filter key of a machine (HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Debug Print
/// Filter): a REG_DWORD named after a component (DEFAULT, IHVDRIVER ...) is that component's mask at boot, and
/// WIN2000 the system-wide mask ORed into every one. Source: "Reading and Filtering Debugging Messages" (WDK).
/// </summary>
internal static class DebugPrintFilterKey
{
    internal const string Path = @"\Registry\Machine\SYSTEM\CurrentControlSet\Control\Session Manager\Debug Print Filter";

    /// <summary>How the key is shown to a person: as regedit names it.</summary>
    internal const string DisplayPath = @"HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\Debug Print Filter";

    private const string SystemMask = "WIN2000";

    /// <summary>The names the key's values may have: every DPFLTR_&lt;NAME&gt;_ID component of the WDK, and WIN2000.</summary>
    internal static IReadOnlyList<string> Components { get; } =
    [
        .. typeof(Wdm).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name.StartsWith("DPFLTR_", StringComparison.Ordinal) && f.Name.EndsWith("_ID", StringComparison.Ordinal)
                && f.Name != "DPFLTR_ENDOFTABLE_ID")
            .Select(f => f.Name["DPFLTR_".Length..^"_ID".Length])
            .Order(StringComparer.Ordinal),
        SystemMask,
    ];

    /// <summary>The component as the key spells it (upper case), or null when there is no such component.</summary>
    internal static string? Component(string name) =>
        Components.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Sets the component's mask.</summary>
    internal static void Set(MachineRegistry registry, string component, uint mask) =>
        registry.SetValues(Path, [new KeyValuePair<string, object>(component, mask)]);

    /// <summary>The key's values, one line each ("  IHVDRIVER  REG_DWORD 0x0000000f"), or a line saying there are none.</summary>
    internal static void Print(MachineRegistry registry, TextWriter output)
    {
        var values = registry.KeyExists(Path) ? registry.GetValues(Path) : [];
        output.WriteLine($"{DisplayPath}:");
        if (values.Count == 0)
        {
            output.WriteLine("  (no values: DbgPrint and KdPrint, component DEFAULT at INFO level, are not shown; DbgPrintEx at ERROR level is)");
            return;
        }

        foreach (var value in values.OrderBy(v => v.Name, StringComparer.OrdinalIgnoreCase))
        {
            var known = Component(value.Name) is not null;
            var text = value.Type == Wdm.REG_DWORD
                ? string.Create(CultureInfo.InvariantCulture, $"REG_DWORD 0x{value.Dword:x8}")
                : $"{RegistryValue.TypeName(value.Type)} (ignored: not a REG_DWORD)";
            output.WriteLine($"  {value.Name,-12} {text}{(known ? "" : " (ignored: not a component)")}");
        }
    }
}
