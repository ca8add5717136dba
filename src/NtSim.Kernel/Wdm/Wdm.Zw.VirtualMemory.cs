namespace NtSim;

public static partial class Wdm
{
    /// <summary>
    /// ZwAllocateVirtualMemory: reserves (MEM_RESERVE, at 64 KB granularity) and/or commits (MEM_COMMIT) pages
    /// of the user address space of <paramref name="ProcessHandle"/>'s process (NtCurrentProcess(): the
    /// caller's), with a PAGE_* protection. On success <paramref name="BaseAddress"/> and
    /// <paramref name="RegionSize"/> are the rounded range. STATUS_INVALID_PARAMETER_5 for a bad allocation type,
    /// STATUS_INVALID_PARAMETER_4 for a zero size, STATUS_INVALID_PAGE_PROTECTION, STATUS_CONFLICTING_ADDRESSES
    /// for a range in use (or a commit outside any reservation), STATUS_NO_MEMORY when user space is full.
    /// The memory is the process's: it stays until freed or the process ends. PASSIVE_LEVEL only.
    /// </summary>
    public static NTSTATUS ZwAllocateVirtualMemory(HANDLE ProcessHandle, ref PVOID BaseAddress, ulong ZeroBits, ref ulong RegionSize,
        uint AllocationType, uint Protect)
    {
        var thread = DdiGate.Enter(DdiTable.ZwAllocateVirtualMemory);
        using (PreviousModeScope.Kernel(thread))
        {
            return VirtualMemoryServices.Allocate(thread, ProcessHandle, ref BaseAddress, ZeroBits, ref RegionSize, AllocationType, Protect);
        }
    }

    /// <summary>
    /// ZwFreeVirtualMemory: MEM_RELEASE releases the reservation <paramref name="BaseAddress"/> starts
    /// (<paramref name="RegionSize"/> 0 or its size: STATUS_FREE_VM_NOT_AT_BASE or STATUS_UNABLE_TO_FREE_VM
    /// otherwise); MEM_DECOMMIT decommits pages, which stay reserved. STATUS_MEMORY_NOT_ALLOCATED outside any
    /// reservation. PASSIVE_LEVEL only.
    /// </summary>
    public static NTSTATUS ZwFreeVirtualMemory(HANDLE ProcessHandle, ref PVOID BaseAddress, ref ulong RegionSize, uint FreeType)
    {
        var thread = DdiGate.Enter(DdiTable.ZwFreeVirtualMemory);
        using (PreviousModeScope.Kernel(thread))
        {
            return VirtualMemoryServices.Free(thread, ProcessHandle, ref BaseAddress, ref RegionSize, FreeType);
        }
    }
}
