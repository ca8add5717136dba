namespace NtSim;

public static partial class Wdf
{
    /// <summary>Timeout holds a time-out: the framework cancels the request when it expires.</summary>
    public const WDF_REQUEST_SEND_OPTIONS_FLAGS WDF_REQUEST_SEND_OPTION_TIMEOUT = WDF_REQUEST_SEND_OPTIONS_FLAGS.WDF_REQUEST_SEND_OPTION_TIMEOUT;
    /// <summary>WdfRequestSend waits until the target completes the request.</summary>
    public const WDF_REQUEST_SEND_OPTIONS_FLAGS WDF_REQUEST_SEND_OPTION_SYNCHRONOUS = WDF_REQUEST_SEND_OPTIONS_FLAGS.WDF_REQUEST_SEND_OPTION_SYNCHRONOUS;
    /// <summary>Send even when the target is stopped.</summary>
    public const WDF_REQUEST_SEND_OPTIONS_FLAGS WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE = WDF_REQUEST_SEND_OPTIONS_FLAGS.WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE;
    /// <summary>Send and forget: the framework does not track the request; the driver can no longer complete or cancel it.</summary>
    public const WDF_REQUEST_SEND_OPTIONS_FLAGS WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET = WDF_REQUEST_SEND_OPTIONS_FLAGS.WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET;
    /// <summary>WdfRequestReuse keeps the request's IRP.</summary>
    public const WDF_REQUEST_REUSE_FLAGS WDF_REQUEST_REUSE_NO_FLAGS = WDF_REQUEST_REUSE_FLAGS.WDF_REQUEST_REUSE_NO_FLAGS;
    /// <summary>WdfRequestReuse gives the request the IRP in NewIrp.</summary>
    public const WDF_REQUEST_REUSE_FLAGS WDF_REQUEST_REUSE_SET_NEW_IRP = WDF_REQUEST_REUSE_FLAGS.WDF_REQUEST_REUSE_SET_NEW_IRP;

    /// <summary>WDF_NO_SEND_OPTIONS: send asynchronously, no timeout.</summary>
    public static readonly WDF_REQUEST_SEND_OPTIONS? WDF_NO_SEND_OPTIONS;

    /// <summary>WDF_REQUEST_SEND_OPTIONS_INIT: Size and <paramref name="Flags"/>.</summary>
    public static void WDF_REQUEST_SEND_OPTIONS_INIT(out WDF_REQUEST_SEND_OPTIONS Options, WDF_REQUEST_SEND_OPTIONS_FLAGS Flags) =>
        Options = new WDF_REQUEST_SEND_OPTIONS { Size = WDF_REQUEST_SEND_OPTIONS.SizeOfStruct, Flags = Flags };

    /// <summary>WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT: sets the TIMEOUT flag and the timeout (100 ns units, negative = relative).</summary>
    public static void WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(WDF_REQUEST_SEND_OPTIONS Options, long Timeout)
    {
        Options.Flags |= WDF_REQUEST_SEND_OPTIONS_FLAGS.WDF_REQUEST_SEND_OPTION_TIMEOUT;
        Options.Timeout = Timeout;
    }

    /// <summary>WDF_REQUEST_REUSE_PARAMS_INIT: Size, <paramref name="Flags"/> and the status the reused request starts with.</summary>
    public static void WDF_REQUEST_REUSE_PARAMS_INIT(out WDF_REQUEST_REUSE_PARAMS Params, WDF_REQUEST_REUSE_FLAGS Flags, NTSTATUS Status) =>
        Params = new WDF_REQUEST_REUSE_PARAMS { Size = WDF_REQUEST_REUSE_PARAMS.SizeOfStruct, Flags = Flags, Status = Status };

    /// <summary>WDF_REQUEST_REUSE_PARAMS_SET_NEW_IRP: the reused request wraps <paramref name="NewIrp"/>.</summary>
    public static void WDF_REQUEST_REUSE_PARAMS_SET_NEW_IRP(WDF_REQUEST_REUSE_PARAMS Params, IRP NewIrp)
    {
        Params.Flags |= WDF_REQUEST_REUSE_FLAGS.WDF_REQUEST_REUSE_SET_NEW_IRP;
        Params.NewIrp = NewIrp;
    }

    /// <summary>WDF_REQUEST_COMPLETION_PARAMS_INIT: Size, the rest zero.</summary>
    public static void WDF_REQUEST_COMPLETION_PARAMS_INIT(out WDF_REQUEST_COMPLETION_PARAMS Params) =>
        Params = new WDF_REQUEST_COMPLETION_PARAMS { Size = WDF_REQUEST_COMPLETION_PARAMS.SizeOfStruct };

    /// <summary>WdfRequestCreate: a request the driver sends itself (deleted or reused, never completed),
    /// with an IRP of <paramref name="IoTarget"/>'s stack size when one is given. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfRequestCreate(WDF_OBJECT_ATTRIBUTES? RequestAttributes, WDFIOTARGET IoTarget, out WDFREQUEST Request)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestCreate);
        Request = default;
        var target = IoTarget.Target is null ? null : FxHandles.Resolve<FxIoTarget>(thread, IoTarget.Target, FxObjectType.IoTarget, nameof(WdfRequestCreate));
        var globals = target?.Globals ?? MemoryCallerGlobals(thread, nameof(WdfRequestCreate));
        var status = FxRequest.CreateByDriver(thread, globals, RequestAttributes, target, out var request);
        if (Wdm.NT_SUCCESS(status))
        {
            Request = new WDFREQUEST(request);
        }

        return status;
    }

    /// <summary>WdfRequestReuse: a request the driver owns starts again (its formatting and memory references dropped). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfRequestReuse(WDFREQUEST Request, WDF_REQUEST_REUSE_PARAMS ReuseParams)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestReuse);
        var request = FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestReuse));
        if (ReuseParams is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfRequestReuse), nameof(ReuseParams));
        }

        return ReuseParams.Size != WDF_REQUEST_REUSE_PARAMS.SizeOfStruct ? Wdm.STATUS_INFO_LENGTH_MISMATCH : request.Reuse(thread, ReuseParams);
    }

    /// <summary>WdfRequestSend: sends the formatted request to <paramref name="Target"/>; FALSE if it could
    /// not (WdfRequestGetStatus says why). Sending a request already sent is WDF_VIOLATION 0x6/0x3. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static bool WdfRequestSend(WDFREQUEST Request, WDFIOTARGET Target, WDF_REQUEST_SEND_OPTIONS? Options)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestSend);
        var request = FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestSend));
        var target = FxHandles.Resolve<FxIoTarget>(thread, Target.Target, FxObjectType.IoTarget, nameof(WdfRequestSend));
        return request.Send(thread, target, Options);
    }

    /// <summary>WdfRequestSetCompletionRoutine: the routine the framework calls when a target completes the request (NULL: none). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfRequestSetCompletionRoutine(WDFREQUEST Request, EVT_WDF_REQUEST_COMPLETION_ROUTINE? CompletionRoutine, object? CompletionContext)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestSetCompletionRoutine);
        FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestSetCompletionRoutine))
            .SetCompletionRoutine(CompletionRoutine, CompletionContext);
    }

    /// <summary>WdfRequestGetCompletionParams: what the target did with the request (valid after it completed it). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfRequestGetCompletionParams(WDFREQUEST Request, WDF_REQUEST_COMPLETION_PARAMS Params)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestGetCompletionParams);
        var request = FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestGetCompletionParams));
        if (Params is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfRequestGetCompletionParams), nameof(Params));
        }

        request.GetCompletionParams(Params);
    }

    /// <summary>WdfRequestFormatRequestUsingCurrentType: the request goes down unchanged (its location copied to the next). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfRequestFormatRequestUsingCurrentType(WDFREQUEST Request)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestFormatRequestUsingCurrentType);
        FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestFormatRequestUsingCurrentType)).FormatUsingCurrentType(thread);
    }

    /// <summary>WdfRequestWdmFormatUsingStackLocation: the next location is a copy of <paramref name="Stack"/> (its completion routine ignored). IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static void WdfRequestWdmFormatUsingStackLocation(WDFREQUEST Request, IO_STACK_LOCATION Stack)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestWdmFormatUsingStackLocation);
        var request = FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestWdmFormatUsingStackLocation));
        if (Stack is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfRequestWdmFormatUsingStackLocation), nameof(Stack));
        }

        request.FormatUsingStackLocation(thread, Stack);
    }

    /// <summary>WdfRequestCancelSentRequest: asks the target to cancel the request; TRUE if the cancel was delivered. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static bool WdfRequestCancelSentRequest(WDFREQUEST Request)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestCancelSentRequest);
        return FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestCancelSentRequest)).CancelSent(thread);
    }

    /// <summary>WdfRequestAllocateTimer: the timer a send with a timeout needs, made now. IRQL &lt;= DISPATCH_LEVEL.</summary>
    public static NTSTATUS WdfRequestAllocateTimer(WDFREQUEST Request)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfRequestAllocateTimer);
        return FxHandles.Resolve<FxRequest>(thread, Request.Target, FxObjectType.Request, nameof(WdfRequestAllocateTimer)).AllocateTimer();
    }
}
