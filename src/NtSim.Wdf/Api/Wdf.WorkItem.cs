namespace NtSim;

public static partial class Wdf
{
    /// <summary>WDF_WORKITEM_CONFIG_INIT: AutomaticSerialization TRUE.</summary>
    public static void WDF_WORKITEM_CONFIG_INIT(out WDF_WORKITEM_CONFIG Config, EVT_WDF_WORKITEM EvtWorkItemFunc) =>
        Config = new WDF_WORKITEM_CONFIG { Size = WDF_WORKITEM_CONFIG.SizeOfStruct, EvtWorkItemFunc = EvtWorkItemFunc, AutomaticSerialization = true };

    /// <summary>
    /// WdfWorkItemCreate: a work item whose parent (required) is a device or has one above it.
    /// NULL attributes or parent: STATUS_WDF_PARENT_NOT_SPECIFIED; no device above it:
    /// STATUS_INVALID_DEVICE_REQUEST; AutomaticSerialization with a dispatch-level parent:
    /// STATUS_WDF_INCOMPATIBLE_EXECUTION_LEVEL (nf-wdfworkitem-wdfworkitemcreate).
    /// </summary>
    public static NTSTATUS WdfWorkItemCreate(WDF_WORKITEM_CONFIG Config, WDF_OBJECT_ATTRIBUTES? Attributes, out WDFWORKITEM WorkItem)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfWorkItemCreate);
        WorkItem = default;
        var status = FxParentRequired.Check(thread, Attributes, nameof(WdfWorkItemCreate), out var parent);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        if (Config is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfWorkItemCreate), nameof(Config));
        }

        if (Config.Size != WDF_WORKITEM_CONFIG.SizeOfStruct)
        {
            parent!.Globals.Log.Error($"WDF_WORKITEM_CONFIG Size 0x{Config.Size:x}, expected 0x{WDF_WORKITEM_CONFIG.SizeOfStruct:x}");
            return Wdm.STATUS_INFO_LENGTH_MISMATCH;
        }

        if (Config.EvtWorkItemFunc is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfWorkItemCreate), "Config->EvtWorkItemFunc");
        }

        status = FxWorkItem.Create(thread, Config, Attributes!, parent!, out var workItem);
        if (Wdm.NT_SUCCESS(status))
        {
            WorkItem = new WDFWORKITEM(workItem);
        }

        return status;
    }

    /// <summary>WdfWorkItemEnqueue: queues the work item unless it is queued already. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfWorkItemEnqueue(WDFWORKITEM WorkItem)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfWorkItemEnqueue);
        FxHandles.Resolve<FxWorkItem>(thread, WorkItem.Target, FxObjectType.WorkItem, nameof(WdfWorkItemEnqueue)).Enqueue(thread);
    }

    /// <summary>WdfWorkItemFlush: returns after the queued or running callback has finished.</summary>
    public static void WdfWorkItemFlush(WDFWORKITEM WorkItem)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfWorkItemFlush);
        FxHandles.Resolve<FxWorkItem>(thread, WorkItem.Target, FxObjectType.WorkItem, nameof(WdfWorkItemFlush)).Flush(thread);
    }

    /// <summary>WdfWorkItemGetParentObject: the work item's parent. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDFOBJECT WdfWorkItemGetParentObject(WDFWORKITEM WorkItem)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfWorkItemGetParentObject);
        return new WDFOBJECT(FxHandles.Resolve<FxWorkItem>(thread, WorkItem.Target, FxObjectType.WorkItem, nameof(WdfWorkItemGetParentObject)).Parent);
    }
}
