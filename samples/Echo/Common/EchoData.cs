using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.Samples.Echo;

/// <summary>
/// The data path both variants share: a read copies what the last write kept, a write keeps a copy
/// of its data (at most MAX_WRITE_LENGTH). Each returns false when it completed the request itself
/// (no data yet, a write too long, a failure); else the variant holds the request for its timer,
/// which is where AutoSync and DriverSync differ.
/// </summary>
public sealed partial class EchoDriver
{
    /// <summary>POOL tag 'sam1' of the kept data.</summary>
    private const uint EchoPoolTag = 's' | ('a' << 8) | ('m' << 16) | ('1' << 24);

    /// <summary>EvtIoRead's copy into the request; <paramref name="Length"/> becomes the bytes copied.</summary>
    private static bool EchoCopyToRequest(QUEUE_CONTEXT queueContext, WDFREQUEST Request, ref ulong Length)
    {
        if (queueContext.Buffer.IsNull)
        {
            // Nothing written yet: the read completes at once with 0 bytes.
            WdfRequestCompleteWithInformation(Request, STATUS_SUCCESS, 0);
            return false;
        }

        Length = Math.Min(Length, queueContext.Length);
        var status = WdfRequestRetrieveOutputMemory(Request, out var memory);
        if (!NT_SUCCESS(status))
        {
            KdPrint("EchoEvtIoRead Could not get request memory buffer 0x%x\n", status);
            WdfVerifierDbgBreakPoint();
            WdfRequestCompleteWithInformation(Request, status, 0);
            return false;
        }

        status = WdfMemoryCopyFromBuffer(memory, 0, queueContext.Buffer, Length);
        if (!NT_SUCCESS(status))
        {
            KdPrint("EchoEvtIoRead: WdfMemoryCopyFromBuffer failed 0x%x\n", status);
            WdfRequestComplete(Request, status);
            return false;
        }

        WdfRequestSetInformation(Request, Length);
        return true;
    }

    /// <summary>EvtIoWrite's copy out of the request into a new block of pool, replacing the last one.</summary>
    private static bool EchoCopyFromRequest(QUEUE_CONTEXT queueContext, WDFREQUEST Request, ulong Length)
    {
        if (Length > EchoPublic.MAX_WRITE_LENGTH)
        {
            KdPrint("EchoEvtIoWrite Buffer Length to big %Iu, Max is %d\n", Length, EchoPublic.MAX_WRITE_LENGTH);
            WdfRequestCompleteWithInformation(Request, STATUS_BUFFER_OVERFLOW, 0);
            return false;
        }

        var status = WdfRequestRetrieveInputMemory(Request, out var memory);
        if (!NT_SUCCESS(status))
        {
            KdPrint("EchoEvtIoWrite Could not get request memory buffer 0x%x\n", status);
            WdfVerifierDbgBreakPoint();
            WdfRequestComplete(Request, status);
            return false;
        }

        EchoFreeBuffer(queueContext);
        queueContext.Buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, Length, EchoPoolTag);
        if (queueContext.Buffer.IsNull)
        {
            KdPrint("EchoEvtIoWrite: Could not allocate %Iu byte buffer\n", Length);
            WdfRequestComplete(Request, STATUS_INSUFFICIENT_RESOURCES);
            return false;
        }

        status = WdfMemoryCopyToBuffer(memory, 0, queueContext.Buffer, Length);
        if (!NT_SUCCESS(status))
        {
            KdPrint("EchoEvtIoWrite WdfMemoryCopyToBuffer failed 0x%x\n", status);
            WdfVerifierDbgBreakPoint();
            EchoFreeBuffer(queueContext);
            WdfRequestComplete(Request, status);
            return false;
        }

        queueContext.Length = Length;
        WdfRequestSetInformation(Request, Length);
        return true;
    }

    /// <summary>Frees the kept data, if any (a new write, a failed copy, the queue's destroy).</summary>
    private static void EchoFreeBuffer(QUEUE_CONTEXT queueContext)
    {
        if (!queueContext.Buffer.IsNull)
        {
            ExFreePool(queueContext.Buffer);
            queueContext.Buffer = default;
            queueContext.Length = 0;
        }
    }

    /// <summary>EvtDestroyCallback of the queue: the kept data goes back to pool.</summary>
    private static void EchoEvtIoQueueContextDestroy(WDFOBJECT Object) => EchoFreeBuffer(QueueGetContext(Object)!);
}
