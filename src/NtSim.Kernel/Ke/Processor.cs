using System.Diagnostics;

namespace NtSim;

/// <summary>
/// A simulated processor (KPRCB): its IRQL, its DPC queue, the thread it runs and its idle thread.
/// <see cref="Current"/>, the DPC queue and <see cref="IdleBusy"/> are guarded by the dispatcher
/// lock; <see cref="Irql"/> is written only by the thread running on the processor.
/// </summary>
[DebuggerDisplay("P{Number} IRQL={Irql} {Current}")]
public sealed class Processor
{
    private readonly LinkedList<KDPC> _dpcs = new();
    private volatile int _dpcCount;
    private KIRQL _irql;

    internal Processor(int number)
    {
        Number = number;
    }

    /// <summary>The processor's number, from 0.</summary>
    public int Number { get; }

    /// <summary>The processor's current IRQL.</summary>
    public KIRQL Irql
    {
        get => _irql;
        internal set
        {
            _irql = value;
            if (value < Wdm.DISPATCH_LEVEL)
            {
                // The DPC watchdog's cumulative count ends when the processor drops below DISPATCH_LEVEL.
                DispatchSince = -1;
            }
        }
    }

    /// <summary>The DPC watchdog: when the processor was first seen at DISPATCH_LEVEL or above
    /// since it last dropped below (interrupt time), or -1.</summary>
    internal long DispatchSince { get; set; } = -1;

    /// <summary>The DPC watchdog: when the running DPC was first seen running, or -1.</summary>
    internal long DpcSince { get; set; } = -1;

    /// <summary>The thread running on the processor: a thread, or the idle thread.</summary>
    public KTHREAD Current { get; internal set; } = null!;

    internal KTHREAD IdleThread { get; set; } = null!;

    /// <summary>The idle thread was chosen to drain DPCs and has not parked yet.</summary>
    internal bool IdleBusy { get; set; }

    /// <summary>A DPC routine is running on this processor.</summary>
    internal bool DpcActive { get; set; }

    /// <summary>Number of DPCs in the queue.</summary>
    public int DpcQueueDepth => _dpcCount;

    internal bool HasPendingDpcs => _dpcCount != 0;

    /// <summary>The PRCB's per-processor IRP lookaside lists (PPLookasideList), by stack count:
    /// touched only by the thread running on this processor, so without a lock.</summary>
    internal Stack<IRP>?[] IrpLookaside { get; } = new Stack<IRP>?[IrpAllocator.MaximumStackSize + 1];

    /// <summary>The processor runs its idle thread and has nothing to do.</summary>
    internal bool IsIdle => Current == IdleThread && !IdleBusy && _dpcCount == 0;

    internal void EnqueueDpc(KDPC dpc)
    {
        // HighImportance goes to the head of the queue; the others to the tail (KeInsertQueueDpc).
        if (dpc.Importance == Wdm.HighImportance)
        {
            _dpcs.AddFirst(dpc.Link);
        }
        else
        {
            _dpcs.AddLast(dpc.Link);
        }

        dpc.QueuedOn = Number;
        _dpcCount++;
    }

    internal bool RemoveDpc(KDPC dpc)
    {
        if (dpc.QueuedOn != Number)
        {
            return false;
        }

        _dpcs.Remove(dpc.Link);

        dpc.QueuedOn = -1;
        _dpcCount--;
        return true;
    }

    /// <summary>The DPCs in the queue, in order (dispatcher lock held).</summary>
    internal List<KDPC> QueuedDpcs() => [.. _dpcs];

    internal KDPC? DequeueDpc()
    {
        var first = _dpcs.First;
        if (first is null)
        {
            return null;
        }

        _dpcs.RemoveFirst();
        first.Value.QueuedOn = -1;
        _dpcCount--;
        return first.Value;
    }

    /// <summary>"P0", "P1", ...</summary>
    public override string ToString() => $"P{Number}";
}
