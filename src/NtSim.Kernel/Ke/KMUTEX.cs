namespace NtSim;

/// <summary>
/// KMUTEX (KMUTANT): owned by one thread at a time, which may acquire it again recursively.
/// SignalState is 1 when free and goes down by one per acquisition. Owning a kernel mutex disables
/// normal kernel APCs, as KeEnterCriticalRegion does.
/// </summary>
public sealed class KMUTEX : DispatcherObject, IObjectBody
{
    ObjectHeader? IObjectBody.ObjectHeader { get; set; }

    /// <summary>A mutant object (NtCreateMutant, kernel32's CreateMutex): owning it does not disable
    /// kernel APCs, and a thread that ends owning it abandons it instead of bug checking.</summary>
    internal bool IsMutant { get; set; }

    internal KTHREAD? Owner { get; set; }

    internal bool Abandoned { get; set; }

    internal override string KindName => "KMUTEX";

    internal override bool IsSignaledFor(KTHREAD thread) => SignalState > 0 || Owner == thread;

    internal override NTSTATUS Satisfy(KTHREAD thread, NTSTATUS status)
    {
        SignalState--;
        if (Owner != thread)
        {
            Owner = thread;
            if (!IsMutant)
            {
                thread.KernelApcDisable--;
            }

            thread.OwnedMutexes.Add(this);
        }

        if (Abandoned)
        {
            // The first waiter to get an abandoned mutex learns so from the wait status.
            Abandoned = false;
            return status + (int)Wdm.STATUS_ABANDONED;
        }

        return status;
    }
}
