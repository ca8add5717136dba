namespace NtSim;

public static partial class Wdm
{
    /// <summary>MmIsAddressValid: TRUE if a read or write at <paramref name="VirtualAddress"/>
    /// would not fault (the page is committed and not a guard or no-access page).</summary>
    public static bool MmIsAddressValid(PVOID VirtualAddress)
    {
        var thread = DdiGate.Enter(DdiTable.MmIsAddressValid);
        return thread.Machine.Memory.IsAddressValid(thread, VirtualAddress.Address);
    }

    /// <summary>MmGetSystemRangeStart (MM_SYSTEM_RANGE_START): the lowest system-space address.</summary>
    public static PVOID MmGetSystemRangeStart() => new(MmLayout.SystemRangeStart);

    /// <summary>MM_HIGHEST_USER_ADDRESS on x64.</summary>
    public static PVOID MM_HIGHEST_USER_ADDRESS => new(MmLayout.HighestUserAddress);

    /// <summary>MM_LOWEST_USER_ADDRESS on x64.</summary>
    public static PVOID MM_LOWEST_USER_ADDRESS => new(MmLayout.LowestUserAddress);

    /// <summary>PAGE_ALIGN: the start of the page that holds <paramref name="Va"/>.</summary>
    public static PVOID PAGE_ALIGN(PVOID Va) => new(MmLayout.PageBase(Va.Address));

    /// <summary>BYTE_OFFSET: the offset of <paramref name="Va"/> in its page.</summary>
    public static uint BYTE_OFFSET(PVOID Va) => (uint)(Va.Address & MmLayout.PageMask);

    /// <summary>ADDRESS_AND_SIZE_TO_SPAN_PAGES: the number of pages [Va, Va + Size) touches.</summary>
    public static uint ADDRESS_AND_SIZE_TO_SPAN_PAGES(PVOID Va, ulong Size) =>
        Size == 0 ? 0 : (uint)((((Va.Address & MmLayout.PageMask) + Size - 1) >> PAGE_SHIFT) + 1);
}
