using System.Globalization;

namespace NtSim;

/// <summary>
/// Partial MDLs (IoBuildPartialMdl): an MDL describing part of another's buffer, with the source's
/// pages and no lock of its own (nf-wdm-iobuildpartialmdl). It shares the source's system mapping if
/// there is one; otherwise MmGetSystemAddressForMdlSafe maps it, and IoFreeMdl releases that mapping.
/// </summary>
internal sealed partial class MemoryManager
{
    /// <summary>IoBuildPartialMdl: makes <paramref name="target"/> describe [<paramref name="va"/>,
    /// +<paramref name="length"/>) of <paramref name="source"/>'s buffer (to its end when the length is 0).</summary>
    internal void BuildPartial(KTHREAD thread, MDL source, MDL target, PVOID va, uint length)
    {
        var start = source.VirtualAddress.Address;
        var end = start + source.ByteCount;
        var bytes = length == 0 && va.Address >= start && va.Address < end ? end - va.Address : length;
        if (va.Address < start || va.Address + bytes > end || bytes == 0)
        {
            // INVALID_MDL_RANGE: P1 the source MDL, P2 the target MDL, P3 the virtual address, P4 the length
            // (L/debugger/bug-check-0x12e--invalid-mdl-range).
            thread.Machine.RaiseBugCheck(Wdm.INVALID_MDL_RANGE, source.Address, target.Address, va.Address, length,
                string.Create(CultureInfo.InvariantCulture,
                    $"IoBuildPartialMdl was asked for {length} bytes at {va}, which is not a subrange of the buffer of {source}"));
        }

        var pages = (int)Wdm.ADDRESS_AND_SIZE_TO_SPAN_PAGES(va, bytes);
        if (target.Size < MDL.HeaderSize + (pages * sizeof(ulong)))
        {
            // TARGET_MDL_TOO_SMALL: no parameters (L/debugger/bug-check-0x40--target-mdl-too-small).
            thread.Machine.RaiseBugCheck(Wdm.TARGET_MDL_TOO_SMALL, 0, 0, 0, 0,
                string.Create(CultureInfo.InvariantCulture,
                    $"IoBuildPartialMdl was given the target {target}, too small for the {pages} page(s) of {bytes} bytes at {va}"));
        }

        var first = (int)((Wdm.PAGE_ALIGN(va).Address - source.StartVa.Address) >> MmLayout.PageShift);
        target.StartVa = Wdm.PAGE_ALIGN(va);
        target.ByteOffset = Wdm.BYTE_OFFSET(va);
        target.ByteCount = (uint)bytes;
        target.Process = source.Process;
        target.Lock = null;
        target.MappingStart = 0;
        target.Pages.Clear();
        target.PfnArray = new ulong[pages];
        if (source.Pages.Count >= first + pages)
        {
            target.Pages.AddRange(source.Pages.GetRange(first, pages));
            Array.Copy(source.PfnArray, first, target.PfnArray, 0, pages);
        }

        // The target keeps the source's mapping state: a mapped (or nonpaged pool) source's address, offset.
        target.MdlFlags = (short)(Wdm.MDL_PARTIAL | (source.MdlFlags & (Wdm.MDL_MAPPED_TO_SYSTEM_VA | Wdm.MDL_SOURCE_IS_NONPAGED_POOL | Wdm.MDL_WRITE_OPERATION)));
        target.MappedSystemVa = source.Has((short)(Wdm.MDL_MAPPED_TO_SYSTEM_VA | Wdm.MDL_SOURCE_IS_NONPAGED_POOL))
            ? source.MappedSystemVa + (va.Address - start)
            : PVOID.NULL;
    }

    /// <summary>Whether the MDL holds a system mapping of its own (not one it shares with its source).</summary>
    internal static bool OwnsMapping(MDL mdl) =>
        mdl.Has(Wdm.MDL_MAPPED_TO_SYSTEM_VA) && (!mdl.Has(Wdm.MDL_PARTIAL) || mdl.Has(Wdm.MDL_PARTIAL_HAS_BEEN_MAPPED));
}
