namespace NtSim;

/// <summary>The framework's internal object type ids (fxtypes.h): what WDF_VIOLATION 0x5 reports
/// in P3 as the type a DDI expected, and what a debugger shows.</summary>
internal enum FxObjectType : ushort
{
    Object = 0x1000,
    Driver = 0x1001,
    Device = 0x1002,
    Queue = 0x1003,
    RegKey = 0x1006,
    String = 0x1007,
    Request = 0x1008,
    Lookaside = 0x1009,
    Memory = 0x100A,
    Collection = 0x100E,
    Dpc = 0x1015,
    FileObject = 0x1018,
    WaitLock = 0x1023,
    SpinLock = 0x1024,
    WorkItem = 0x1025,
    Interrupt = 0x1027,
    Timer = 0x1028,
    ChildList = 0x1029,
    CmResList = 0x1036,
    IoTarget = 0x1200,
    IoTargetRemote = 0x1201,
    UsbDevice = 0x1202,
    DmaEnabler = 0x1400,
}

/// <summary>Where an object is in its life (the FxObjectState* names of the framework's log).</summary>
internal enum FxObjectState
{
    /// <summary>Created and in use.</summary>
    Created,

    /// <summary>Being deleted: its children's and its own cleanup callbacks are running.</summary>
    Disposing,

    /// <summary>Deleted and cleaned up; waiting for its last reference (DeletedAndDisposed).</summary>
    Deleted,

    /// <summary>Destroyed: the destroy callback ran and the memory is free.</summary>
    Destroyed,
}
