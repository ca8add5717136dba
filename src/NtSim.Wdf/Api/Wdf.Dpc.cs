namespace NtSim;

public static partial class Wdf
{
    /// <summary>WDF_DPC_CONFIG_INIT: AutomaticSerialization TRUE.</summary>
    public static void WDF_DPC_CONFIG_INIT(out WDF_DPC_CONFIG Config, EVT_WDF_DPC EvtDpcFunc) =>
        Config = new WDF_DPC_CONFIG { Size = WDF_DPC_CONFIG.SizeOfStruct, EvtDpcFunc = EvtDpcFunc, AutomaticSerialization = true };

    /// <summary>
    /// WdfDpcCreate: a DPC whose parent (required) is a device or has one above it. NULL attributes
    /// or parent: STATUS_WDF_PARENT_NOT_SPECIFIED; AutomaticSerialization with a passive-level
    /// parent: STATUS_WDF_INCOMPATIBLE_EXECUTION_LEVEL (nf-wdfdpc-wdfdpccreate).
    /// </summary>
    public static NTSTATUS WdfDpcCreate(WDF_DPC_CONFIG Config, WDF_OBJECT_ATTRIBUTES? Attributes, out WDFDPC Dpc)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDpcCreate);
        Dpc = default;
        var status = FxParentRequired.Check(thread, Attributes, nameof(WdfDpcCreate), out var parent);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        if (Config is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfDpcCreate), nameof(Config));
        }

        if (Config.Size != WDF_DPC_CONFIG.SizeOfStruct)
        {
            parent!.Globals.Log.Error($"WDF_DPC_CONFIG Size 0x{Config.Size:x}, expected 0x{WDF_DPC_CONFIG.SizeOfStruct:x}");
            return Wdm.STATUS_INFO_LENGTH_MISMATCH;
        }

        status = FxDpc.Create(thread, Config, Attributes!, parent!, out var dpc);
        if (Wdm.NT_SUCCESS(status))
        {
            Dpc = new WDFDPC(dpc);
        }

        return status;
    }

    /// <summary>WdfDpcEnqueue: TRUE if queued, FALSE if it was already queued. Any IRQL.</summary>
    public static bool WdfDpcEnqueue(WDFDPC Dpc)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDpcEnqueue);
        return FxHandles.Resolve<FxDpc>(thread, Dpc.Target, FxObjectType.Dpc, nameof(WdfDpcEnqueue)).Enqueue();
    }

    /// <summary>WdfDpcCancel: TRUE if the DPC was taken out of the queue before it ran; with
    /// <paramref name="Wait"/> TRUE (PASSIVE_LEVEL) it returns after a running instance finished.</summary>
    public static bool WdfDpcCancel(WDFDPC Dpc, bool Wait)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDpcCancel);
        return FxHandles.Resolve<FxDpc>(thread, Dpc.Target, FxObjectType.Dpc, nameof(WdfDpcCancel)).Cancel(thread, Wait);
    }

    /// <summary>WdfDpcGetParentObject: the DPC's parent. Any IRQL.</summary>
    public static WDFOBJECT WdfDpcGetParentObject(WDFDPC Dpc)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDpcGetParentObject);
        return new WDFOBJECT(FxHandles.Resolve<FxDpc>(thread, Dpc.Target, FxObjectType.Dpc, nameof(WdfDpcGetParentObject)).Parent);
    }

    /// <summary>WdfDpcWdmGetDpc: the KDPC under the framework DPC. Any IRQL.</summary>
    public static KDPC WdfDpcWdmGetDpc(WDFDPC Dpc)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDpcWdmGetDpc);
        return FxHandles.Resolve<FxDpc>(thread, Dpc.Target, FxObjectType.Dpc, nameof(WdfDpcWdmGetDpc)).Dpc;
    }
}
