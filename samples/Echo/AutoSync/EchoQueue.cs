using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.Samples.Echo;

/// <summary>The queue's context: the last write's data, and the one request the driver holds.</summary>
public sealed class QUEUE_CONTEXT
{
    public PVOID Buffer;
    public ulong Length;
    public WDFTIMER Timer;
    public WDFREQUEST CurrentRequest;
    public NTSTATUS CurrentStatus;
}

/// <summary>
/// AutoSync (queue.c): a sequential default queue with WdfSynchronizationScopeQueue, and a periodic
/// timer parented to the queue, so the framework serializes the read and write handlers, the cancel
/// routine and the timer callback with the queue's lock: none of them takes a lock of its own.
/// A write keeps its data; a read returns it; each request is held, cancelable, until the timer
/// (every TIMER_PERIOD) completes it.
/// </summary>
public sealed partial class EchoDriver
{
    /// <summary>TIMER_PERIOD: 2 seconds.</summary>
    private const uint TIMER_PERIOD = 1000 * 2;

    private static readonly PFN_WDF_GET_CONTEXT<QUEUE_CONTEXT> QueueGetContext = WDF_DECLARE_CONTEXT_TYPE_WITH_NAME<QUEUE_CONTEXT>();

    private static NTSTATUS EchoQueueInitialize(WDFDEVICE Device)
    {
        WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var queueConfig, WdfIoQueueDispatchSequential);
        queueConfig.EvtIoRead = EchoEvtIoRead;
        queueConfig.EvtIoWrite = EchoEvtIoWrite;

        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE<QUEUE_CONTEXT>(out var queueAttributes);
        queueAttributes.SynchronizationScope = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeQueue;
        queueAttributes.EvtDestroyCallback = EchoEvtIoQueueContextDestroy;
        var status = WdfIoQueueCreate(Device, queueConfig, queueAttributes, out var queue);
        if (!NT_SUCCESS(status))
        {
            KdPrint("WdfIoQueueCreate failed 0x%x\n", status);
            return status;
        }

        var queueContext = QueueGetContext(queue)!;
        queueContext.CurrentStatus = STATUS_INVALID_DEVICE_REQUEST;

        // Parented to the queue: the timer callback joins the queue's lock (AutomaticSerialization).
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

    /// <summary>EvtRequestCancel: serialized with the handlers and the timer by the queue's lock.</summary>
    private static void EchoEvtRequestCancel(WDFREQUEST Request)
    {
        var queueContext = QueueGetContext(WdfRequestGetIoQueue(Request))!;
        KdPrint("EchoEvtRequestCancel called on Request 0x%p\n", Request.Value);
        WdfRequestCompleteWithInformation(Request, STATUS_CANCELLED, 0);
        queueContext.CurrentRequest = default;
    }

    /// <summary>EvtIoRead: copy what the last write left (nothing yet: 0 bytes at once), then hold the request for the timer.</summary>
    private static void EchoEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, ulong Length)
    {
        var queueContext = QueueGetContext(Queue)!;
        KdPrint("EchoEvtIoRead Called! Queue 0x%p, Request 0x%p Length %Iu\n", Queue.Value, Request.Value, Length);
        if (EchoCopyToRequest(queueContext, Request, ref Length))
        {
            WdfRequestMarkCancelable(Request, EchoEvtRequestCancel);
            queueContext.CurrentRequest = Request;
            queueContext.CurrentStatus = STATUS_SUCCESS;
        }
    }

    /// <summary>EvtIoWrite: keep a copy of the data (at most MAX_WRITE_LENGTH), then hold the request for the timer.</summary>
    private static void EchoEvtIoWrite(WDFQUEUE Queue, WDFREQUEST Request, ulong Length)
    {
        var queueContext = QueueGetContext(Queue)!;
        KdPrint("EchoEvtIoWrite Called! Queue 0x%p, Request 0x%p Length %Iu\n", Queue.Value, Request.Value, Length);
        if (EchoCopyFromRequest(queueContext, Request, Length))
        {
            WdfRequestMarkCancelable(Request, EchoEvtRequestCancel);
            queueContext.CurrentRequest = Request;
            queueContext.CurrentStatus = STATUS_SUCCESS;
        }
    }

    /// <summary>EvtTimerFunc: complete the held request, unless its cancel routine has it.</summary>
    private static void EchoEvtTimerFunc(WDFTIMER Timer)
    {
        var queue = (WDFQUEUE)WdfTimerGetParentObject(Timer);
        var queueContext = QueueGetContext(queue)!;
        var request = queueContext.CurrentRequest;
        if (request == default)
        {
            return;
        }

        var status = WdfRequestUnmarkCancelable(request);
        if (status != STATUS_CANCELLED)
        {
            queueContext.CurrentRequest = default;
            status = queueContext.CurrentStatus;
            KdPrint("CustomTimerDPC Completing request 0x%p, Status 0x%x \n", request.Value, status);
            WdfRequestComplete(request, status);
        }
        else
        {
            KdPrint("CustomTimerDPC Request 0x%p is STATUS_CANCELLED, not completing\n", request.Value);
        }
    }
}
