using System.Diagnostics;

namespace NtSim;

internal abstract partial class Scheduler
{
    /// <summary>KeInsertQueueDpc's work: queues the DPC on its target processor (the caller's unless
    /// KeSetTargetProcessorDpc chose one), remembering the line that queued it; false if it is queued already.</summary>
    internal bool InsertQueueDpc(KTHREAD thread, KDPC dpc, object? argument1, object? argument2, string file, int line)
    {
        lock (Lock)
        {
            var target = dpc.TargetProcessor >= 0 ? Processors[dpc.TargetProcessor] : thread.Processor!;
            if (!QueueDpc(dpc, target, argument1, argument2))
            {
                return false;
            }

            dpc.QueuedFile = file;
            dpc.QueuedLine = line;
            return true;
        }
    }

    internal bool QueueDpc(KDPC dpc, Processor target, object? argument1, object? argument2)
    {
        Debug.Assert(Monitor.IsEntered(Lock));
        if (dpc.Inserted)
        {
            return false;
        }

        dpc.SystemArgument1 = argument1;
        dpc.SystemArgument2 = argument2;
        target.EnqueueDpc(dpc);
        if (Machine.Trace.Enabled)
        {
            Trace(TraceKind.Dpc, $"queue {dpc.RoutineName} on P{target.Number}");
        }

        OnDpcQueued(target);
        return true;
    }

    internal bool RemoveDpc(KDPC dpc)
    {
        lock (Lock)
        {
            return dpc.Inserted && Processors[dpc.QueuedOn].RemoveDpc(dpc);
        }
    }

    /// <summary>Runs the processor's queued DPCs at DISPATCH_LEVEL on the calling thread, which
    /// must be the processor's current thread.</summary>
    internal void DrainDpcs(KTHREAD self, Processor p)
    {
        if (p.DpcActive)
        {
            return;
        }

        var oldIrql = p.Irql;
        p.Irql = Wdm.DISPATCH_LEVEL;
        p.DpcActive = true;
        var oldModule = self.CurrentModule;
        try
        {
            while (true)
            {
                KDPC? dpc;
                lock (Lock)
                {
                    Machine.ThrowIfHalted();
                    dpc = p.DequeueDpc();
                }

                if (dpc is null)
                {
                    break;
                }

                RunDpc(self, p, dpc);

                // A DPC queued after this unlocked look waits for the processor's next scheduling
                // point, as one queued just after a look under the lock would.
                if (!p.HasPendingDpcs)
                {
                    break;
                }
            }
        }
        finally
        {
            self.CurrentModule = oldModule;
            p.DpcActive = false;
        }

        p.Irql = oldIrql;
    }

    private void RunDpc(KTHREAD self, Processor p, KDPC dpc)
    {
        if (Machine.Trace.Enabled)
        {
            Trace(TraceKind.Dpc, $"run {dpc.RoutineName}");
        }

        self.CurrentModule = dpc.Module ?? Machine.Modules.Kernel;
        p.DpcSince = -1;
        if (dpc.Routine is null)
        {
            // KeInitializeDpc stored a NULL routine: the call executes address 0 at DISPATCH_LEVEL
            // (IRQL_NOT_LESS_OR_EQUAL: P1 the address, P2 the IRQL, P3 8 for execute, P4 the instruction's address).
            Machine.RaiseBugCheck(Wdm.IRQL_NOT_LESS_OR_EQUAL, 0, (ulong)p.Irql, 8, 0,
                $"{dpc.Describe()} ran with the NULL DeferredRoutine it was initialized with");
        }

        if (dpc.Module is { IsUnloaded: true } unloaded)
        {
            UnloadedCode.Raise(Machine, unloaded, dpc.Routine.Method, "DPC routine");
        }

        try
        {
            BreakpointTable.AtCall(self, dpc.Routine);
            dpc.Routine(dpc, dpc.DeferredContext, dpc.SystemArgument1, dpc.SystemArgument2);
        }
        catch (Exception e) when (e is not (BugCheckException or MachineHaltedException or ThreadTerminatedException))
        {
            // No frame above a DPC handles exceptions: KMODE_EXCEPTION_NOT_HANDLED.
            Machine.BugCheckForException(Wdm.KMODE_EXCEPTION_NOT_HANDLED, e);
        }

        if (p.Irql != Wdm.DISPATCH_LEVEL)
        {
            // A DPC routine must return at DISPATCH_LEVEL: IRQL_UNEXPECTED_VALUE in the same spirit
            // as Windows' check after each DPC (P1 = IRQL << 16 | expected << 8).
            Machine.RaiseBugCheck(Wdm.IRQL_UNEXPECTED_VALUE, ((ulong)p.Irql << 16) | ((ulong)Wdm.DISPATCH_LEVEL << 8), 0, 0, 0,
                $"DPC routine {dpc.RoutineName} returned at IRQL {(int)p.Irql} instead of DISPATCH_LEVEL");
        }
    }
}
