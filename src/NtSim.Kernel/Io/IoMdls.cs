namespace NtSim;

/// <summary>
/// The MDLs the I/O manager builds for direct I/O (IRP_MJ_READ/WRITE on a DO_DIRECT_IO device, the
/// METHOD_IN/OUT_DIRECT buffers of an IOCTL): allocated, linked to the IRP, probed and locked in the
/// requestor's mode, and unlocked and freed when the request is done. The I/O manager calls the
/// memory manager directly: no DDI gate, no driver-facing checks, no scheduling points of a driver's
/// IoAllocateMdl or MmProbeAndLockPages.
/// </summary>
internal static class IoMdls
{
    /// <summary>An MDL over <paramref name="buffer"/>, the IRP's MdlAddress, with its pages locked.
    /// Raises STATUS_INSUFFICIENT_RESOURCES for a buffer no MDL can describe, and what
    /// MmProbeAndLockPages raises (STATUS_ACCESS_VIOLATION) for a bad one.</summary>
    internal static void Lock(KTHREAD thread, IRP irp, PVOID buffer, uint length, KPROCESSOR_MODE mode, bool write)
    {
        if (length > MDL.MaximumLength)
        {
            throw new NtStatusException(Wdm.STATUS_INSUFFICIENT_RESOURCES);
        }

        var machine = thread.Machine;
        var mdl = new MDL { FromIoAllocateMdl = true };
        machine.Memory.InitializeMdl(machine, mdl, buffer, length);
        irp.MdlAddress = mdl;
        machine.Memory.ProbeAndLock(thread, mdl, mode, write, "", 0);
    }

    /// <summary>Unlocks and frees every MDL of the IRP's chain (the I/O manager's, and any a driver
    /// linked there for the I/O manager to free, as IoFreeIrp's caller expects).</summary>
    internal static void Release(KTHREAD thread, IRP irp)
    {
        var machine = thread.Machine;
        var mdl = irp.MdlAddress;
        irp.MdlAddress = null;
        while (mdl is not null)
        {
            var next = mdl.Next;
            if (mdl.Has(Wdm.MDL_PAGES_LOCKED))
            {
                machine.Memory.Unlock(thread, mdl);
            }
            else if (mdl.Has(Wdm.MDL_PARTIAL) && MemoryManager.OwnsMapping(mdl))
            {
                // IoFreeMdl releases a partial MDL's own mapping (nf-wdm-iofreemdl).
                machine.Memory.UnmapLocked(mdl);
            }

            if (mdl.TrackHandle >= 0)
            {
                machine.Tracking.Untrack(mdl.TrackHandle);
                mdl.TrackHandle = -1;
            }

            mdl.Freed = true;
            mdl = next;
        }
    }
}
