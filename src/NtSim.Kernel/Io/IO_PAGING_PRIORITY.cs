namespace NtSim;

/// <summary>IO_PAGING_PRIORITY (wdm.h): IoGetPagingIoPriority's answer.</summary>
public enum IO_PAGING_PRIORITY
{
    IoPagingPriorityInvalid = 0,
    IoPagingPriorityNormal,
    IoPagingPriorityHigh,
    IoPagingPriorityReserved1,
    IoPagingPriorityReserved2,
}
