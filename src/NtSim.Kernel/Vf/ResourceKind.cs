namespace NtSim;

/// <summary>The kinds of resource the tracker follows from allocation to release.</summary>
public enum ResourceKind
{
    /// <summary>A pool block (ExAllocatePool2, ExAllocatePoolWithTag, ...).</summary>
    PoolAllocation,

    /// <summary>A live lookaside list (ExInitialize*LookasideList* until ExDelete*).</summary>
    LookasideList,

    /// <summary>A system thread (PsCreateSystemThread until it ends).</summary>
    Thread,

    /// <summary>A timer set and not yet expired or cancelled.</summary>
    Timer,

    /// <summary>A work item (IoAllocateWorkItem until IoFreeWorkItem).</summary>
    WorkItem,

    /// <summary>An MDL (IoAllocateMdl until IoFreeMdl).</summary>
    Mdl,

    /// <summary>Any other resource; the description says what it is.</summary>
    Other,
}
