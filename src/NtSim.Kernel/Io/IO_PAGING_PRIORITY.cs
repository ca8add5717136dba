namespace NtSim;

/// <summary>IO_PAGING_PRIORITY (wdm.h): IoGetPagingIoPriority's answer.</summary>
public enum IO_PAGING_PRIORITY
{
    /// <summary>The IRP is not a paging I/O request.</summary>
    IoPagingPriorityInvalid = 0,
    /// <summary>A paging I/O request of normal priority.</summary>
    IoPagingPriorityNormal,
    /// <summary>A high-priority paging I/O request (the memory manager needs it to make progress).</summary>
    IoPagingPriorityHigh,
    /// <summary>Reserved.</summary>
    IoPagingPriorityReserved1,
    /// <summary>Reserved.</summary>
    IoPagingPriorityReserved2,
}
