namespace NtSim;

/// <summary>IO_PRIORITY_HINT (wdm.h): the priority of an I/O request, from IoGetIoPriorityHint.</summary>
public enum IO_PRIORITY_HINT
{
    /// <summary>Very low priority: background I/O such as defragmentation.</summary>
    IoPriorityVeryLow = 0,
    /// <summary>Low priority: prefetching and other speculative I/O.</summary>
    IoPriorityLow,
    /// <summary>Normal priority: what a new IRP has.</summary>
    IoPriorityNormal,
    /// <summary>High priority.</summary>
    IoPriorityHigh,
    /// <summary>Critical priority, reserved for the memory manager.</summary>
    IoPriorityCritical,
    /// <summary>The number of priority hints; not a priority.</summary>
    MaxIoPriorityTypes,
}
