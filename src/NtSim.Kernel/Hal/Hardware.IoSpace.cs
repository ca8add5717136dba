using System.Globalization;

namespace NtSim;

// MmMapIoSpace's views of register ranges, and the rules of unmapping them.
public sealed partial class Hardware
{
    /// <summary>MmUnmapIoSpace's work: the view must be one MmMapIoSpace made, unmapped with its size.</summary>
    internal void UnmapIoSpace(ulong address, ulong length)
    {
        var mapping = IoSpace.Find(address);
        if (mapping is null)
        {
            // SYSTEM_PTE_MISUSE 0x03: the mapping address being freed is wrong: P3 the address expected (none), P4 the one asked.
            _machine.RaiseBugCheck(Wdm.SYSTEM_PTE_MISUSE, 0x03, 0, 0, address,
                string.Create(CultureInfo.InvariantCulture, $"MmUnmapIoSpace: {new PVOID(address)} is not an address MmMapIoSpace returned (or it was unmapped already)"));
            return;
        }

        if (Pages(address, length) != Pages(address, mapping.Value.Length))
        {
            // SYSTEM_PTE_MISUSE 0x02: the number of mappings being freed is wrong: P3 the pages mapped, P4 the pages asked.
            _machine.RaiseBugCheck(Wdm.SYSTEM_PTE_MISUSE, 0x02, 0, Pages(address, mapping.Value.Length), Pages(address, length),
                string.Create(CultureInfo.InvariantCulture, $"MmUnmapIoSpace: {new PVOID(address)} was mapped with {mapping.Value.Length} bytes, unmapped with {length}"));
            return;
        }

        IoSpace.Unmap(address);
    }

    private static ulong Pages(ulong address, ulong length) =>
        ((address & MmLayout.PageMask) + length + MmLayout.PageMask) >> MmLayout.PageShift;
}
