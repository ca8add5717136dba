namespace NtSim;

internal sealed partial class FxIoQueue
{
    /// <summary>The device leaves D0 (<paramref name="purge"/>: for good, it is being removed): a
    /// power-managed queue stops presenting (FxIoStopProcessingForPowerHold); on removal its waiting
    /// requests are cancelled (PowerPurge).</summary>
    internal void StopForPower(KTHREAD thread, bool purge)
    {
        lock (_lock)
        {
            _dispatchingEnabled = false;
        }

        if (purge)
        {
            Purge(thread, null, null);
        }
    }

    /// <summary>The device is back in D0: the queue presents again ("Power resume all queues").</summary>
    internal void ResumeFromPower(KTHREAD thread)
    {
        lock (_lock)
        {
            _dispatchingEnabled = true;
        }

        DispatchRequests(thread);
    }
}
