namespace NtSim;

/// <summary>
/// NtAllocateVirtualMemory and NtFreeVirtualMemory on the user address space of a process (the
/// current one for NtCurrentProcess(), or the one a process handle names), for the Zw DDIs.
/// </summary>
internal static class VirtualMemoryServices
{
    /// <summary>MEM_TOP_DOWN: accepted, and ignored (NtSim hands out the lowest free range).</summary>
    private const uint MemTopDown = 0x100000;

    /// <summary>NtAllocateVirtualMemory: reserves (at 64 KB granularity) and/or commits pages; returns the
    /// rounded base and size. MEM_COMMIT alone at a NULL base reserves too, as VirtualAlloc documents.</summary>
    internal static NTSTATUS Allocate(KTHREAD thread, HANDLE processHandle, ref PVOID baseAddress, ulong zeroBits, ref ulong regionSize,
        uint allocationType, uint protect)
    {
        var reserve = (allocationType & Wdm.MEM_RESERVE) != 0;
        var commit = (allocationType & Wdm.MEM_COMMIT) != 0;
        if ((!reserve && !commit) || (allocationType & ~(Wdm.MEM_COMMIT | Wdm.MEM_RESERVE | MemTopDown)) != 0)
        {
            return Wdm.STATUS_INVALID_PARAMETER_5;
        }

        if (zeroBits > 53)
        {
            return Wdm.STATUS_INVALID_PARAMETER_3;
        }

        if (regionSize == 0 || regionSize > MmLayout.UserSpaceEnd)
        {
            return Wdm.STATUS_INVALID_PARAMETER_4;
        }

        if (!AddressSpace.TryGetAttributes(protect, out _))
        {
            return Wdm.STATUS_INVALID_PAGE_PROTECTION;
        }

        var requested = baseAddress.Address;
        if (requested != 0 && (requested < MmLayout.LowestUserAddress || requested + regionSize - 1 > MmLayout.HighestUserAddress))
        {
            return Wdm.STATUS_INVALID_PARAMETER_2;
        }

        var status = ReferenceSpace(thread, processHandle, out var header, out var space);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            ulong start;
            if (reserve || requested == 0)
            {
                start = space!.Reserve(requested, regionSize);
                if (start == 0)
                {
                    return requested == 0 ? Wdm.STATUS_NO_MEMORY : Wdm.STATUS_CONFLICTING_ADDRESSES;
                }
            }
            else
            {
                start = MmLayout.PageBase(requested);
            }

            var size = PageBytes((requested == 0 ? start : requested) - start + regionSize);
            if (commit && !space!.Commit(start, size, protect))
            {
                // Committing pages no reservation covers: ERROR_INVALID_ADDRESS to VirtualAlloc.
                return Wdm.STATUS_CONFLICTING_ADDRESSES;
            }

            baseAddress = new PVOID(start);
            regionSize = size;
            return Wdm.STATUS_SUCCESS;
        }
        finally
        {
            thread.Machine.ObjectManager.Dereference(header!);
        }
    }

    /// <summary>NtFreeVirtualMemory: MEM_RELEASE frees a whole reservation (BaseAddress its base, RegionSize 0
    /// or its size); MEM_DECOMMIT decommits the pages of a range inside a reservation (RegionSize 0: to its end).</summary>
    internal static NTSTATUS Free(KTHREAD thread, HANDLE processHandle, ref PVOID baseAddress, ref ulong regionSize, uint freeType)
    {
        if (freeType is not (Wdm.MEM_RELEASE or Wdm.MEM_DECOMMIT))
        {
            return Wdm.STATUS_INVALID_PARAMETER_4;
        }

        var status = ReferenceSpace(thread, processHandle, out var header, out var space);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        try
        {
            var address = baseAddress.Address;
            if (!space!.TryFindReservation(address, out var reservation, out var reserved))
            {
                return Wdm.STATUS_MEMORY_NOT_ALLOCATED;
            }

            ulong start, size;
            if (freeType == Wdm.MEM_RELEASE)
            {
                if (address != reservation)
                {
                    return regionSize == 0 ? Wdm.STATUS_FREE_VM_NOT_AT_BASE : Wdm.STATUS_UNABLE_TO_FREE_VM;
                }

                if (regionSize != 0 && PageBytes(regionSize) != reserved)
                {
                    // Part of a reservation cannot be released.
                    return Wdm.STATUS_UNABLE_TO_FREE_VM;
                }

                space.Release(reservation);
                (start, size) = (reservation, reserved);
            }
            else
            {
                start = MmLayout.PageBase(address);
                size = regionSize == 0 ? reservation + reserved - start : PageBytes(address - start + regionSize);
                if (!space.Decommit(start, size))
                {
                    return Wdm.STATUS_MEMORY_NOT_ALLOCATED;
                }
            }

            baseAddress = new PVOID(start);
            regionSize = size;
            return Wdm.STATUS_SUCCESS;
        }
        finally
        {
            thread.Machine.ObjectManager.Dereference(header!);
        }
    }

    private static NTSTATUS ReferenceSpace(KTHREAD thread, HANDLE processHandle, out ObjectHeader? header, out AddressSpace? space)
    {
        space = null;
        var status = thread.Machine.ObjectManager.ReferenceByHandle(processHandle, 0, ObjectTypes.Process, thread.PreviousMode, out header, out _);
        if (Wdm.NT_SUCCESS(status))
        {
            space = ((EPROCESS)header!.Body).AddressSpace;
        }

        return status;
    }

    private static ulong PageBytes(ulong bytes) => (bytes + MmLayout.PageMask) & ~MmLayout.PageMask;
}
