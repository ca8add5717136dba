using System.Collections.Frozen;
using System.Reflection;

namespace NtSim;

/// <summary>
/// The debug print filter a machine starts with. At boot Windows reads the Debug Print Filter key:
/// a REG_DWORD value named after a component (DEFAULT, IHVDRIVER ...) sets that component's mask,
/// and WIN2000 sets the system-wide mask. Source: "Reading and Filtering Debugging Messages" (WDK).
/// </summary>
internal static class DebugPrintFilter
{
    internal const string KeyPath = @"\Registry\Machine\SYSTEM\CurrentControlSet\Control\Session Manager\Debug Print Filter";

    private const string SystemMaskName = "WIN2000";

    // DPFLTR_IHVDRIVER_ID is named IHVDRIVER in the key.
    private static readonly FrozenDictionary<string, uint> s_components = typeof(Wdm)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(uint) && f.Name.StartsWith("DPFLTR_", StringComparison.Ordinal) && f.Name.EndsWith("_ID", StringComparison.Ordinal))
        .ToFrozenDictionary(f => f.Name["DPFLTR_".Length..^"_ID".Length], f => (uint)f.GetRawConstantValue()!, StringComparer.OrdinalIgnoreCase);

    /// <summary>At boot, before any driver loads: the key's masks, then MachineOptions.DebugPrintMask
    /// for DEFAULT (as `ed nt!Kd_DEFAULT_Mask` would after boot).</summary>
    internal static void Apply(Machine machine)
    {
        ApplyRegistry(machine.Registry, machine.DebugOutput);
        if (machine.Options.DebugPrintMask is { } mask)
        {
            machine.DebugOutput.SetComponentMask(Wdm.DPFLTR_DEFAULT_ID, mask);
        }
    }

    /// <summary>Sets the masks the key names; values of another type or unknown names are ignored, as Windows ignores them.</summary>
    internal static void ApplyRegistry(MachineRegistry registry, DebugOutput output)
    {
        if (!registry.KeyExists(KeyPath))
        {
            return;
        }

        foreach (var value in registry.GetValues(KeyPath))
        {
            if (value.Type != Wdm.REG_DWORD)
            {
                continue;
            }

            if (value.Name.Equals(SystemMaskName, StringComparison.OrdinalIgnoreCase))
            {
                output.SetSystemMask(value.Dword);
            }
            else if (s_components.TryGetValue(value.Name, out var componentId))
            {
                output.SetComponentMask(componentId, value.Dword);
            }
        }
    }
}
