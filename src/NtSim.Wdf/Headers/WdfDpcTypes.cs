namespace NtSim;

/// <summary>EvtDpcFunc: the DPC runs (DISPATCH_LEVEL).</summary>
public delegate void EVT_WDF_DPC(WDFDPC Dpc);

/// <summary>WDF_DPC_CONFIG (wdfdpc.h): <see cref="Wdf.WDF_DPC_CONFIG_INIT"/> sets
/// AutomaticSerialization to TRUE.</summary>
public sealed class WDF_DPC_CONFIG
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>The driver's EvtDpcFunc, called at DISPATCH_LEVEL when the DPC runs.</summary>
    public EVT_WDF_DPC? EvtDpcFunc;
    /// <summary>Whether EvtDpcFunc runs under the parent device's or queue's callback lock (TRUE from WDF_DPC_CONFIG_INIT).</summary>
    public bool AutomaticSerialization;

    /// <summary>sizeof(WDF_DPC_CONFIG) on x64.</summary>
    internal const uint SizeOfStruct = 0x18;
}
