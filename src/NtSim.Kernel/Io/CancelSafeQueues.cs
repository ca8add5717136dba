namespace NtSim;

/// <summary>The I/O manager's side of a cancel-safe queue (IoCsq*): the IRP's cancel routine and
/// the queue's removal race for it through IoSetCancelRoutine, so an IRP is either removed or
/// cancelled, never both. The queue is kept in Tail.Overlay.DriverContext[3], its context in [2].</summary>
internal static class CancelSafeQueues
{
    private const int CsqSlot = 3;
    private const int ContextSlot = 2;

    /// <summary>The cancel-safe queue <paramref name="irp"/> waits in, or null.</summary>
    internal static IO_CSQ? QueueOf(IRP irp) => irp.Tail.Overlay.DriverContext[CsqSlot] as IO_CSQ;

    internal static NTSTATUS Insert(IO_CSQ csq, IRP irp, IO_CSQ_IRP_CONTEXT? context, object? insertContext)
    {
        RequireInitialized(csq, nameof(Wdm.IoCsqInsertIrpEx));
        csq.AcquireLock(csq, out var irql);
        try
        {
            if (csq.InsertEx is { } insertEx)
            {
                var status = insertEx(csq, irp, insertContext);
                if (!Wdm.NT_SUCCESS(status))
                {
                    return status;
                }
            }
            else
            {
                csq.Insert!(csq, irp);
            }

            Wdm.IoMarkIrpPending(irp);
            irp.Tail.Overlay.DriverContext[CsqSlot] = csq;
            irp.Tail.Overlay.DriverContext[ContextSlot] = context;
            if (context is not null)
            {
                context.Irp = irp;
                context.Csq = csq;
            }

            Wdm.IoSetCancelRoutine(irp, CancelRoutine);
            if (irp.Cancel && Wdm.IoSetCancelRoutine(irp, null) is not null)
            {
                // Cancelled before it became cancelable: take it back out and complete it as cancelled.
                csq.Remove(csq, irp);
                Disassociate(irp);
                csq.ReleaseLock(csq, irql);
                csq.CompleteCanceled(csq, irp);
                return Wdm.STATUS_SUCCESS;
            }
        }
        catch
        {
            csq.ReleaseLock(csq, irql);
            throw;
        }

        csq.ReleaseLock(csq, irql);
        return Wdm.STATUS_SUCCESS;
    }

    internal static IRP? RemoveNext(IO_CSQ csq, object? peekContext)
    {
        RequireInitialized(csq, nameof(Wdm.IoCsqRemoveNextIrp));
        csq.AcquireLock(csq, out var irql);
        IRP? found = null;
        try
        {
            var irp = csq.Peek(csq, null, peekContext);
            while (irp is not null)
            {
                // The cancel routine already ran or is about to: leave this one to it.
                if (Wdm.IoSetCancelRoutine(irp, null) is null)
                {
                    irp = csq.Peek(csq, irp, peekContext);
                    continue;
                }

                csq.Remove(csq, irp);
                Disassociate(irp);
                found = irp;
                break;
            }
        }
        finally
        {
            csq.ReleaseLock(csq, irql);
        }

        return found;
    }

    internal static IRP? Remove(IO_CSQ csq, IO_CSQ_IRP_CONTEXT context)
    {
        RequireInitialized(csq, nameof(Wdm.IoCsqRemoveIrp));
        csq.AcquireLock(csq, out var irql);
        try
        {
            var irp = context.Irp;
            if (irp is null || Wdm.IoSetCancelRoutine(irp, null) is null)
            {
                return null;
            }

            csq.Remove(csq, irp);
            Disassociate(irp);
            return irp;
        }
        finally
        {
            csq.ReleaseLock(csq, irql);
        }
    }

    /// <summary>IopCsqCancelRoutine: runs with the cancel spin lock held.</summary>
    private static void CancelRoutine(DEVICE_OBJECT device, IRP irp)
    {
        IoCancel.ReleaseCancelLock(KeContext.Running(nameof(Wdm.IoReleaseCancelSpinLock)), irp.CancelIrql);
        var csq = (IO_CSQ)irp.Tail.Overlay.DriverContext[CsqSlot]!;
        csq.AcquireLock(csq, out var irql);
        csq.Remove(csq, irp);
        Disassociate(irp);
        csq.ReleaseLock(csq, irql);
        csq.CompleteCanceled(csq, irp);
    }

    private static void Disassociate(IRP irp)
    {
        if (irp.Tail.Overlay.DriverContext[ContextSlot] is IO_CSQ_IRP_CONTEXT context)
        {
            context.Irp = null;
        }

        irp.Tail.Overlay.DriverContext[ContextSlot] = null;
        irp.Tail.Overlay.DriverContext[CsqSlot] = null;
    }

    private static void RequireInitialized(IO_CSQ csq, string ddi)
    {
        Uninitialized.Require(csq.Initialized, "IO_CSQ", "IoCsqInitialize(Ex)", ddi);
    }
}
