namespace NtSim;

/// <summary>EvtWorkItem: the work item runs (PASSIVE_LEVEL, on a system worker thread).</summary>
public delegate void EVT_WDF_WORKITEM(WDFWORKITEM WorkItem);

/// <summary>WDF_WORKITEM_CONFIG (wdfworkitem.h): <see cref="Wdf.WDF_WORKITEM_CONFIG_INIT"/> sets
/// AutomaticSerialization to TRUE.</summary>
public sealed class WDF_WORKITEM_CONFIG
{
    public uint Size;
    public EVT_WDF_WORKITEM? EvtWorkItemFunc;
    public bool AutomaticSerialization;

    /// <summary>sizeof(WDF_WORKITEM_CONFIG) on x64.</summary>
    internal const uint SizeOfStruct = 0x18;
}
