namespace NtSim;

public static partial class Wdf
{
    /// <summary>WdfRequestComplete: completes the request with <paramref name="Status"/>; the handle is invalid afterwards. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfRequestComplete(WDFREQUEST Request, NTSTATUS Status) =>
        CompleteRequest(Request, Status, null, 0, WdfDdis.WdfRequestComplete);

    /// <summary>WdfRequestCompleteWithInformation: completes with a status and IoStatus.Information. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfRequestCompleteWithInformation(WDFREQUEST Request, NTSTATUS Status, ulong Information) =>
        CompleteRequest(Request, Status, Information, 0, WdfDdis.WdfRequestCompleteWithInformation);

    /// <summary>WdfRequestCompleteWithPriorityBoost: completes with a priority boost for the waiting thread. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfRequestCompleteWithPriorityBoost(WDFREQUEST Request, NTSTATUS Status, sbyte PriorityBoost) =>
        CompleteRequest(Request, Status, null, PriorityBoost, WdfDdis.WdfRequestCompleteWithPriorityBoost);

    private static void CompleteRequest(WDFREQUEST handle, NTSTATUS status, ulong? information, sbyte boost, Ddi ddi)
    {
        var thread = DdiGate.Enter(ddi);
        var request = FxHandles.Resolve<FxRequest>(thread, handle.Target, FxObjectType.Request, ddi.Name);
        if (!request.CanComplete(thread, ddi.Name))
        {
            return;
        }

        request.Complete(thread, status, information, boost);
    }

    /// <summary>WdfRequestSetInformation: IoStatus.Information for the completion to come. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfRequestSetInformation(WDFREQUEST Request, ulong Information)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestSetInformation);
        var request = FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestSetInformation));
        if (request.Irp is { } irp)
        {
            irp.IoStatus.Information = Information;
        }
    }

    /// <summary>WdfRequestGetInformation: the request's IoStatus.Information. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static ulong WdfRequestGetInformation(WDFREQUEST Request)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestGetInformation);
        return FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestGetInformation)).Irp?.IoStatus.Information ?? 0;
    }

    /// <summary>WdfRequestGetStatus: the request's IoStatus.Status (after a target completed it, its status). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfRequestGetStatus(WDFREQUEST Request)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestGetStatus);
        var request = FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestGetStatus));
        return request.Irp?.IoStatus.Status ?? request.CompletionStatus;
    }

    /// <summary>WDF_REQUEST_PARAMETERS_INIT.</summary>
    public static void WDF_REQUEST_PARAMETERS_INIT(out WDF_REQUEST_PARAMETERS Parameters) =>
        Parameters = new WDF_REQUEST_PARAMETERS { Size = 0x38 };

    /// <summary>WdfRequestGetParameters: the request's type and parameters from its stack location. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfRequestGetParameters(WDFREQUEST Request, WDF_REQUEST_PARAMETERS Parameters)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestGetParameters);
        FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestGetParameters)).FillParameters(Parameters);
    }

    /// <summary>WdfRequestRetrieveInputBuffer: the input buffer (write, IOCTL) if at least <paramref name="MinimumRequiredSize"/> bytes. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfRequestRetrieveInputBuffer(WDFREQUEST Request, ulong MinimumRequiredSize, out PVOID Buffer, out ulong Length)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestRetrieveInputBuffer);
        return FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestRetrieveInputBuffer))
            .RetrieveInputBuffer(MinimumRequiredSize, out Buffer, out Length);
    }

    /// <summary>WdfRequestRetrieveOutputBuffer: the output buffer (read, IOCTL) if at least <paramref name="MinimumRequiredSize"/> bytes. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfRequestRetrieveOutputBuffer(WDFREQUEST Request, ulong MinimumRequiredSize, out PVOID Buffer, out ulong Length)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestRetrieveOutputBuffer);
        return FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestRetrieveOutputBuffer))
            .RetrieveOutputBuffer(MinimumRequiredSize, out Buffer, out Length);
    }

    /// <summary>WdfRequestWdmGetIrp: the IRP (only while the driver owns the request). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static IRP? WdfRequestWdmGetIrp(WDFREQUEST Request)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestWdmGetIrp);
        return FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestWdmGetIrp)).Irp;
    }

    /// <summary>WdfRequestGetFileObject: the WDFFILEOBJECT the request was sent on, or NULL. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDFFILEOBJECT WdfRequestGetFileObject(WDFREQUEST Request)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestGetFileObject);
        return new WDFFILEOBJECT(FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestGetFileObject)).FileObject);
    }

    /// <summary>WdfRequestGetIoQueue: the queue the request came from (NULL for one that came from none). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static WDFQUEUE WdfRequestGetIoQueue(WDFREQUEST Request)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestGetIoQueue);
        return new WDFQUEUE(FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestGetIoQueue)).Queue);
    }

    /// <summary>WdfRequestGetRequestorMode: UserMode or KernelMode, who sent the request. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static KPROCESSOR_MODE WdfRequestGetRequestorMode(WDFREQUEST Request)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestGetRequestorMode);
        return FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestGetRequestorMode)).Irp?.RequestorMode ?? Wdm.KernelMode;
    }
}
