namespace NtSim;

/// <summary>WDF_EXECUTION_LEVEL: the highest IRQL at which the framework calls an object's event callbacks (wdfobject.h).</summary>
public enum WDF_EXECUTION_LEVEL
{
    /// <summary>Not a valid execution level (0).</summary>
    WdfExecutionLevelInvalid = 0,
    /// <summary>The object's callbacks run at the highest IRQL its parent's allow (the default).</summary>
    WdfExecutionLevelInheritFromParent = 1,
    /// <summary>The object's callbacks run at PASSIVE_LEVEL (the framework defers to a work item when needed).</summary>
    WdfExecutionLevelPassive = 2,
    /// <summary>The object's callbacks may run at up to DISPATCH_LEVEL.</summary>
    WdfExecutionLevelDispatch = 3,
}

/// <summary>WDF_SYNCHRONIZATION_SCOPE: which callbacks the framework serializes with one lock (wdfobject.h).</summary>
public enum WDF_SYNCHRONIZATION_SCOPE
{
    /// <summary>Not a valid synchronization scope (0).</summary>
    WdfSynchronizationScopeInvalid = 0,
    /// <summary>The object takes its parent's synchronization scope (the default).</summary>
    WdfSynchronizationScopeInheritFromParent = 1,
    /// <summary>One callback lock per device: its queues' handlers, file callbacks and automatically serialized timers, DPCs and work items never overlap.</summary>
    WdfSynchronizationScopeDevice = 2,
    /// <summary>One callback lock per queue: a queue's handlers never overlap one another.</summary>
    WdfSynchronizationScopeQueue = 3,
    /// <summary>No callback lock: the callbacks may run at the same time.</summary>
    WdfSynchronizationScopeNone = 4,
}

/// <summary>WDF_TRI_STATE (wdftypes.h).</summary>
public enum WDF_TRI_STATE
{
    /// <summary>FALSE (0).</summary>
    WdfFalse = 0,
    /// <summary>TRUE (1).</summary>
    WdfTrue = 1,
    /// <summary>Leave the setting to the framework's default or to the lower driver's value (2).</summary>
    WdfUseDefault = 2,
}

/// <summary>EvtCleanupCallback: the object is being deleted; its children's cleanup has run; it is still usable.</summary>
public delegate void EVT_WDF_OBJECT_CONTEXT_CLEANUP(WDFOBJECT Object);

/// <summary>EvtDestroyCallback: the object's last reference is gone; only its contexts may be read.</summary>
public delegate void EVT_WDF_OBJECT_CONTEXT_DESTROY(WDFOBJECT Object);

/// <summary>
/// WDF_OBJECT_ATTRIBUTES: what a driver asks of an object it creates: cleanup and destroy callbacks,
/// execution level, synchronization scope, parent and context type. Initialize it with
/// <see cref="Wdf.WDF_OBJECT_ATTRIBUTES_INIT"/> or <see cref="Wdf.WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE{T}"/>;
/// pass null (WDF_NO_OBJECT_ATTRIBUTES) for none.
/// </summary>
public sealed class WDF_OBJECT_ATTRIBUTES
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>Called when the object is being deleted, before its memory goes; release what the driver allocated for it here.</summary>
    public EVT_WDF_OBJECT_CONTEXT_CLEANUP? EvtCleanupCallback;
    /// <summary>Called after the object's last reference is gone; only its context may be touched.</summary>
    public EVT_WDF_OBJECT_CONTEXT_DESTROY? EvtDestroyCallback;
    /// <summary>The highest IRQL at which the framework calls the object's callbacks (InheritFromParent by default).</summary>
    public WDF_EXECUTION_LEVEL ExecutionLevel;
    /// <summary>Which callbacks of the object the framework serializes (InheritFromParent by default).</summary>
    public WDF_SYNCHRONIZATION_SCOPE SynchronizationScope;
    /// <summary>The object's parent, deleted after it; NULL for the default parent (the device, or the driver).</summary>
    public WDFOBJECT ParentObject;
    /// <summary>A context size larger than the declared type's, for a variable-length context (0 for the type's size).</summary>
    public ulong ContextSizeOverride;
    /// <summary>The context type the framework makes with the object (WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE sets it).</summary>
    public WDF_OBJECT_CONTEXT_TYPE_INFO? ContextTypeInfo;

    /// <summary>sizeof(WDF_OBJECT_ATTRIBUTES) on x64.</summary>
    internal const uint SizeOfStruct = 0x38;
}
