namespace NtSim;

/// <summary>
/// KTIMER: signaled when its due time passes. A notification timer stays signaled until set
/// again; a synchronization timer releases one waiter and resets. A periodic timer re-arms itself,
/// and a timer with a DPC queues it at every expiry.
/// </summary>
public sealed class KTIMER : DispatcherObject
{
    internal TIMER_TYPE Type { get; set; }

    /// <summary>Absolute due time in interrupt time (100 ns units since boot).</summary>
    internal long DueTime { get; set; }

    /// <summary>Period in milliseconds; 0 for a one-shot timer.</summary>
    internal int Period { get; set; }

    internal KDPC? Dpc { get; set; }

    /// <summary>Whether the timer is in the timer queue.</summary>
    internal bool Inserted { get; set; }

    /// <summary>Bumped at every insert and cancel, so stale queue entries can be told apart.</summary>
    internal int Generation { get; set; }

    /// <summary>The processor whose timer table holds the timer (where its DPC is queued).</summary>
    internal int Processor { get; set; }

    /// <summary>For a thread's own wait-timeout timer: the waiting thread.</summary>
    internal KTHREAD? TimeoutThread { get; set; }

    /// <summary>The tracker's handle while the timer is set by a driver, or -1.</summary>
    internal int TrackHandle { get; set; } = -1;

    internal override string KindName => Type == Wdm.SynchronizationTimer ? "KTIMER(sync)" : "KTIMER";

    internal override NTSTATUS Satisfy(KTHREAD thread, NTSTATUS status)
    {
        if (Type == Wdm.SynchronizationTimer)
        {
            SignalState = 0;
        }

        return status;
    }
}
