namespace NtSim;

/// <summary>EvtDpcFunc: the DPC runs (DISPATCH_LEVEL).</summary>
public delegate void EVT_WDF_DPC(WDFDPC Dpc);

/// <summary>WDF_DPC_CONFIG (wdfdpc.h): <see cref="Wdf.WDF_DPC_CONFIG_INIT"/> sets
/// AutomaticSerialization to TRUE.</summary>
public sealed class WDF_DPC_CONFIG
{
    public uint Size;
    public EVT_WDF_DPC? EvtDpcFunc;
    public bool AutomaticSerialization;

    /// <summary>sizeof(WDF_DPC_CONFIG) on x64.</summary>
    internal const uint SizeOfStruct = 0x18;
}
