using System.Diagnostics;

namespace NtSim;

/// <summary>
/// An I/O target (FxIoTarget): a device the driver sends requests to, with a state
/// (controlling-a-general-i-o-target-s-state): Started sends, Stopped holds new requests in the
/// target until Start, Purged, Closed and Deleted fail them with STATUS_INVALID_DEVICE_STATE.
/// The target counts the requests it has sent so Stop and Close can cancel or wait for them.
/// Invariants (under the lock): a request is in at most one of the sent and pending lists, and
/// is there exactly while <see cref="FxRequest.InTarget"/>.
/// </summary>
[DebuggerDisplay("{DebuggerText,nq}")]
internal abstract partial class FxIoTarget : FxObject
{
    /// <summary>STATUS_REQUEST_NOT_ACCEPTED (ntstatus.h): a request with too few stack locations for the target.</summary>
    internal const NTSTATUS StatusRequestNotAccepted = unchecked((NTSTATUS)0xC00000D0);

    private readonly Lock _lock = new();
    private readonly List<FxRequest> _sent = [];
    private readonly List<FxRequest> _pending = [];
    private readonly KEVENT _idle = new();
    private WDF_IO_TARGET_STATE _state;

    protected FxIoTarget(FxDriverGlobals globals, FxDevice device, FxObjectType type)
        : base(globals, type)
    {
        Device = device;
        Wdm.KeInitializeEvent(_idle, Wdm.NotificationEvent, true);
    }

    /// <summary>The device the target belongs to (WdfIoTargetGetDevice).</summary>
    internal FxDevice Device { get; }

    /// <summary>The device requests go to (WdfIoTargetWdmGetTargetDeviceObject).</summary>
    internal DEVICE_OBJECT? TargetDevice { get; set; }

    /// <summary>The PDO of the target's stack (WdfIoTargetWdmGetTargetPhysicalDevice).</summary>
    internal DEVICE_OBJECT? TargetPdo { get; set; }

    /// <summary>The file object requests carry (a remote target opened by name).</summary>
    internal FILE_OBJECT? TargetFileObject { get; set; }

    /// <summary>The kernel handle of a target opened by name.</summary>
    internal HANDLE TargetHandle { get; set; }

    internal override FxObject? DefaultParent => Device;

    internal WDF_IO_TARGET_STATE TargetState
    {
        get
        {
            lock (_lock)
            {
                return _state;
            }
        }
    }

    internal int SentCount
    {
        get
        {
            lock (_lock)
            {
                return _sent.Count;
            }
        }
    }

    /// <summary>What a debugger shows: read without the lock (a debugger view never blocks).</summary>
    private string DebuggerText => $"WDFIOTARGET 0x{Handle:x} {_state} sent {_sent.Count} held {_pending.Count}";

    /// <summary>The stack locations a request needs to go to the target.</summary>
    internal sbyte StackSize => TargetDevice?.StackSize ?? 0;

    protected void SetState(WDF_IO_TARGET_STATE state)
    {
        lock (_lock)
        {
            _state = state;
        }

        Globals.Log.Add("FxIoTarget::SetState", $"WDFIOTARGET 0x{Handle:x16} state {state}");
    }

    /// <summary>
    /// FxIoTarget::Submit + Send (WdfRequestSend): TRUE when the request was sent or is held by a
    /// stopped target; FALSE with the failure in the request's status otherwise.
    /// </summary>
    internal bool Submit(KTHREAD thread, FxRequest request, WDF_REQUEST_SEND_OPTIONS? options, bool synchronous)
    {
        request.CheckNotSent(thread);
        var flags = options?.Flags ?? 0;
        var status = CheckSendable(thread, request);
        if (!Wdm.NT_SUCCESS(status))
        {
            request.FailSend(thread, status);
            return false;
        }

        // The request is the target's before it can be seen in a list (a Start may send it at once).
        request.EnterTarget(this, synchronous);
        bool send;
        lock (_lock)
        {
            if ((flags & WDF_REQUEST_SEND_OPTIONS_FLAGS.WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE) != 0)
            {
                // Closed or deleted targets take nothing, whatever the flag (FxIoTarget::SubmitLocked).
                send = _state is not (WDF_IO_TARGET_STATE.WdfIoTargetClosed or WDF_IO_TARGET_STATE.WdfIoTargetClosedForQueryRemove or WDF_IO_TARGET_STATE.WdfIoTargetDeleted);
                status = send ? Wdm.STATUS_SUCCESS : Wdm.STATUS_INVALID_DEVICE_STATE;
            }
            else
            {
                send = _state == WDF_IO_TARGET_STATE.WdfIoTargetStarted;
                status = _state switch
                {
                    WDF_IO_TARGET_STATE.WdfIoTargetStarted => Wdm.STATUS_SUCCESS,
                    WDF_IO_TARGET_STATE.WdfIoTargetStopped => Wdf.STATUS_WDF_QUEUED,
                    _ => Wdm.STATUS_INVALID_DEVICE_STATE,
                };
            }

            if (Wdm.NT_SUCCESS(status))
            {
                (send ? _sent : _pending).Add(request);
                AssertInvariants();
            }
        }

        if (!Wdm.NT_SUCCESS(status))
        {
            request.LeaveTargetUnsent();
        }

        if (!Wdm.NT_SUCCESS(status))
        {
            Globals.Log.Error($"failing WDFREQUEST 0x{request.Handle:x}, WDFIOTARGET 0x{Handle:x} not accepting requests, state {TargetState}, {NtNames.Format(status)}");
            request.FailSend(thread, status);
            return false;
        }

        if ((flags & WDF_REQUEST_SEND_OPTIONS_FLAGS.WDF_REQUEST_SEND_OPTION_TIMEOUT) != 0 && options!.Timeout != 0 && !synchronous)
        {
            request.StartTimer(options.Timeout);
        }

        if (send)
        {
            CallTarget(request);
        }

        return true;
    }

    /// <summary>The request can go: formatted, and enough stack locations for the target.</summary>
    private NTSTATUS CheckSendable(KTHREAD thread, FxRequest request)
    {
        if (TargetDevice is null || request.Irp is not { } irp)
        {
            return Wdm.STATUS_INVALID_DEVICE_STATE;
        }

        if (!request.NextFormatted)
        {
            // Under the verifier KMDF refuses an unformatted request (FxRequestBase::ValidateTarget);
            // NtSim always does: an unformatted next location is garbage the target would act on.
            Globals.Log.Error($"WDFREQUEST 0x{request.Handle:x} has not been formatted, cannot send, {NtNames.Format(StatusRequestNotAccepted)}");
            return StatusRequestNotAccepted;
        }

        if (irp.CurrentLocation - 1 < StackSize)
        {
            Globals.Log.Error($"WDFREQUEST 0x{request.Handle:x}, PIRP 0x{irp.Address:x} does not have enough stack locations {irp.CurrentLocation - 1} for WDFIOTARGET 0x{Handle:x} ({StackSize})");
            return StatusRequestNotAccepted;
        }

        return Wdm.STATUS_SUCCESS;
    }

    private void CallTarget(FxRequest request)
    {
        Wdm.IoCallDriver(TargetDevice!, request.Irp!);
    }

    /// <summary>A request left the target (completed by it, or failed unsent).</summary>
    internal void OnRequestDone(FxRequest request)
    {
        lock (_lock)
        {
            _sent.Remove(request);
            _pending.Remove(request);
            AssertInvariants();
        }
    }

    /// <summary>After the driver's completion routine: wakes a Stop or Close waiting for the target to be idle.</summary>
    internal void OnRequestReturned(KTHREAD thread)
    {
        if (IsIdle)
        {
            Wdm.KeSetEvent(_idle, 0, false);
        }
    }

    /// <summary>Takes a request a stopped target holds out of it (a cancel or a timeout): TRUE if it was there.</summary>
    internal bool RemovePending(FxRequest request)
    {
        lock (_lock)
        {
            return _pending.Remove(request);
        }
    }

    /// <summary>WdfIoTargetStart: Started; requests held while stopped are sent now.</summary>
    internal NTSTATUS Start(KTHREAD thread)
    {
        FxRequest[] held;
        lock (_lock)
        {
            if (_state is WDF_IO_TARGET_STATE.WdfIoTargetClosed or WDF_IO_TARGET_STATE.WdfIoTargetClosedForQueryRemove or WDF_IO_TARGET_STATE.WdfIoTargetDeleted)
            {
                return Wdm.STATUS_INVALID_DEVICE_STATE;
            }

            _state = WDF_IO_TARGET_STATE.WdfIoTargetStarted;
            held = [.. _pending];
            _pending.Clear();
            _sent.AddRange(held);
            AssertInvariants();
        }

        Globals.Log.Add("FxIoTarget::Start", $"WDFIOTARGET 0x{Handle:x16} started, {held.Length} held requests sent");
        foreach (var request in held)
        {
            CallTarget(request);
        }

        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfIoTargetStop: Stopped (new requests are held); what happens to sent ones per <paramref name="action"/>.</summary>
    internal void Stop(KTHREAD thread, WDF_IO_TARGET_SENT_IO_ACTION action)
    {
        lock (_lock)
        {
            if (_state is WDF_IO_TARGET_STATE.WdfIoTargetStarted or WDF_IO_TARGET_STATE.WdfIoTargetPurged)
            {
                _state = WDF_IO_TARGET_STATE.WdfIoTargetStopped;
            }
        }

        Globals.Log.Add("FxIoTarget::Stop", $"WDFIOTARGET 0x{Handle:x16} stopped, {action}");
        switch (action)
        {
            case WDF_IO_TARGET_SENT_IO_ACTION.WdfIoTargetCancelSentIo:
                CancelSent(thread);
                WaitForSent(thread);
                break;
            case WDF_IO_TARGET_SENT_IO_ACTION.WdfIoTargetWaitForSentIoToComplete:
                WaitForSent(thread);
                break;
        }
    }

    /// <summary>WdfIoTargetPurge: Purged; held requests are cancelled, sent ones cancelled (and waited for).</summary>
    internal void Purge(KTHREAD thread, WDF_IO_TARGET_PURGE_IO_ACTION action)
    {
        lock (_lock)
        {
            _state = WDF_IO_TARGET_STATE.WdfIoTargetPurged;
        }

        FailHeld(thread, Wdm.STATUS_CANCELLED);
        CancelSent(thread);
        if (action == WDF_IO_TARGET_PURGE_IO_ACTION.WdfIoTargetPurgeIoAndWait)
        {
            WaitForSent(thread);
        }
    }

    /// <summary>Close (and CloseForQueryRemove, delete): held requests fail, sent ones are cancelled and waited for.</summary>
    protected void Shut(KTHREAD thread, WDF_IO_TARGET_STATE state)
    {
        lock (_lock)
        {
            _state = state;
        }

        Globals.Log.Add("FxIoTarget::Close", $"WDFIOTARGET 0x{Handle:x16} {state}");
        FailHeld(thread, Wdm.STATUS_CANCELLED);
        CancelSent(thread);
        if (thread.Processor!.Irql == Wdm.PASSIVE_LEVEL)
        {
            WaitForSent(thread);
        }
    }

    private void FailHeld(KTHREAD thread, NTSTATUS status)
    {
        FxRequest[] held;
        lock (_lock)
        {
            held = [.. _pending];
            _pending.Clear();
        }

        foreach (var request in held)
        {
            request.CompleteUnsent(thread, status);
        }
    }

    private void CancelSent(KTHREAD thread)
    {
        FxRequest[] sent;
        lock (_lock)
        {
            sent = [.. _sent];
        }

        foreach (var request in sent)
        {
            if (request.Irp is { } irp && request.InTarget)
            {
                Wdm.IoCancelIrp(irp);
            }
        }
    }

    /// <summary>Waits until no request is sent or held (the last completion sets the idle event).</summary>
    private void WaitForSent(KTHREAD thread)
    {
        while (!IsIdle)
        {
            Wdm.KeClearEvent(_idle);
            if (IsIdle)
            {
                return;
            }

            Wdm.KeWaitForSingleObject(_idle, Wdm.Executive, Wdm.KernelMode, false, null);
        }
    }

    private bool IsIdle
    {
        get
        {
            lock (_lock)
            {
                return _sent.Count == 0 && _pending.Count == 0;
            }
        }
    }

    /// <summary>A deleted target stops and lets go of its device first.</summary>
    protected override void OnDispose(KTHREAD thread)
    {
        Shut(thread, WDF_IO_TARGET_STATE.WdfIoTargetDeleted);
        ReleaseTargetDevice(thread);
    }

    /// <summary>Lets go of the target device (a remote target closes its file).</summary>
    protected virtual void ReleaseTargetDevice(KTHREAD thread)
    {
    }

    [Conditional("DEBUG")]
    private void AssertInvariants()
    {
        Debug.Assert(_lock.IsHeldByCurrentThread, "target invariants are checked under the target lock");
        Debug.Assert(_sent.TrueForAll(r => !_pending.Contains(r)), "a request is sent or held, not both");
    }
}
