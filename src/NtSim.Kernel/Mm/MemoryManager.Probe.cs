using System.Runtime.CompilerServices;

namespace NtSim;

internal sealed partial class MemoryManager
{
    /// <summary>MM_USER_PROBE_ADDRESS on x64: a buffer a probe accepts ends at or below it.</summary>
    internal const ulong UserProbeAddress = MmLayout.HighestUserAddress + 1;

    /// <summary>Whether [<paramref name="address"/>, +<paramref name="length"/>) lies below
    /// MM_USER_PROBE_ADDRESS without wrapping (length &gt; 0), as ProbeForRead checks it.</summary>
    internal static bool IsUserRange(ulong address, ulong length)
    {
        var last = address + length - 1;
        return last >= address && last < UserProbeAddress;
    }

    /// <summary>
    /// Checks that a touch of the page at <paramref name="page"/> would succeed without touching
    /// it, and returns its physical page: an invalid or no-access page (or a read-only one, for a
    /// write) raises STATUS_ACCESS_VIOLATION, a guard page STATUS_GUARD_PAGE_VIOLATION (once); at
    /// DISPATCH_LEVEL or above an invalid or pageable page faults as a touch would (0xD1).
    /// </summary>
    internal PageFrame ProbePage(KTHREAD thread, ulong page, bool write, string operation)
    {
        var irql = thread.Processor!.Irql;
        ref var pte = ref Find(thread, page);
        var present = !Unsafe.IsNullRef(ref pte) && pte.IsCommitted;
        var kind = write ? AccessKind.Write : AccessKind.Read;
        if (irql >= Wdm.DISPATCH_LEVEL && (!present || (pte.Attributes & PageAttributes.Paged) != 0))
        {
            Fault(thread, page, kind, irql, operation);
        }

        if (!present || (pte.Attributes & PageAttributes.NoAccess) != 0 || (write && (pte.Attributes & PageAttributes.ReadOnly) != 0))
        {
            throw new NtStatusException(Wdm.STATUS_ACCESS_VIOLATION);
        }

        if ((pte.Attributes & PageAttributes.Guard) != 0)
        {
            // A probe touches the page as the access would: the guard goes and the exception is raised.
            pte.Attributes &= ~PageAttributes.Guard;
            throw new NtStatusException(Wdm.STATUS_GUARD_PAGE_VIOLATION);
        }

        return pte.Segment!.Frame(page);
    }

    /// <summary>ProbeForWrite's page walk: every page of a user range (already checked with
    /// <see cref="IsUserRange"/>) must be committed and writable.</summary>
    internal void ProbeWritable(KTHREAD thread, ulong address, ulong length, string operation)
    {
        var last = MmLayout.PageBase(address + length - 1);
        for (var page = MmLayout.PageBase(address); ; page += MmLayout.PageSize)
        {
            ProbePage(thread, page, write: true, operation);
            if (page == last)
            {
                break;
            }
        }
    }

    /// <summary>ProbeForRead / ProbeForWrite's work, for the DDIs and for the I/O manager probing a
    /// caller's buffers: the range must lie in user space (STATUS_ACCESS_VIOLATION) and be aligned
    /// (STATUS_DATATYPE_MISALIGNMENT); for a write, every page must be committed and writable.</summary>
    internal void ProbeUserBuffer(KTHREAD thread, ulong address, ulong length, uint alignment, bool write, string ddi)
    {
        if (length == 0)
        {
            // "If Length = 0, ProbeForRead does no checking of the address."
            return;
        }

        if (alignment is not (1 or 2 or 4 or 8 or 16))
        {
            throw new ArgumentOutOfRangeException(nameof(alignment), alignment, $"{ddi}: Alignment must be 1, 2, 4, 8 or 16.");
        }

        if ((address & (alignment - 1)) != 0)
        {
            throw new NtStatusException(Wdm.STATUS_DATATYPE_MISALIGNMENT);
        }

        if (!IsUserRange(address, length))
        {
            throw new NtStatusException(Wdm.STATUS_ACCESS_VIOLATION);
        }

        if (write)
        {
            ProbeWritable(thread, address, length, ddi);
        }
    }
}
