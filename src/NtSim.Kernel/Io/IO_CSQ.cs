namespace NtSim;

/// <summary>IO_CSQ_INSERT_IRP: the driver queues the IRP (with the queue lock held).</summary>
public delegate void IO_CSQ_INSERT_IRP(IO_CSQ Csq, IRP Irp);

/// <summary>IO_CSQ_INSERT_IRP_EX: as IO_CSQ_INSERT_IRP, may refuse with an error status.</summary>
public delegate NTSTATUS IO_CSQ_INSERT_IRP_EX(IO_CSQ Csq, IRP Irp, object? InsertContext);

/// <summary>IO_CSQ_REMOVE_IRP: the driver unlinks the IRP (with the queue lock held).</summary>
public delegate void IO_CSQ_REMOVE_IRP(IO_CSQ Csq, IRP Irp);

/// <summary>IO_CSQ_PEEK_NEXT_IRP: the IRP after <c>Irp</c> (the first if NULL) that matches the peek context.</summary>
public delegate IRP? IO_CSQ_PEEK_NEXT_IRP(IO_CSQ Csq, IRP? Irp, object? PeekContext);

/// <summary>IO_CSQ_ACQUIRE_LOCK: takes the driver's queue lock.</summary>
public delegate void IO_CSQ_ACQUIRE_LOCK(IO_CSQ Csq, out KIRQL Irql);

/// <summary>IO_CSQ_RELEASE_LOCK: releases the driver's queue lock.</summary>
public delegate void IO_CSQ_RELEASE_LOCK(IO_CSQ Csq, KIRQL Irql);

/// <summary>IO_CSQ_COMPLETE_CANCELED_IRP: the driver completes a cancelled IRP (usually STATUS_CANCELLED).</summary>
public delegate void IO_CSQ_COMPLETE_CANCELED_IRP(IO_CSQ Csq, IRP Irp);

/// <summary>IO_CSQ: a cancel-safe IRP queue; the driver owns the storage and the lock, the I/O
/// manager owns the race between removal and cancellation.</summary>
public sealed class IO_CSQ
{
    internal IO_CSQ_INSERT_IRP? Insert { get; set; }
    internal IO_CSQ_INSERT_IRP_EX? InsertEx { get; set; }
    internal IO_CSQ_REMOVE_IRP Remove { get; set; } = null!;
    internal IO_CSQ_PEEK_NEXT_IRP Peek { get; set; } = null!;
    internal IO_CSQ_ACQUIRE_LOCK AcquireLock { get; set; } = null!;
    internal IO_CSQ_RELEASE_LOCK ReleaseLock { get; set; } = null!;
    internal IO_CSQ_COMPLETE_CANCELED_IRP CompleteCanceled { get; set; } = null!;
    internal bool Initialized { get; set; }
}

/// <summary>IO_CSQ_IRP_CONTEXT: ties a queued IRP to the caller, so IoCsqRemoveIrp can take that
/// one IRP back (Irp is NULL once it was removed or cancelled).</summary>
public sealed class IO_CSQ_IRP_CONTEXT
{
    /// <summary>The queued IRP this context stands for; NULL once it was removed or cancelled.</summary>
    public IRP? Irp;
    /// <summary>The cancel-safe queue the IRP was inserted into.</summary>
    public IO_CSQ? Csq;
}
