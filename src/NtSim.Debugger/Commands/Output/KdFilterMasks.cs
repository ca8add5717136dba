using System.Collections.Frozen;
using System.Reflection;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Output;

/// <summary>
/// The debug print filter's masks as variables in nt's image, as on Windows: <c>nt!Kd_&lt;COMPONENT&gt;_Mask</c> for every
/// DPFLTR_&lt;COMPONENT&gt;_ID and <c>nt!Kd_WIN2000_Mask</c>. Reading one reads the machine's live filter; writing one
/// (<c>ed nt!Kd_DEFAULT_Mask 0xF</c>) changes it, so the next DbgPrint obeys it. Source: "Reading and Filtering
/// Debugging Messages" (WDK debugger docs).
/// </summary>
internal static class KdFilterMasks
{
    // NtSim's own layout (Windows gives no fixed one): a page near the end of nt's 1 MiB image, past the slots
    // its routines take; component id n at +4n, then Kd_WIN2000_Mask after the last component.
    private const ulong ImageOffset = 0xFE000;
    private const uint SystemMaskIndex = Wdm.DPFLTR_ENDOFTABLE_ID;

    private static readonly FrozenDictionary<string, uint> s_components = typeof(Wdm)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(uint) && f.Name.StartsWith("DPFLTR_", StringComparison.Ordinal)
            && f.Name.EndsWith("_ID", StringComparison.Ordinal) && f.Name != "DPFLTR_ENDOFTABLE_ID")
        .ToFrozenDictionary(f => f.Name["DPFLTR_".Length..^"_ID".Length], f => (uint)f.GetRawConstantValue()!, StringComparer.OrdinalIgnoreCase);

    /// <summary>Where the masks start: nt's image base plus the data page's offset.</summary>
    internal static ulong Base(Machine machine) => machine.Modules.Kernel.ImageBase + ImageOffset;

    /// <summary>The address of <c>Kd_&lt;component&gt;_Mask</c> (WIN2000 for the system-wide mask), if there is such a component.</summary>
    internal static bool TryAddress(Machine machine, string component, out ulong address)
    {
        if (component.Equals("WIN2000", StringComparison.OrdinalIgnoreCase))
        {
            address = Base(machine) + (SystemMaskIndex * 4);
            return true;
        }

        if (s_components.TryGetValue(component, out var id))
        {
            address = Base(machine) + (id * 4UL);
            return true;
        }

        address = 0;
        return false;
    }

    /// <summary>The address lies in one of the masks.</summary>
    internal static bool Contains(Machine machine, ulong address) =>
        address >= Base(machine) && address < Base(machine) + ((SystemMaskIndex + 1) * 4);

    internal static byte ReadByte(Machine machine, ulong address)
    {
        var (index, shift) = Locate(machine, address);
        return (byte)(Mask(machine, index) >> shift);
    }

    internal static void WriteByte(Machine machine, ulong address, byte value)
    {
        var (index, shift) = Locate(machine, address);
        var mask = (Mask(machine, index) & ~(0xFFu << shift)) | ((uint)value << shift);
        if (index == SystemMaskIndex)
        {
            machine.DebugOutput.SetSystemMask(mask);
        }
        else
        {
            machine.DebugOutput.SetComponentMask(index, mask);
        }
    }

    private static uint Mask(Machine machine, uint index) =>
        index == SystemMaskIndex ? machine.DebugOutput.SystemMask : machine.DebugOutput.ComponentMask(index);

    private static (uint Index, int Shift) Locate(Machine machine, ulong address)
    {
        var offset = address - Base(machine);
        return ((uint)(offset / 4), (int)(offset % 4) * 8);
    }
}
