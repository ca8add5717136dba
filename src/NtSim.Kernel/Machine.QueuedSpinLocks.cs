namespace NtSim;

public sealed partial class Machine
{
    private QueuedSpinLocks? _queuedSpinLocks;

    /// <summary>The kernel's numbered queued spin locks (KeAcquireQueuedSpinLock).</summary>
    internal QueuedSpinLocks QueuedSpinLocks
    {
        get
        {
            var locks = Volatile.Read(ref _queuedSpinLocks);
            return locks ?? Interlocked.CompareExchange(ref _queuedSpinLocks, new QueuedSpinLocks(), null) ?? _queuedSpinLocks;
        }
    }
}
