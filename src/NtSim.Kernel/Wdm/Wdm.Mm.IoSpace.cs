namespace NtSim;

public static partial class Wdm
{
    /// <summary>
    /// MmMapIoSpace: maps <paramref name="NumberOfBytes"/> of physical address space at <paramref name="PhysicalAddress"/>
    /// (a device's registers, from the translated CmResourceTypeMemory of its start resources) into system space for
    /// READ_REGISTER_*/WRITE_REGISTER_*; NULL when it cannot (no bytes, or no space left). Unmap with MmUnmapIoSpace.
    /// Every MEMORY_CACHING_TYPE is accepted (NtSim's registers have no cache). IRQL &lt;= DISPATCH_LEVEL.
    /// </summary>
    public static PVOID MmMapIoSpace(LARGE_INTEGER PhysicalAddress, ulong NumberOfBytes, MEMORY_CACHING_TYPE CacheType)
    {
        var thread = DdiGate.Enter(DdiTable.MmMapIoSpace);
        return MapIoSpace(thread, DdiTable.MmMapIoSpace, PhysicalAddress, NumberOfBytes);
    }

    /// <summary>
    /// MmMapIoSpaceEx: MmMapIoSpace with a page protection instead of a caching type: PAGE_READWRITE or PAGE_READONLY,
    /// optionally with PAGE_NOCACHE or PAGE_WRITECOMBINE (its WDK page); any other protection gives NULL. Windows 10 and
    /// later. IRQL &lt;= DISPATCH_LEVEL.
    /// </summary>
    public static PVOID MmMapIoSpaceEx(LARGE_INTEGER PhysicalAddress, ulong NumberOfBytes, uint Protect)
    {
        var thread = DdiGate.Enter(DdiTable.MmMapIoSpaceEx);
        var access = Protect & ~(PAGE_NOCACHE | PAGE_WRITECOMBINE);
        if ((access != PAGE_READWRITE && access != PAGE_READONLY) || (Protect & (PAGE_NOCACHE | PAGE_WRITECOMBINE)) == (PAGE_NOCACHE | PAGE_WRITECOMBINE))
        {
            return PVOID.NULL;
        }

        return MapIoSpace(thread, DdiTable.MmMapIoSpaceEx, PhysicalAddress, NumberOfBytes);
    }

    /// <summary>
    /// MmUnmapIoSpace: unmaps a range MmMapIoSpace(Ex) mapped; <paramref name="NumberOfBytes"/> must be the mapped size.
    /// An address that is not such a mapping, or a different size, is SYSTEM_PTE_MISUSE (0xDA). IRQL &lt;= DISPATCH_LEVEL.
    /// </summary>
    public static void MmUnmapIoSpace(PVOID BaseAddress, ulong NumberOfBytes)
    {
        var thread = DdiGate.Enter(DdiTable.MmUnmapIoSpace);
        thread.Machine.Hardware.UnmapIoSpace(BaseAddress.Address, NumberOfBytes);
    }

    private static PVOID MapIoSpace(KTHREAD thread, Ddi ddi, LARGE_INTEGER physical, ulong bytes)
    {
        if (DdiGate.Hooked(thread))
        {
            DdiGate.Arguments(thread, ddi, $"0x{physical.QuadPart:X}, {bytes}");
        }

        if (bytes == 0 || DdiGate.InjectFault(thread, ddi))
        {
            return PVOID.NULL;
        }

        return new PVOID(thread.Machine.Hardware.IoSpace.Map((ulong)physical.QuadPart, bytes));
    }
}
