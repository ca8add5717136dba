namespace NtSim;

/// <summary>EvtWorkItem: the work item runs (PASSIVE_LEVEL, on a system worker thread).</summary>
public delegate void EVT_WDF_WORKITEM(WDFWORKITEM WorkItem);

/// <summary>WDF_WORKITEM_CONFIG (wdfworkitem.h): <see cref="Wdf.WDF_WORKITEM_CONFIG_INIT"/> sets
/// AutomaticSerialization to TRUE.</summary>
public sealed class WDF_WORKITEM_CONFIG
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>The driver's EvtWorkItem, called at PASSIVE_LEVEL on a system worker thread.</summary>
    public EVT_WDF_WORKITEM? EvtWorkItemFunc;
    /// <summary>Whether EvtWorkItem runs under the parent device's or queue's callback lock (TRUE from WDF_WORKITEM_CONFIG_INIT).</summary>
    public bool AutomaticSerialization;

    /// <summary>sizeof(WDF_WORKITEM_CONFIG) on x64.</summary>
    internal const uint SizeOfStruct = 0x18;
}
