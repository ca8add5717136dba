namespace NtSim;

public static partial class Wdm
{
    /// <summary>IoCsqInitialize: sets up a cancel-safe queue with the driver's routines.</summary>
    public static NTSTATUS IoCsqInitialize(IO_CSQ Csq, IO_CSQ_INSERT_IRP CsqInsertIrp, IO_CSQ_REMOVE_IRP CsqRemoveIrp,
        IO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp, IO_CSQ_ACQUIRE_LOCK CsqAcquireLock, IO_CSQ_RELEASE_LOCK CsqReleaseLock,
        IO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp)
    {
        KeContext.NotNull(Csq, nameof(Csq));
        Csq.Insert = KeContext.NotNull(CsqInsertIrp, nameof(CsqInsertIrp));
        Csq.InsertEx = null;
        return InitializeCsq(Csq, CsqRemoveIrp, CsqPeekNextIrp, CsqAcquireLock, CsqReleaseLock, CsqCompleteCanceledIrp);
    }

    /// <summary>IoCsqInitializeEx: as IoCsqInitialize, with an insert routine that can fail.</summary>
    public static NTSTATUS IoCsqInitializeEx(IO_CSQ Csq, IO_CSQ_INSERT_IRP_EX CsqInsertIrp, IO_CSQ_REMOVE_IRP CsqRemoveIrp,
        IO_CSQ_PEEK_NEXT_IRP CsqPeekNextIrp, IO_CSQ_ACQUIRE_LOCK CsqAcquireLock, IO_CSQ_RELEASE_LOCK CsqReleaseLock,
        IO_CSQ_COMPLETE_CANCELED_IRP CsqCompleteCanceledIrp)
    {
        KeContext.NotNull(Csq, nameof(Csq));
        Csq.InsertEx = KeContext.NotNull(CsqInsertIrp, nameof(CsqInsertIrp));
        Csq.Insert = null;
        return InitializeCsq(Csq, CsqRemoveIrp, CsqPeekNextIrp, CsqAcquireLock, CsqReleaseLock, CsqCompleteCanceledIrp);
    }

    private static NTSTATUS InitializeCsq(IO_CSQ csq, IO_CSQ_REMOVE_IRP remove, IO_CSQ_PEEK_NEXT_IRP peek, IO_CSQ_ACQUIRE_LOCK acquire,
        IO_CSQ_RELEASE_LOCK release, IO_CSQ_COMPLETE_CANCELED_IRP complete)
    {
        csq.Remove = KeContext.NotNull(remove, nameof(remove), nameof(IoCsqInitialize));
        csq.Peek = KeContext.NotNull(peek, nameof(peek), nameof(IoCsqInitialize));
        csq.AcquireLock = KeContext.NotNull(acquire, nameof(acquire), nameof(IoCsqInitialize));
        csq.ReleaseLock = KeContext.NotNull(release, nameof(release), nameof(IoCsqInitialize));
        csq.CompleteCanceled = KeContext.NotNull(complete, nameof(complete), nameof(IoCsqInitialize));
        csq.Initialized = true;
        return STATUS_SUCCESS;
    }

    /// <summary>IoCsqInsertIrp: queues the IRP (marking it pending) so that it can be cancelled safely.</summary>
    public static void IoCsqInsertIrp(IO_CSQ Csq, IRP Irp, IO_CSQ_IRP_CONTEXT? Context)
    {
        DdiGate.Enter(DdiTable.IoCsqInsertIrp);
        CancelSafeQueues.Insert(KeContext.NotNull(Csq, nameof(Csq)), KeContext.NotNull(Irp, nameof(Irp)), Context, null);
    }

    /// <summary>IoCsqInsertIrpEx: as IoCsqInsertIrp; returns the insert routine's failure, if any (the IRP is then not queued).</summary>
    public static NTSTATUS IoCsqInsertIrpEx(IO_CSQ Csq, IRP Irp, IO_CSQ_IRP_CONTEXT? Context, object? InsertContext)
    {
        DdiGate.Enter(DdiTable.IoCsqInsertIrpEx);
        return CancelSafeQueues.Insert(KeContext.NotNull(Csq, nameof(Csq)), KeContext.NotNull(Irp, nameof(Irp)), Context, InsertContext);
    }

    /// <summary>IoCsqRemoveNextIrp: the next queued IRP that matches the peek context and is not being cancelled, or NULL.</summary>
    public static IRP? IoCsqRemoveNextIrp(IO_CSQ Csq, object? PeekContext)
    {
        DdiGate.Enter(DdiTable.IoCsqRemoveNextIrp);
        return CancelSafeQueues.RemoveNext(KeContext.NotNull(Csq, nameof(Csq)), PeekContext);
    }

    /// <summary>IoCsqRemoveIrp: the IRP inserted with <paramref name="Context"/>, or NULL if it was cancelled.</summary>
    public static IRP? IoCsqRemoveIrp(IO_CSQ Csq, IO_CSQ_IRP_CONTEXT Context)
    {
        DdiGate.Enter(DdiTable.IoCsqRemoveIrp);
        return CancelSafeQueues.Remove(KeContext.NotNull(Csq, nameof(Csq)), KeContext.NotNull(Context, nameof(Context)));
    }
}
