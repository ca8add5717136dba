namespace NtSim;

public static partial class Wdm
{
    /// <summary>KeFlushQueuedDpcs: returns once every DPC queued on any processor when it was called
    /// has run (an unload routine calls it so that no DPC of the driver runs after the image goes).
    /// The caller waits, so it must be below DISPATCH_LEVEL (documented: PASSIVE_LEVEL).</summary>
    public static void KeFlushQueuedDpcs()
    {
        var thread = DdiGate.Enter(DdiTable.KeFlushQueuedDpcs);
        Waits.RequireWaitIrql(thread, null, null);
        DpcFlush.Flush(thread);
    }
}
