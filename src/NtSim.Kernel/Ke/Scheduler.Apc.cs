using System.Diagnostics;

namespace NtSim;

/// <summary>The dispatcher's part of APCs: queues, the waits they interrupt, and what may be
/// delivered now (docs/apcs.md). The routines themselves run in <see cref="Apcs"/>.</summary>
internal abstract partial class Scheduler
{
    /// <summary>KeWaitForXxx: <see cref="WaitOnce"/>, started again after each kernel APC that
    /// interrupted it, with what is left of a relative timeout ("Waits and APCs": kernel APCs do not
    /// make the wait return).</summary>
    internal NTSTATUS Wait(KTHREAD self, ReadOnlySpan<DispatcherObject> objects, WAIT_TYPE waitType, KPROCESSOR_MODE mode, bool alertable, long? timeout, KWAIT_REASON reason)
    {
        var deadline = timeout is long t && t < 0 ? InterruptTime - t : 0;
        while (true)
        {
            if (self.HasKernelApcs)
            {
                // KeWaitForXxx delivers the kernel APCs it can before it looks at the objects.
                Apcs.DeliverKernel(self);
            }

            var status = WaitOnce(self, objects, waitType, mode, alertable, timeout, reason);
            if (status != Wdm.STATUS_KERNEL_APC)
            {
                return status;
            }

            if (deadline != 0)
            {
                timeout = Math.Min(0, InterruptTime - deadline);
            }
        }
    }

    /// <summary>KeInsertQueueApc's work: FALSE if the APC is queued already or the thread takes no
    /// more APCs; otherwise the APC is queued and a wait it may interrupt ends.</summary>
    internal bool InsertQueueApc(KAPC apc, object? argument1, object? argument2)
    {
        lock (Lock)
        {
            Machine.ThrowIfHalted();
            var thread = apc.Thread!;
            if (apc.Inserted || !thread.ApcQueueable)
            {
                return false;
            }

            apc.SystemArgument1 = argument1;
            apc.SystemArgument2 = argument2;
            if (apc.Environment == Wdm.InsertApcEnvironment)
            {
                apc.ApcStateIndex = thread.ApcStateIndex;
            }

            Enqueue(thread, apc);
            AssertApcInvariants(thread);
            if (Machine.Trace.Enabled)
            {
                Trace(TraceKind.Apc, $"queue {apc.Describe()} to {thread}");
            }

            if (thread.State == ThreadState.Waiting && apc.ApcStateIndex == thread.ApcStateIndex)
            {
                InterruptWait(thread, apc);
            }

            return true;
        }
    }

    /// <summary>KeRemoveQueueApc's work: takes a queued APC out of its queue; FALSE if it was not queued.</summary>
    internal bool RemoveQueueApc(KAPC apc)
    {
        lock (Lock)
        {
            if (!apc.Inserted)
            {
                return false;
            }

            var thread = apc.Thread!;
            var queue = apc.ApcMode == Wdm.UserMode ? thread.UserApcs : thread.KernelApcs;
            queue.Remove(apc);
            apc.Inserted = false;
            thread.HasKernelApcs = thread.KernelApcs.Count > 0;
            if (thread.UserApcs.Count == 0)
            {
                thread.UserApcPending = false;
            }

            return true;
        }
    }

    /// <summary>Special kernel APCs go after the special ones already queued and ahead of the normal
    /// ones; normal kernel APCs and user APCs go last.</summary>
    private static void Enqueue(KTHREAD thread, KAPC apc)
    {
        apc.Inserted = true;
        if (apc.ApcMode == Wdm.UserMode)
        {
            thread.UserApcs.AddLast(apc);
            return;
        }

        var queue = thread.KernelApcs;
        if (apc.IsSpecial)
        {
            var node = queue.First;
            while (node is not null && node.Value.IsSpecial)
            {
                node = node.Next;
            }

            if (node is null)
            {
                queue.AddLast(apc);
            }
            else
            {
                queue.AddBefore(node, apc);
            }
        }
        else
        {
            queue.AddLast(apc);
        }

        thread.HasKernelApcs = true;
    }

    /// <summary>A kernel APC ends a wait made at PASSIVE_LEVEL that may take it (the wait starts
    /// again after the APC); a user APC ends an alertable user-mode wait with STATUS_USER_APC.</summary>
    private void InterruptWait(KTHREAD thread, KAPC apc)
    {
        if (apc.ApcMode == Wdm.KernelMode)
        {
            if (thread.SavedIrql == Wdm.PASSIVE_LEVEL && CanDeliverKernel(thread, apc))
            {
                Unwait(thread, Wdm.STATUS_KERNEL_APC);
            }
        }
        else if (thread.WaitMode == Wdm.UserMode && thread.WaitAlertable && thread.KernelApcDisable == 0)
        {
            thread.UserApcPending = true;
            Unwait(thread, Wdm.STATUS_USER_APC);
        }
    }

    /// <summary>Whether the thread's regions allow <paramref name="apc"/> now (the IRQL is the caller's check).</summary>
    private static bool CanDeliverKernel(KTHREAD thread, KAPC apc) =>
        thread.SpecialApcDisable == 0 && apc.ApcStateIndex == thread.ApcStateIndex
        && (apc.IsSpecial || (thread.KernelApcDisable == 0 && !thread.KernelApcInProgress));

    /// <summary>The next kernel APC the thread may run now, taken out of its queue; null if none.
    /// Special APCs come first; a normal one that is held holds those behind it.</summary>
    internal KAPC? DequeueKernelApc(KTHREAD thread)
    {
        lock (Lock)
        {
            Machine.ThrowIfHalted();
            for (var node = thread.KernelApcs.First; node is not null; node = node.Next)
            {
                var apc = node.Value;
                if (apc.ApcStateIndex != thread.ApcStateIndex)
                {
                    continue;
                }

                if (!CanDeliverKernel(thread, apc))
                {
                    return null;
                }

                thread.KernelApcs.Remove(node);
                apc.Inserted = false;
                thread.HasKernelApcs = thread.KernelApcs.Count > 0;
                AssertApcInvariants(thread);
                return apc;
            }

            return null;
        }
    }

    /// <summary>The next pending user APC, taken out of the queue; null (and no longer pending) when none is left.</summary>
    internal KAPC? DequeueUserApc(KTHREAD thread)
    {
        lock (Lock)
        {
            Machine.ThrowIfHalted();
            var first = thread.UserApcs.First;
            if (!thread.UserApcPending || first is null)
            {
                thread.UserApcPending = false;
                return null;
            }

            thread.UserApcs.RemoveFirst();
            first.Value.Inserted = false;
            return first.Value;
        }
    }

    /// <summary>The queue invariants of docs/apcs.md, checked in Debug builds under the dispatcher lock.</summary>
    [Conditional("DEBUG")]
    private void AssertApcInvariants(KTHREAD thread)
    {
        Debug.Assert(Monitor.IsEntered(Lock));
        Debug.Assert(thread.HasKernelApcs == thread.KernelApcs.Count > 0, "HasKernelApcs tells whether the kernel queue has APCs");
        Debug.Assert(!thread.UserApcPending || thread.UserApcs.Count > 0, "user APCs are pending only when queued");
        var special = true;
        foreach (var apc in thread.KernelApcs)
        {
            Debug.Assert(apc.Inserted && apc.Thread == thread && apc.ApcMode == Wdm.KernelMode, "a kernel APC is queued once, to its own thread");
            Debug.Assert(special || !apc.IsSpecial, "special kernel APCs come before normal ones");
            special = apc.IsSpecial;
        }

        foreach (var apc in thread.UserApcs)
        {
            Debug.Assert(apc.Inserted && apc.Thread == thread && apc.ApcMode == Wdm.UserMode, "a user APC is queued once, to its own thread");
        }
    }

    /// <summary>KeTestAlertThread's work: clears and returns the Alerted state; for UserMode, makes
    /// queued user APCs pending.</summary>
    internal bool TestAlert(KTHREAD thread, KPROCESSOR_MODE mode)
    {
        lock (Lock)
        {
            var alerted = thread.Alerted;
            thread.Alerted = false;
            if (mode == Wdm.UserMode && thread.UserApcs.Count > 0)
            {
                thread.UserApcPending = true;
            }

            return alerted;
        }
    }

    /// <summary>Whether an alertable user-mode wait finds a user APC waiting for it: it then
    /// returns STATUS_USER_APC without waiting. Called under the lock.</summary>
    private static bool TakesUserApc(KTHREAD self, KPROCESSOR_MODE mode, bool alertable)
    {
        if (!alertable || mode != Wdm.UserMode || self.UserApcs.Count == 0 || self.KernelApcDisable != 0)
        {
            return false;
        }

        self.UserApcPending = true;
        return true;
    }

    /// <summary>Shuts the thread's queues at exit (KeInsertQueueApc returns FALSE from here on) and
    /// returns what is left in them, in queue order.</summary>
    internal List<KAPC> CloseApcQueues(KTHREAD thread)
    {
        lock (Lock)
        {
            thread.ApcQueueable = false;
            var left = new List<KAPC>(thread.KernelApcs.Count + thread.UserApcs.Count);
            left.AddRange(thread.KernelApcs);
            left.AddRange(thread.UserApcs);
            foreach (var apc in left)
            {
                apc.Inserted = false;
            }

            thread.KernelApcs.Clear();
            thread.UserApcs.Clear();
            thread.HasKernelApcs = false;
            thread.UserApcPending = false;
            return left;
        }
    }

    /// <summary>A process's exit ends a thread's user-mode wait, alertable or not, with STATUS_USER_APC
    /// ("Waits and APCs": the operating system interrupts both kinds of waits to terminate a thread,
    /// and a driver's user-mode wait returns STATUS_USER_APC), and an alertable kernel-mode wait with
    /// STATUS_ALERTED; a thread not waiting is left alerted. Windows does this with the exit APC.</summary>
    internal void AlertForExit(KTHREAD thread)
    {
        lock (Lock)
        {
            if (thread.State == ThreadState.Waiting && thread.WaitMode == Wdm.UserMode)
            {
                Unwait(thread, Wdm.STATUS_USER_APC);
            }
            else if (thread.State == ThreadState.Waiting && thread.WaitAlertable)
            {
                Unwait(thread, Wdm.STATUS_ALERTED);
            }
            else
            {
                thread.Alerted = true;
            }
        }
    }
}
