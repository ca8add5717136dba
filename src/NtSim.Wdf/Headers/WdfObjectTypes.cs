namespace NtSim;

/// <summary>WDF_EXECUTION_LEVEL: the highest IRQL at which the framework calls an object's event callbacks (wdfobject.h).</summary>
public enum WDF_EXECUTION_LEVEL
{
    WdfExecutionLevelInvalid = 0,
    WdfExecutionLevelInheritFromParent = 1,
    WdfExecutionLevelPassive = 2,
    WdfExecutionLevelDispatch = 3,
}

/// <summary>WDF_SYNCHRONIZATION_SCOPE: which callbacks the framework serializes with one lock (wdfobject.h).</summary>
public enum WDF_SYNCHRONIZATION_SCOPE
{
    WdfSynchronizationScopeInvalid = 0,
    WdfSynchronizationScopeInheritFromParent = 1,
    WdfSynchronizationScopeDevice = 2,
    WdfSynchronizationScopeQueue = 3,
    WdfSynchronizationScopeNone = 4,
}

/// <summary>WDF_TRI_STATE (wdftypes.h).</summary>
public enum WDF_TRI_STATE
{
    WdfFalse = 0,
    WdfTrue = 1,
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
    public uint Size;
    public EVT_WDF_OBJECT_CONTEXT_CLEANUP? EvtCleanupCallback;
    public EVT_WDF_OBJECT_CONTEXT_DESTROY? EvtDestroyCallback;
    public WDF_EXECUTION_LEVEL ExecutionLevel;
    public WDF_SYNCHRONIZATION_SCOPE SynchronizationScope;
    public WDFOBJECT ParentObject;
    public ulong ContextSizeOverride;
    public WDF_OBJECT_CONTEXT_TYPE_INFO? ContextTypeInfo;

    /// <summary>sizeof(WDF_OBJECT_ATTRIBUTES) on x64.</summary>
    internal const uint SizeOfStruct = 0x38;
}
