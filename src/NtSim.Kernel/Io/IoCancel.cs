namespace NtSim;

/// <summary>IRP cancellation: the system-wide cancel spin lock and IoCancelIrp.</summary>
internal static class IoCancel
{
    /// <summary>IoCancelIrp: sets Cancel and, if the IRP has a cancel routine, takes the routine
    /// away and calls it with the cancel spin lock held (the routine releases it).</summary>
    internal static bool Cancel(KTHREAD thread, IRP irp)
    {
        var machine = thread.Machine;
        var cancelLock = machine.IoManager.CancelSpinLock;
        var irql = Irql.Raise(thread, Wdm.DISPATCH_LEVEL);
        SpinLocks.Acquire(thread, cancelLock);
        irp.Cancel = true;
        var routine = Interlocked.Exchange(ref irp.CancelRoutine, null);
        if (routine is null)
        {
            SpinLocks.Release(thread, cancelLock);
            Irql.Lower(thread, irql);
            return false;
        }

        irp.CancelIrql = irql;
        var device = irp.Current?.DeviceObject;
        if (machine.Trace.Enabled)
        {
            machine.Scheduler.Trace(TraceKind.Io, $"cancel {irp.Describe()} -> {CodeNames.Of(routine.Method)}");
        }

        using (thread.EnterModule(device?.DriverObject.Module ?? machine.Modules.For(routine)))
        {
            routine(device!, irp);
        }

        return true;
    }

    /// <summary>IoReleaseCancelSpinLock's work for the kernel's own cancel routines (the cancel-safe
    /// queue's): releases the cancel spin lock and returns to <paramref name="irql"/>.</summary>
    internal static void ReleaseCancelLock(KTHREAD thread, KIRQL irql)
    {
        SpinLocks.Release(thread, thread.Machine.IoManager.CancelSpinLock);
        Irql.Lower(thread, irql);
    }
}
