namespace NtSim;

/// <summary>What a driver left behind at unload, by kind (<see cref="UnloadReportItem.Kind"/>).</summary>
public enum UnloadLeakKind
{
    /// <summary>A device object never deleted (IoCreateDevice without IoDeleteDevice).</summary>
    DeviceObject,

    /// <summary>A symbolic link never deleted (IoCreateSymbolicLink without IoDeleteSymbolicLink).</summary>
    SymbolicLink,

    /// <summary>A pool block never freed.</summary>
    PoolAllocation,

    /// <summary>A timer still set (KeSetTimer(Ex) without KeCancelTimer).</summary>
    Timer,

    /// <summary>A DPC still queued (KeInsertQueueDpc without KeRemoveQueueDpc or KeFlushQueuedDpcs).</summary>
    Dpc,

    /// <summary>A work item still allocated (IoAllocateWorkItem without IoFreeWorkItem) or queued.</summary>
    WorkItem,

    /// <summary>A system thread of the driver still running.</summary>
    Thread,

    /// <summary>An IRP sent to one of the driver's devices and not completed.</summary>
    PendingIrp,

    /// <summary>A lookaside list never deleted.</summary>
    LookasideList,

    /// <summary>An MDL never freed, or pages left locked.</summary>
    Mdl,

    /// <summary>Anything else the tracker follows.</summary>
    Other,

    /// <summary>An IRP the driver allocated (IoAllocateIrp, IoBuild*Request) and never freed,
    /// whether it was never sent or is still in flight in another driver.</summary>
    AllocatedIrp,
}
