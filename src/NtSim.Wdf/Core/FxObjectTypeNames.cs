namespace NtSim;

/// <summary>The handle type names of the framework's object types, as a debugger prints them.</summary>
internal static class FxObjectTypeNames
{
    internal static string Of(FxObjectType type) => type switch
    {
        FxObjectType.Object => "WDFOBJECT",
        FxObjectType.Driver => "WDFDRIVER",
        FxObjectType.Device => "WDFDEVICE",
        FxObjectType.Queue => "WDFQUEUE",
        FxObjectType.RegKey => "WDFKEY",
        FxObjectType.String => "WDFSTRING",
        FxObjectType.Request => "WDFREQUEST",
        FxObjectType.Lookaside => "WDFLOOKASIDE",
        FxObjectType.Memory => "WDFMEMORY",
        FxObjectType.Collection => "WDFCOLLECTION",
        FxObjectType.Dpc => "WDFDPC",
        FxObjectType.FileObject => "WDFFILEOBJECT",
        FxObjectType.WaitLock => "WDFWAITLOCK",
        FxObjectType.SpinLock => "WDFSPINLOCK",
        FxObjectType.WorkItem => "WDFWORKITEM",
        FxObjectType.Interrupt => "WDFINTERRUPT",
        FxObjectType.Timer => "WDFTIMER",
        FxObjectType.ChildList => "WDFCHILDLIST",
        FxObjectType.CmResList => "WDFCMRESLIST",
        FxObjectType.IoTarget or FxObjectType.IoTargetRemote => "WDFIOTARGET",
        FxObjectType.UsbDevice => "WDFUSBDEVICE",
        FxObjectType.DmaEnabler => "WDFDMAENABLER",
        _ => $"FX_TYPE 0x{(ushort)type:X}",
    };
}
