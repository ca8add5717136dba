using System.Diagnostics;

namespace NtSim;

/// <summary>
/// A framework request (FxRequest) around one IRP. The framework takes one from the device's
/// lookaside list when an IRP arrives and gives it back at completion, so the steady state
/// allocates nothing; its pool block (and so its handle value) lives as long as the list does.
/// </summary>
[DebuggerDisplay("WDFREQUEST 0x{Handle,x} {RequestState}")]
internal sealed partial class FxRequest : FxObject
{
    private FxRequestState _state;

    internal FxRequest(FxDriverGlobals globals, FxDevice? device, bool driverCreated)
        : base(globals, FxObjectType.Request)
    {
        Device = device;
        IsDriverCreated = driverCreated;
    }

    internal FxDevice? Device { get; }

    /// <summary>The IRP the request wraps (null when free).</summary>
    internal IRP? Irp { get; private set; }

    /// <summary>The IRP's stack location for this device (where the request's parameters are).</summary>
    internal IO_STACK_LOCATION? Stack { get; private set; }

    /// <summary>The queue the request is in or was last presented from.</summary>
    internal FxIoQueue? Queue { get; set; }

    internal FxRequestState RequestState => _state;

    /// <summary>The driver has seen the request once (EvtIoCanceledOnQueue is only for those).</summary>
    internal bool Presented { get; set; }

    /// <summary>Made by WdfRequestCreate: deleted or reused by the driver, never completed.</summary>
    internal bool IsDriverCreated { get; }

    /// <summary>The file object the IRP was sent on, as the framework knows it.</summary>
    internal FxFileObject? FileObject { get; private set; }

    /// <summary>The status the request was completed with (WdfRequestGetStatus after completion).</summary>
    internal NTSTATUS CompletionStatus { get; private set; }

    internal override bool DriverMayDelete => IsDriverCreated;

    internal override FxObject? DefaultParent => IsDriverCreated ? Globals.Driver : null;

    internal byte MajorFunction => Stack!.MajorFunction;

    /// <summary>Takes <paramref name="irp"/> (a request fresh from the lookaside list).</summary>
    internal void Attach(IRP irp, FxFileObject? fileObject)
    {
        Move(FxRequestState.Received);
        Irp = irp;
        Stack = Wdm.IoGetCurrentIrpStackLocation(irp);
        FileObject = fileObject;
        Presented = false;
        Queue = null;
        CompletionStatus = Wdm.STATUS_PENDING;
        ResetRequestState();
    }

    internal void Move(FxRequestState to)
    {
        Debug.Assert(FxRequestLife.Allowed(_state, to), $"a request moves {_state} -> {to}");
        _state = to;
    }

    /// <summary>
    /// Completes the request (FxRequest::Complete): the status and information into the IRP, the
    /// request's cleanup, the IRP completed, the queue told (a sequential queue presents its next
    /// request), and the request back to the lookaside list.
    /// </summary>
    internal void Complete(KTHREAD thread, NTSTATUS status, ulong? information, sbyte boost)
    {
        var irp = Irp!;
        irp.IoStatus.Status = status;
        if (information is { } info)
        {
            irp.IoStatus.Information = info;
        }

        CheckInformationLength(thread, irp);
        var queue = Queue;
        CompletionStatus = status;
        Move(FxRequestState.Completed);
        if (Globals.Verifier.VerboseOn)
        {
            // The framework logs each completion only at verbose level (VerboseOn).
            Globals.Log.Add("FxRequest::CompleteInternal", $"Completing WDFREQUEST 0x{Handle:x16} for IRP 0x{irp.Address:x16} with Information 0x{irp.IoStatus.Information:x}, {NtNames.Format(status)}");
        }
        RunCompletionCleanup(thread);
        Irp = null;
        Stack = null;
        Wdm.IoCompleteRequest(irp, boost);
        queue?.OnRequestCompleted(thread, this);
        Device?.Requests.Return(thread, this);
    }

    /// <summary>Lets go of the IRP without completing it (it went on to another driver) and goes back to the list.</summary>
    internal void Release(KTHREAD thread)
    {
        var queue = Queue;
        Move(FxRequestState.Completed);
        Irp = null;
        Stack = null;
        queue?.OnRequestCompleted(thread, this);
        Device?.Requests.Return(thread, this);
    }

    /// <summary>The verifier's check that Information fits the output buffer (0x10D/0x6/0x4).</summary>
    private void CheckInformationLength(KTHREAD thread, IRP irp)
    {
        if (!Globals.Verifier.VerifierOn || !Wdm.NT_SUCCESS(irp.IoStatus.Status))
        {
            return;
        }

        ulong outputLength = MajorFunction switch
        {
            Wdm.IRP_MJ_READ => Stack!.Parameters.Read.Length,
            Wdm.IRP_MJ_DEVICE_CONTROL or Wdm.IRP_MJ_INTERNAL_DEVICE_CONTROL => Stack!.Parameters.DeviceIoControl.OutputBufferLength,
            _ => ulong.MaxValue,
        };
        if (irp.IoStatus.Information > outputLength)
        {
            Globals.BugCheck(thread, Wdf.WDF_REQUEST_FATAL_ERROR, Wdf.WDF_REQUEST_FATAL_ERROR_INFORMATION_LENGTH_MISMATCH, Handle,
                $"WDFREQUEST 0x{Handle:x} completed with Information 0x{irp.IoStatus.Information:x}, more than its output buffer's 0x{outputLength:x} bytes (IRP_MJ 0x{MajorFunction:x})");
        }
    }

    /// <summary>What a request's completion does to what hangs off it: its children are deleted and
    /// the request attributes' cleanup runs (a completed request is cleaned up, wdfrequestcomplete).</summary>
    private void RunCompletionCleanup(KTHREAD thread)
    {
        DeleteChildren(thread);
        if (Device?.Requests.Attributes?.EvtCleanupCallback is { } cleanup)
        {
            using (Globals.EnterClient(thread))
            {
                cleanup(AsObject);
            }
        }
    }
}
