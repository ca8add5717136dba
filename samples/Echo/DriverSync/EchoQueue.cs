using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.Samples.Echo;

/// <summary>The queue's context: the last write's data, the request the driver holds, and the spin
/// lock that guards them (this variant has no framework synchronization).</summary>
public sealed class QUEUE_CONTEXT
{
    public PVOID Buffer;
    public ulong Length;
    public WDFTIMER Timer;
    public WDFREQUEST CurrentRequest;
    public NTSTATUS CurrentStatus;
    public WDFSPINLOCK SpinLock;
}

/// <summary>Every request's context: who may complete it, the timer or the cancel routine.</summary>
public sealed class REQUEST_CONTEXT
{
    /// <summary>1 while the request is only cancelable; the timer raises it to 2 while it tries
    /// to unmark; whoever brings it to 0 completes the request.</summary>
    public int CancelCompletionOwnershipCount;
}

/// <summary>
/// DriverSync (queue.c): the same echo, with WdfSynchronizationScopeNone. The handlers, the cancel
/// routine and the timer callback may run at once on different processors, so the driver guards its
/// state with a WDFSPINLOCK and decides who completes a cancelable request with an interlocked
/// ownership count, and marks requests cancelable with WdfRequestMarkCancelableEx (which never
/// calls the cancel routine itself, so it can be called under the driver's lock).
/// </summary>
public sealed partial class EchoDriver
{
    /// <summary>TIMER_PERIOD: 10 seconds.</summary>
    private const uint TIMER_PERIOD = 1000 * 10;

    private static readonly PFN_WDF_GET_CONTEXT<QUEUE_CONTEXT> QueueGetContext = WDF_DECLARE_CONTEXT_TYPE_WITH_NAME<QUEUE_CONTEXT>();

    private static readonly PFN_WDF_GET_CONTEXT<REQUEST_CONTEXT> RequestGetContext = WDF_DECLARE_CONTEXT_TYPE_WITH_NAME<REQUEST_CONTEXT>();

    /// <summary>Every request the framework makes for the device carries a REQUEST_CONTEXT.</summary>
    static partial void EchoSetRequestAttributes(WDFDEVICE_INIT DeviceInit)
    {
        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE<REQUEST_CONTEXT>(out var attributes);
        WdfDeviceInitSetRequestAttributes(DeviceInit, attributes);
    }

    private static NTSTATUS EchoQueueInitialize(WDFDEVICE Device)
    {
        WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var queueConfig, WdfIoQueueDispatchSequential);
        queueConfig.EvtIoRead = EchoEvtIoRead;
        queueConfig.EvtIoWrite = EchoEvtIoWrite;

        // No SynchronizationScope: the default, inherited from the driver, is None.
        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE<QUEUE_CONTEXT>(out var attributes);
        attributes.EvtDestroyCallback = EchoEvtIoQueueContextDestroy;
        var status = WdfIoQueueCreate(Device, queueConfig, attributes, out var queue);
        if (!NT_SUCCESS(status))
        {
            KdPrint("WdfIoQueueCreate failed 0x%x\n", status);
            return status;
        }

        var queueContext = QueueGetContext(queue)!;
        queueContext.CurrentStatus = STATUS_INVALID_DEVICE_REQUEST;
        WDF_OBJECT_ATTRIBUTES_INIT(out var lockAttributes);
        lockAttributes.ParentObject = queue;
        status = WdfSpinLockCreate(lockAttributes, out queueContext.SpinLock);
        if (!NT_SUCCESS(status))
        {
            KdPrint("WdfSpinLockCreate failed 0x%x\n", status);
            return status;
        }

        WDF_TIMER_CONFIG_INIT_PERIODIC(out var timerConfig, EchoEvtTimerFunc, TIMER_PERIOD);
        WDF_OBJECT_ATTRIBUTES_INIT(out var timerAttributes);
        timerAttributes.ParentObject = queue;
        status = WdfTimerCreate(timerConfig, timerAttributes, out queueContext.Timer);
        if (!NT_SUCCESS(status))
        {
            KdPrint("Error creating timer 0x%x\n", status);
        }

        return status;
    }

    /// <summary>Takes one ownership unit; true when the caller brought the count to 0 and completes.</summary>
    private static bool EchoDecrementRequestCancelOwnershipCount(REQUEST_CONTEXT requestContext) =>
        Interlocked.Decrement(ref requestContext.CancelCompletionOwnershipCount) == 0;

    /// <summary>Adds an ownership unit only while the count is above 0 (the cancel routine has not won).</summary>
    private static bool EchoIncrementRequestCancelOwnershipCount(REQUEST_CONTEXT requestContext)
    {
        while (true)
        {
            var current = Volatile.Read(ref requestContext.CancelCompletionOwnershipCount);
            if (current <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref requestContext.CancelCompletionOwnershipCount, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    /// <summary>EvtRequestCancel: completes the request if it wins the ownership count; else leaves
    /// STATUS_CANCELLED for the timer to complete it with.</summary>
    private static void EchoEvtRequestCancel(WDFREQUEST Request)
    {
        KdPrint("EchoEvtRequestCancel called on Request 0x%p\n", Request.Value);
        var queueContext = QueueGetContext(WdfRequestGetIoQueue(Request))!;
        var requestContext = RequestGetContext(Request)!;
        WdfSpinLockAcquire(queueContext.SpinLock);
        var completeRequest = EchoDecrementRequestCancelOwnershipCount(requestContext);
        if (completeRequest)
        {
            queueContext.CurrentRequest = default;
        }
        else
        {
            queueContext.CurrentStatus = STATUS_CANCELLED;
        }

        WdfSpinLockRelease(queueContext.SpinLock);
        if (completeRequest)
        {
            WdfRequestCompleteWithInformation(Request, STATUS_CANCELLED, 0);
        }
    }

    /// <summary>Holds the request for the timer: cancelable (Ex: never calls the cancel routine under our lock).</summary>
    private static void EchoSetCurrentRequest(WDFREQUEST Request, WDFQUEUE Queue)
    {
        var requestContext = RequestGetContext(Request)!;
        var queueContext = QueueGetContext(Queue)!;
        requestContext.CancelCompletionOwnershipCount = 1;
        WdfSpinLockAcquire(queueContext.SpinLock);
        queueContext.CurrentRequest = Request;
        queueContext.CurrentStatus = STATUS_SUCCESS;
        var status = WdfRequestMarkCancelableEx(Request, EchoEvtRequestCancel);
        if (!NT_SUCCESS(status))
        {
            queueContext.CurrentRequest = default;
        }

        WdfSpinLockRelease(queueContext.SpinLock);
        if (!NT_SUCCESS(status))
        {
            WdfRequestCompleteWithInformation(Request, status, 0);
        }
    }

    /// <summary>EvtIoRead: copy what the last write left, then hold the request for the timer.</summary>
    private static void EchoEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, ulong Length)
    {
        var queueContext = QueueGetContext(Queue)!;
        KdPrint("EchoEvtIoRead Called! Queue 0x%p, Request 0x%p Length %Iu\n", Queue.Value, Request.Value, Length);
        if (EchoCopyToRequest(queueContext, Request, ref Length))
        {
            EchoSetCurrentRequest(Request, Queue);
        }
    }

    /// <summary>EvtIoWrite: keep a copy of the data, then hold the request for the timer. Only this
    /// handler replaces the kept data, and a sequential queue presents one request at a time.</summary>
    private static void EchoEvtIoWrite(WDFQUEUE Queue, WDFREQUEST Request, ulong Length)
    {
        var queueContext = QueueGetContext(Queue)!;
        KdPrint("EchoEvtIoWrite Called! Queue 0x%p, Request 0x%p Length %Iu\n", Queue.Value, Request.Value, Length);
        if (EchoCopyFromRequest(queueContext, Request, Length))
        {
            EchoSetCurrentRequest(Request, Queue);
        }
    }

    /// <summary>EvtTimerFunc (not serialized with anything): take an ownership unit under the lock,
    /// unmark, and complete the request if this callback ends up owning it.</summary>
    private static void EchoEvtTimerFunc(WDFTIMER Timer)
    {
        var queue = (WDFQUEUE)WdfTimerGetParentObject(Timer);
        var queueContext = QueueGetContext(queue)!;
        REQUEST_CONTEXT? requestContext = null;
        var cancel = false;
        WdfSpinLockAcquire(queueContext.SpinLock);
        var request = queueContext.CurrentRequest;
        if (request != default)
        {
            requestContext = RequestGetContext(request)!;
            cancel = EchoIncrementRequestCancelOwnershipCount(requestContext);
        }

        WdfSpinLockRelease(queueContext.SpinLock);
        if (!cancel)
        {
            return;
        }

        bool completeRequest;
        var status = WdfRequestUnmarkCancelable(request);
        if (status != STATUS_CANCELLED)
        {
            KdPrint("CustomTimerDPC successfully cleared cancel routine on request 0x%p, Status 0x%x \n", request.Value, status);
            requestContext!.CancelCompletionOwnershipCount -= 2;
            completeRequest = true;
        }
        else
        {
            completeRequest = EchoDecrementRequestCancelOwnershipCount(requestContext!);
            KdPrint(completeRequest
                ? "CustomTimerDPC Request 0x%p is STATUS_CANCELLED, but claimed completion ownership\n"
                : "CustomTimerDPC Request 0x%p is STATUS_CANCELLED, not completing\n", request.Value);
        }

        if (completeRequest)
        {
            WdfSpinLockAcquire(queueContext.SpinLock);
            queueContext.CurrentRequest = default;
            status = queueContext.CurrentStatus;
            WdfSpinLockRelease(queueContext.SpinLock);
            KdPrint("CustomTimerDPC Completing request 0x%p, Status 0x%x \n", request.Value, status);
            WdfRequestComplete(request, status);
        }
    }
}
