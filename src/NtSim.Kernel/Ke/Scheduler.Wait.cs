using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace NtSim;

internal abstract partial class Scheduler
{
    /// <summary>
    /// KeWaitForMultipleObjects at its core, once (<see cref="Wait"/> starts it again after a kernel
    /// APC). <paramref name="timeout"/> is null for an infinite wait, otherwise the NT convention:
    /// negative relative, positive absolute system time, in 100 ns units; zero tests the objects
    /// without waiting.
    /// </summary>
    private NTSTATUS WaitOnce(KTHREAD self, ReadOnlySpan<DispatcherObject> objects, WAIT_TYPE waitType, KPROCESSOR_MODE mode, bool alertable, long? timeout, KWAIT_REASON reason)
    {
        NTSTATUS? immediate = null;
        bool goOn;
        var switchAtDispatch = false;
        lock (Lock)
        {
            Machine.ThrowIfHalted();
            immediate = TrySatisfy(self, objects, waitType);
            if (immediate is null && alertable && self.Alerted)
            {
                self.Alerted = false;
                immediate = Wdm.STATUS_ALERTED;
            }

            if (immediate is null && TakesUserApc(self, mode, alertable))
            {
                immediate = Wdm.STATUS_USER_APC;
            }

            if (immediate is null && timeout == 0)
            {
                immediate = Wdm.STATUS_TIMEOUT;
            }

            if (immediate is not null)
            {
                goOn = true;
            }
            else if (self.Processor!.Irql >= Wdm.DISPATCH_LEVEL)
            {
                // Reached only with Force IRQL checking off (0xC4/0x3B otherwise): the thread would switch at raised IRQL.
                switchAtDispatch = true;
                goOn = true;
            }
            else
            {
                // A thread of a queue that blocks frees its place for another of the queue's waiters (KiActivateWaiterQueue).
                Queues.OnBlocking(this, self);
                var blocks = self.EnsureWaitBlocks(objects.Length);
                for (var i = 0; i < objects.Length; i++)
                {
                    blocks[i].Object = objects[i];
                    blocks[i].Key = i;
                    objects[i].AddWaitBlock(blocks[i]);
                }

                self.WaitCount = objects.Length;
                self.WaitType = waitType;
                self.WaitMode = mode;
                self.WaitReason = reason;
                self.WaitAlertable = alertable;
                self.WaitStatus = Wdm.STATUS_TIMEOUT;
                self.State = ThreadState.Waiting;
                if (timeout is long t)
                {
                    InsertTimer(self.WaitTimer, ToDueTime(t));
                }

                if (Machine.Trace.Enabled)
                {
                    Trace(TraceKind.Wait, DescribeWait(self));
                }

                ReleaseProcessor(self);
                goOn = OnBlocked(self);
            }
        }

        if (switchAtDispatch)
        {
            SwitchAtDispatch(self, objects.Length == 0 ? null : objects[0], timeout);
        }

        if (immediate is NTSTATUS status)
        {
            SchedulingPoint(self);
            return status;
        }

        if (!goOn)
        {
            WaitToRun(self);
        }

        AfterResume(self);
        return self.WaitStatus;
    }

    /// <summary>Satisfies the wait at once if the objects allow; null if the thread must wait.</summary>
    private static NTSTATUS? TrySatisfy(KTHREAD self, ReadOnlySpan<DispatcherObject> objects, WAIT_TYPE waitType)
    {
        if (waitType == Wdm.WaitAny)
        {
            for (var i = 0; i < objects.Length; i++)
            {
                if (objects[i].IsSignaledFor(self))
                {
                    return objects[i].Satisfy(self, Wdm.STATUS_WAIT_0 + i);
                }
            }

            return null;
        }

        foreach (var o in objects)
        {
            if (!o.IsSignaledFor(self))
            {
                return null;
            }
        }

        var result = Wdm.STATUS_SUCCESS;
        foreach (var o in objects)
        {
            if (o.Satisfy(self, Wdm.STATUS_SUCCESS) != Wdm.STATUS_SUCCESS)
            {
                result = Wdm.STATUS_ABANDONED;
            }
        }

        return result;
    }

    /// <summary>Releases the waiters that the object's new signal state satisfies.</summary>
    internal void SignalObject(DispatcherObject obj)
    {
        Debug.Assert(Monitor.IsEntered(Lock));
        var list = obj.WaitList;
        var i = 0;
        while (i < list.Count)
        {
            var block = list[i];
            var thread = block.Thread;
            if (!obj.IsSignaledFor(thread))
            {
                i++;
                continue;
            }

            if (thread.WaitType == Wdm.WaitAny)
            {
                Unwait(thread, obj.Satisfy(thread, Wdm.STATUS_WAIT_0 + block.Key));
                continue;
            }

            if (!AllSignaled(thread))
            {
                i++;
                continue;
            }

            var status = Wdm.STATUS_SUCCESS;
            for (var k = 0; k < thread.WaitCount; k++)
            {
                if (thread.WaitBlocks[k].Object!.Satisfy(thread, Wdm.STATUS_SUCCESS) != Wdm.STATUS_SUCCESS)
                {
                    status = Wdm.STATUS_ABANDONED;
                }
            }

            Unwait(thread, status);
        }
    }

    private static bool AllSignaled(KTHREAD thread)
    {
        for (var k = 0; k < thread.WaitCount; k++)
        {
            if (!thread.WaitBlocks[k].Object!.IsSignaledFor(thread))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Ends a thread's wait with <paramref name="status"/> and makes it ready.</summary>
    internal void Unwait(KTHREAD thread, NTSTATUS status)
    {
        Debug.Assert(Monitor.IsEntered(Lock) && thread.State == ThreadState.Waiting);
        for (var k = 0; k < thread.WaitCount; k++)
        {
            var block = thread.WaitBlocks[k];
            block.Object!.WaitList.Remove(block);
            block.Object = null;
        }

        thread.WaitCount = 0;
        CancelTimer(thread.WaitTimer);
        thread.WaitStatus = status;
        Queues.OnUnwait(thread);
        if (Machine.Trace.Enabled)
        {
            Trace(TraceKind.Wake, $"{thread} {NtNames.Format(status)}");
        }

        BoostWoken(thread);
        MakeReady(thread);
    }

    /// <summary>Alerts a thread: an alertable kernel-mode wait ends with STATUS_ALERTED.</summary>
    internal void Alert(KTHREAD thread)
    {
        lock (Lock)
        {
            if (thread.State == ThreadState.Waiting && thread.WaitAlertable)
            {
                Unwait(thread, Wdm.STATUS_ALERTED);
            }
            else
            {
                thread.Alerted = true;
            }
        }
    }

    /// <summary>Converts an NT due time (negative relative, positive absolute) to interrupt time.</summary>
    internal long ToDueTime(long ntTime) =>
        ntTime < 0 ? InterruptTime - ntTime : Math.Max(InterruptTime, ntTime - Machine.SystemTimeAtBoot);

    /// <summary>What every blocked thread waits on (idle threads and idle system workers left out).</summary>
    protected DeadlockReport DescribeDeadlock()
    {
        var lines = new List<string>();
        foreach (var t in Threads)
        {
            if (t.Kind == ThreadKind.Idle || t.State == ThreadState.Terminated || Machine.WorkQueues.IsIdleWorker(t))
            {
                continue;
            }

            lines.Add(t.State switch
            {
                ThreadState.Waiting => DescribeWait(t) + IrpsWaitedFor(t),
                _ when t.SpinningOn is { } l => $"{t} spins on {l.Describe()} held by {l.Owner?.ToString() ?? "nobody"}",
                _ => $"{t} is {t.State}",
            });
        }

        return new DeadlockReport(lines, InterruptTime);
    }

    /// <summary>", the completion of IRP@... IRP_MJ_READ at ...: where it is" for the IRPs the thread waits for.</summary>
    private string IrpsWaitedFor(KTHREAD thread)
    {
        var irps = IrpWhereabouts.WaitedFor(Machine, thread);
        return irps.Count == 0 ? "" : (irps.Count == 1 ? ", the completion of " : ", the completion of any of ") + string.Join("; ", irps);
    }

    internal static string DescribeWait(KTHREAD thread)
    {
        var text = new StringBuilder();
        text.Append(thread).Append(thread.WaitType == Wdm.WaitAll ? " waits for all of " : " waits for ");
        for (var k = 0; k < thread.WaitCount; k++)
        {
            if (k > 0)
            {
                text.Append(", ");
            }

            var o = thread.WaitBlocks[k].Object!;
            text.Append(o.Describe());
            if (o is KMUTEX { Owner: { } owner })
            {
                text.Append(" owned by ").Append(owner);
            }
        }

        if (thread.WaitCount == 0)
        {
            text.Append("its delay");
        }

        if (thread.WaitTimer.Inserted)
        {
            text.Append(" until ").Append(thread.WaitTimer.DueTime).Append(" (timeout)");
        }

        return text.ToString();
    }

    /// <summary>A wait that must block at DISPATCH_LEVEL or above. Windows without Driver Verifier bug
    /// checks ATTEMPTED_SWITCH_FROM_DPC when a DPC routine waits (P1 the thread; NtSim has no other
    /// thread or stack address to give); from a thread it switches at raised IRQL, which NtSim cannot
    /// do (a processor at DISPATCH_LEVEL keeps its thread), so the wait stops the machine with
    /// 0xC4/0x3B whatever the options.</summary>
    [DoesNotReturn]
    private void SwitchAtDispatch(KTHREAD self, DispatcherObject? first, long? timeout)
    {
        var p = self.Processor!;
        var irql = p.Irql;
        if (p.DpcActive)
        {
            Machine.RaiseBugCheck(Wdm.ATTEMPTED_SWITCH_FROM_DPC, self.Address, 0, 0, 0,
                $"a DPC routine waited on {first?.KindName ?? "nothing"} and the wait could not be satisfied at once; a DPC cannot wait");
        }

        Machine.Verifier.BugCheck(VerifierRules.WaitAtDispatch, (ulong)irql, first?.Address ?? 0, timeout is long t ? (ulong)t : 0,
            $"a wait at IRQL {(int)irql} could not be satisfied at once; NtSim cannot switch a thread at DISPATCH_LEVEL or above");
    }
}
