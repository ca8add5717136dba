namespace NtSim;

/// <summary>
/// A request on its way to an I/O target (FxRequestBase): formatting the next stack location, the
/// completion routine, and what happens when the target completes the IRP: the framework takes the
/// IRP back (STATUS_MORE_PROCESSING_REQUIRED), fills the completion parameters and calls the
/// driver's EvtRequestCompletionRoutine; the driver then completes (a received request) or reuses
/// or deletes (a request it created) it.
/// </summary>
internal sealed partial class FxRequest
{
    private static readonly IO_COMPLETION_ROUTINE s_targetCompletion = OnTargetCompletion;
    private static readonly KDEFERRED_ROUTINE s_timerExpired = OnTimerExpired;

    private EVT_WDF_REQUEST_COMPLETION_ROUTINE? _completionRoutine;
    private object? _completionContext;
    private WDF_REQUEST_COMPLETION_PARAMS? _completionParams;
    private FxIoTargetFormat? _format;
    private FxIoTarget? _target;
    private bool _inTarget;
    private bool _nextFormatted;
    private bool _cancelledByTimer;
    private bool _ownsIrp;
    private KEVENT? _syncEvent;
    private bool _syncWaiting;
    private KTIMER? _timer;
    private KDPC? _timerDpc;
    private int _life;

    /// <summary>Sent to a target (or queued in a stopped one) and not yet completed by it.</summary>
    internal bool InTarget => Volatile.Read(ref _inTarget);

    /// <summary>The target the request was last sent to.</summary>
    internal FxIoTarget? LastTarget => _target;

    /// <summary>Counts the IRPs this request object has wrapped (memory over a past one is stale).</summary>
    internal int Life => _life;

    internal bool NextFormatted => _nextFormatted;

    internal bool HasFormattedMemory => _format?.HasMemory ?? false;

    internal bool HasCompletionRoutine => _completionRoutine is not null;

    internal WDF_REQUEST_COMPLETION_PARAMS CompletionParams => _completionParams ??= new WDF_REQUEST_COMPLETION_PARAMS
    {
        Size = WDF_REQUEST_COMPLETION_PARAMS.SizeOfStruct,
        Type = WDF_REQUEST_TYPE.WdfRequestTypeNoFormat,
    };

    internal FxIoTargetFormat Format => _format ??= new FxIoTargetFormat();

    partial void ResetLifeState()
    {
        // A request the framework completed gives up what a format-for call left on it.
        if (_format is { } format)
        {
            var thread = KTHREAD.Current!;
            format.Abandon(thread, Globals);
            format.Release(thread);
        }

        _life++;
        _completionRoutine = null;
        _completionContext = null;
        _nextFormatted = false;
        _cancelledByTimer = false;
        _target = null;
    }

    /// <summary>WdfRequestCreate: a request the driver owns, with an IRP of the target's stack size
    /// when a target is given (else the IRP comes when the request is formatted for one).</summary>
    internal static NTSTATUS CreateByDriver(KTHREAD thread, FxDriverGlobals globals, WDF_OBJECT_ATTRIBUTES? attributes, FxIoTarget? target, out FxRequest? request)
    {
        request = null;
        var created = new FxRequest(globals, null, driverCreated: true);
        var status = created.Commit(thread, attributes);
        if (!Wdm.NT_SUCCESS(status))
        {
            return status;
        }

        created.Move(FxRequestState.Received);
        created.Move(FxRequestState.DriverOwned);
        created.CompletionStatus = Wdm.STATUS_SUCCESS;
        if (target is not null)
        {
            created.AllocateOwnIrp(Math.Max((sbyte)1, target.StackSize));
        }

        request = created;
        return Wdm.STATUS_SUCCESS;
    }

    private void AllocateOwnIrp(sbyte stackSize)
    {
        FreeOwnIrp();
        Irp = Wdm.IoAllocateIrp(stackSize, false);
        _ownsIrp = true;
    }

    private void FreeOwnIrp()
    {
        if (_ownsIrp && Irp is { } irp && !Globals.Machine.IsHalted)
        {
            Wdm.IoFreeIrp(irp);
        }

        _ownsIrp = false;
        Irp = null;
    }

    /// <summary>The IRP to format, with enough locations below for <paramref name="target"/> (null with
    /// the failure in <paramref name="status"/>); a request the driver made gets a larger IRP if it
    /// needs one (FxRequestBase::ValidateTarget). The previous formatting is let go.</summary>
    internal IRP? PrepareIrpFor(KTHREAD thread, FxIoTarget target, out NTSTATUS status)
    {
        status = Wdm.STATUS_SUCCESS;
        var irp = Irp;
        if (IsDriverCreated && (irp is null || irp.StackCount < target.StackSize))
        {
            if (irp is not null && !_ownsIrp)
            {
                status = FxIoTarget.StatusRequestNotAccepted;
                return null;
            }

            ReleaseFormat(thread);
            AllocateOwnIrp(Math.Max((sbyte)1, target.StackSize));
            irp = Irp!;
        }

        if (irp is null)
        {
            status = Wdm.STATUS_INVALID_DEVICE_REQUEST;
            return null;
        }

        ReleaseFormat(thread);
        return irp;
    }

    /// <summary>The request's IRP, or WDF_VIOLATION 0x6/0x2 (NULL_IRP) when it has none.</summary>
    private IRP RequireIrp(KTHREAD thread)
    {
        if (Irp is null)
        {
            Globals.BugCheck(thread, Wdf.WDF_REQUEST_FATAL_ERROR, Wdf.WDF_REQUEST_FATAL_ERROR_NULL_IRP, Handle,
                $"WDFREQUEST 0x{Handle:x} has no IRP to format");
        }

        return Irp;
    }

    /// <summary>The next location must exist: CurrentLocation is at least 2 (fxrequestapi.cpp), else 0x6/0x1 with the IRP.</summary>
    private void RequireNextLocation(KTHREAD thread, IRP irp)
    {
        if (irp.CurrentLocation < 2)
        {
            Globals.BugCheck(thread, Wdf.WDF_REQUEST_FATAL_ERROR, Wdf.WDF_REQUEST_FATAL_ERROR_NO_MORE_STACK_LOCATIONS, irp.Address,
                $"WDFREQUEST 0x{Handle:x}: IRP 0x{irp.Address:x} has no stack location below this driver's ({irp.CurrentLocation}/{irp.StackCount})");
        }
    }

    /// <summary>WdfRequestFormatRequestUsingCurrentType: the next location is a copy of this one.</summary>
    internal void FormatUsingCurrentType(KTHREAD thread)
    {
        var irp = RequireIrp(thread);
        RequireNextLocation(thread, irp);
        if (Stack is null)
        {
            FxVerifierBreak.Report(thread, Globals, $"WDFREQUEST 0x{Handle:x} was created by the driver: it has no current stack location to copy");
            return;
        }

        ReleaseFormat(thread);
        Wdm.IoCopyCurrentIrpStackLocationToNext(irp);
        _nextFormatted = true;
    }

    /// <summary>WdfRequestWdmFormatUsingStackLocation: the next location is a copy of <paramref name="stack"/>
    /// (its completion routine ignored).</summary>
    internal void FormatUsingStackLocation(KTHREAD thread, IO_STACK_LOCATION stack)
    {
        var irp = RequireIrp(thread);
        RequireNextLocation(thread, irp);
        ReleaseFormat(thread);
        stack.CopyTo(Wdm.IoGetNextIrpStackLocation(irp));
        _nextFormatted = true;
    }

    /// <summary>A format-for DDI filled the next location.</summary>
    internal void MarkFormatted() => _nextFormatted = true;

    /// <summary>WdfRequestSetCompletionRoutine (NULL unregisters).</summary>
    internal void SetCompletionRoutine(EVT_WDF_REQUEST_COMPLETION_ROUTINE? routine, object? context)
    {
        _completionRoutine = routine;
        _completionContext = context;
    }

    /// <summary>WdfRequestGetCompletionParams.</summary>
    internal void GetCompletionParams(WDF_REQUEST_COMPLETION_PARAMS parameters) => parameters.CopyFrom(CompletionParams);

    /// <summary>Where WdfRequestGetStatus reads after a failed send.</summary>
    internal void SetStatus(NTSTATUS status)
    {
        if (Irp is { } irp)
        {
            irp.IoStatus.Status = status;
        }
        else
        {
            CompletionStatus = status;
        }
    }

    /// <summary>
    /// WdfRequestSend: synchronously (the caller waits), send-and-forget (the IRP goes on without
    /// the request, which goes back to the framework), or asynchronously (the completion routine
    /// reports). FALSE when the request could not be sent; WdfRequestGetStatus has why.
    /// </summary>
    internal bool Send(KTHREAD thread, FxIoTarget target, WDF_REQUEST_SEND_OPTIONS? options)
    {
        if (options is not null && options.Size != WDF_REQUEST_SEND_OPTIONS.SizeOfStruct)
        {
            // FxValidateRequestOptions.
            FailSend(thread, Wdm.STATUS_INVALID_PARAMETER);
            FxVerifierBreak.Report(thread, Globals, $"WDF_REQUEST_SEND_OPTIONS Size 0x{options.Size:x}, expected 0x{WDF_REQUEST_SEND_OPTIONS.SizeOfStruct:x}");
            return false;
        }

        var flags = options?.Flags ?? 0;
        if ((flags & WDF_REQUEST_SEND_OPTIONS_FLAGS.WDF_REQUEST_SEND_OPTION_SYNCHRONOUS) != 0)
        {
            if (thread.Processor!.Irql > Wdm.PASSIVE_LEVEL)
            {
                // A synchronous send waits: PASSIVE_LEVEL only (FxVerifierCheckIrqlLevel).
                FailSend(thread, Wdm.STATUS_INVALID_DEVICE_REQUEST);
                FxVerifierBreak.Report(thread, Globals, $"WdfRequestSend: WDFREQUEST 0x{Handle:x} sent synchronously at IRQL {(int)thread.Processor.Irql}");
                return false;
            }

            if (!target.Submit(thread, this, options, synchronous: true))
            {
                return false;
            }

            WaitForTarget(thread, (flags & WDF_REQUEST_SEND_OPTIONS_FLAGS.WDF_REQUEST_SEND_OPTION_TIMEOUT) != 0 ? options!.Timeout : 0);
            return true;
        }

        if ((flags & WDF_REQUEST_SEND_OPTIONS_FLAGS.WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET) != 0)
        {
            return SendAndForget(thread, target);
        }

        if (!IsDriverCreated && _completionRoutine is null)
        {
            // A request from a queue sent asynchronously needs a completion routine (fxrequestapi.cpp).
            FailSend(thread, Wdm.STATUS_INVALID_DEVICE_REQUEST);
            FxVerifierBreak.Report(thread, Globals, $"WDFREQUEST 0x{Handle:x} from a queue sent asynchronously without a completion routine, {NtNames.Format(Wdm.STATUS_INVALID_DEVICE_REQUEST)}");
            return false;
        }

        return target.Submit(thread, this, options, synchronous: false);
    }

    /// <summary>WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET: the IRP goes to the target and the request
    /// is done with (neither the driver nor the framework completes it; the target does).</summary>
    private bool SendAndForget(KTHREAD thread, FxIoTarget target)
    {
        CheckNotSent(thread);
        if (IsDriverCreated)
        {
            FailSend(thread, Wdm.STATUS_INVALID_DEVICE_STATE);
            Globals.Log.Error($"WDFREQUEST 0x{Handle:x} created by the driver cannot be sent and forgotten");
            return false;
        }

        if (HasFormattedMemory)
        {
            // A request formatted with memory (a format-for DDI) cannot be forgotten.
            FailSend(thread, Wdm.STATUS_INVALID_DEVICE_REQUEST);
            FxVerifierBreak.Report(thread, Globals, $"WDFREQUEST 0x{Handle:x} with a formatted I/O context cannot be sent and forgotten, {NtNames.Format(Wdm.STATUS_INVALID_DEVICE_REQUEST)}");
            return false;
        }

        if (target.TargetDevice is not { } device)
        {
            FailSend(thread, Wdm.STATUS_INVALID_DEVICE_STATE);
            return false;
        }

        var irp = Irp!;
        if (!_nextFormatted)
        {
            // Not formatted: the current location goes down as it is. KMDF skips it; NtSim copies it,
            // so this driver's location keeps the pending mark its dispatch returned STATUS_PENDING with.
            RequireNextLocation(thread, irp);
            Wdm.IoCopyCurrentIrpStackLocationToNext(irp);
        }

        _nextFormatted = false;
        Release(thread);
        Wdm.IoCallDriver(device, irp);
        return true;
    }

    /// <summary>The send failed with <paramref name="status"/> (WdfRequestSend returns FALSE). A request the
    /// framework received gets its own buffers back now: the driver completes it next.</summary>
    internal void FailSend(KTHREAD thread, NTSTATUS status)
    {
        if (!IsDriverCreated && Irp is { } irp && _format is { } format)
        {
            format.Unwind(thread, Globals, irp, copyOut: false);
            _nextFormatted = false;
        }

        SetStatus(status);
    }

    /// <summary>FxIoTarget::SubmitLocked's first check: a request already with a target is WDF_VIOLATION 0x6/0x3.</summary>
    internal void CheckNotSent(KTHREAD thread)
    {
        if (InTarget)
        {
            Globals.BugCheck(thread, Wdf.WDF_REQUEST_FATAL_ERROR, Wdf.WDF_REQUEST_FATAL_ERROR_REQUEST_ALREADY_SENT, Handle,
                $"WDFREQUEST 0x{Handle:x} already sent to WDFIOTARGET 0x{_target?.Handle ?? 0:x}");
        }
    }

    /// <summary>The request goes to <paramref name="target"/>: the framework's completion routine on the
    /// next location, the request owned by the target until it completes it.</summary>
    internal void EnterTarget(FxIoTarget target, bool synchronous)
    {
        var irp = Irp!;
        _target = target;
        _cancelledByTimer = false;
        _syncWaiting = synchronous;
        if (synchronous)
        {
            _syncEvent ??= new KEVENT();
            Wdm.KeInitializeEvent(_syncEvent, Wdm.NotificationEvent, false);
        }

        Wdm.IoSetCompletionRoutine(irp, s_targetCompletion, this, true, true, true);
        Move(FxRequestState.Sent);
        Volatile.Write(ref _inTarget, true);
    }

    /// <summary>The target refused the request before it had it: back to the driver, as it was.</summary>
    internal void LeaveTargetUnsent()
    {
        Volatile.Write(ref _inTarget, false);
        _syncWaiting = false;
        Wdm.IoGetNextIrpStackLocation(Irp!).CompletionRoutine = null;
        Move(FxRequestState.DriverOwned);
    }

    /// <summary>A stopped target, a purge or a close failed a request it never sent: it completes as
    /// if the target had completed it with <paramref name="status"/>.</summary>
    internal void CompleteUnsent(KTHREAD thread, NTSTATUS status)
    {
        var irp = Irp!;
        irp.IoStatus.Status = status;
        irp.IoStatus.Information = 0;
        Wdm.IoGetNextIrpStackLocation(irp).CompletionRoutine = null;
        CompleteSubmitted(thread);
    }

    /// <summary>A synchronous send waits here (PASSIVE_LEVEL); after <paramref name="timeout"/> (100 ns units,
    /// 0 = none) the request is cancelled and its status becomes STATUS_IO_TIMEOUT.</summary>
    internal void WaitForTarget(KTHREAD thread, long timeout)
    {
        if (timeout != 0)
        {
            var waited = Wdm.KeWaitForSingleObject(_syncEvent!, Wdm.Executive, Wdm.KernelMode, false, new LARGE_INTEGER(timeout));
            if (waited != Wdm.STATUS_TIMEOUT)
            {
                return;
            }

            CancelForTimeout(thread);
        }

        Wdm.KeWaitForSingleObject(_syncEvent!, Wdm.Executive, Wdm.KernelMode, false, null);
    }

    /// <summary>WdfRequestAllocateTimer: the timer an asynchronous send with a timeout uses, made now
    /// so that the send cannot fail for want of it.</summary>
    internal NTSTATUS AllocateTimer()
    {
        if (_timer is null)
        {
            _timer = new KTIMER();
            _timerDpc = new KDPC();
            Wdm.KeInitializeTimer(_timer);
            Wdm.KeInitializeDpc(_timerDpc, s_timerExpired, this);
        }

        return Wdm.STATUS_SUCCESS;
    }

    internal void StartTimer(long timeout)
    {
        AllocateTimer();
        Wdm.KeSetTimer(_timer!, new LARGE_INTEGER(timeout), _timerDpc);
    }

    private void StopTimer()
    {
        if (_timer is { } timer)
        {
            Wdm.KeCancelTimer(timer);
        }
    }

    private static void OnTimerExpired(KDPC dpc, object? context, object? argument1, object? argument2) =>
        ((FxRequest)context!).CancelForTimeout(KTHREAD.Current!);

    private void CancelForTimeout(KTHREAD thread)
    {
        if (!InTarget || _target is not { } target)
        {
            return;
        }

        _cancelledByTimer = true;
        if (target.RemovePending(this))
        {
            CompleteUnsent(thread, Wdm.STATUS_IO_TIMEOUT);
            return;
        }

        Wdm.IoCancelIrp(Irp!);
    }

    /// <summary>WdfRequestCancelSentRequest: asks the target to cancel; TRUE if the IRP's cancel routine ran.</summary>
    internal bool CancelSent(KTHREAD thread)
    {
        if (!InTarget || _target is not { } target)
        {
            return false;
        }

        if (target.RemovePending(this))
        {
            CompleteUnsent(thread, Wdm.STATUS_CANCELLED);
            return true;
        }

        return Wdm.IoCancelIrp(Irp!);
    }

    /// <summary>WdfRequestReuse: a request the driver owns (not with a target) starts again with the status in <paramref name="parameters"/>.</summary>
    internal NTSTATUS Reuse(KTHREAD thread, WDF_REQUEST_REUSE_PARAMS parameters)
    {
        if (InTarget)
        {
            return Wdm.STATUS_INVALID_DEVICE_STATE;
        }

        ReleaseFormat(thread);
        _completionRoutine = null;
        _completionContext = null;
        _nextFormatted = false;
        if ((parameters.Flags & WDF_REQUEST_REUSE_FLAGS.WDF_REQUEST_REUSE_SET_NEW_IRP) != 0)
        {
            if (!IsDriverCreated || parameters.NewIrp is null)
            {
                return Wdm.STATUS_INVALID_PARAMETER;
            }

            FreeOwnIrp();
            Irp = parameters.NewIrp;
        }
        else if (Irp is { } irp && IsDriverCreated)
        {
            Wdm.IoReuseIrp(irp, parameters.Status);
        }

        if (Irp is { } current)
        {
            current.IoStatus.Status = parameters.Status;
            current.IoStatus.Information = 0;
        }

        CompletionStatus = parameters.Status;
        return Wdm.STATUS_SUCCESS;
    }

    private void ReleaseFormat(KTHREAD thread)
    {
        if (_format is { } format)
        {
            if (Irp is { } irp)
            {
                format.Unwind(thread, Globals, irp, copyOut: false);
            }

            format.Release(thread);
        }

        _nextFormatted = false;
    }

    /// <summary>A request the driver made is deleted: its memory references go, and its IRP.</summary>
    protected override void OnDispose(KTHREAD thread)
    {
        if (InTarget)
        {
            FxVerifierBreak.Report(thread, Globals, $"WDFREQUEST 0x{Handle:x} deleted while WDFIOTARGET 0x{_target?.Handle ?? 0:x} still has it");
        }

        ReleaseFormat(thread);
        DisposeMemory(thread);
        FreeOwnIrp();
    }
}
