namespace NtSim;

/// <summary>Run-down protection (ExAcquireRundownProtection and its family).</summary>
internal static class Rundown
{
    internal static void Initialize(KTHREAD thread, EX_RUNDOWN_REF reference)
    {
        var machine = thread.Machine;
        lock (machine.Scheduler.Lock)
        {
            reference.Machine = machine;
            reference.State = RundownState.Active;
            reference.Count = 0;
            reference.Completed = false;
            Events.InitializeLocked(machine, reference.Drained, Wdm.NotificationEvent, false);
        }
    }

    /// <summary>Adds <paramref name="count"/> accesses unless the object is being or has been run down.</summary>
    internal static bool Acquire(KTHREAD thread, EX_RUNDOWN_REF reference, uint count, string ddi)
    {
        var machine = Require(thread, reference, ddi);
        lock (machine.Scheduler.Lock)
        {
            if (reference.State != RundownState.Active)
            {
                return false;
            }

            reference.Count += count;
            return true;
        }
    }

    /// <summary>Ends <paramref name="count"/> accesses; the last one of a run-down wakes its waiter.</summary>
    internal static void Release(KTHREAD thread, EX_RUNDOWN_REF reference, uint count, string ddi)
    {
        var machine = Require(thread, reference, ddi);
        lock (machine.Scheduler.Lock)
        {
            // Windows only asserts (checked build) against releasing more than was acquired; the count stops at zero here.
            reference.Count = Math.Max(0, reference.Count - count);
            if (reference.Count == 0 && reference.State == RundownState.RunningDown)
            {
                reference.State = RundownState.RunDown;
                Events.SetLocked(machine, reference.Drained);
            }
        }
    }

    /// <summary>ExWaitForRundownProtectionRelease: no new access is granted; returns once the accesses in
    /// effect are released (at once if there are none, or if the object is run down already).</summary>
    internal static void WaitForRelease(KTHREAD thread, EX_RUNDOWN_REF reference, string ddi)
    {
        var machine = Require(thread, reference, ddi);
        lock (machine.Scheduler.Lock)
        {
            if (reference.State == RundownState.Active)
            {
                reference.State = reference.Count == 0 ? RundownState.RunDown : RundownState.RunningDown;
            }

            if (reference.State == RundownState.RunDown)
            {
                return;
            }
        }

        machine.Scheduler.Wait(thread, [reference.Drained], Wdm.WaitAny, Wdm.KernelMode, false, null, Wdm.WrRundown);
    }

    /// <summary>ExRundownCompleted: marks a run-down object's run-down as finished.</summary>
    internal static void Complete(KTHREAD thread, EX_RUNDOWN_REF reference, string ddi)
    {
        var machine = Require(thread, reference, ddi);
        lock (machine.Scheduler.Lock)
        {
            reference.State = RundownState.RunDown;
            reference.Completed = true;
        }
    }

    private static Machine Require(KTHREAD thread, EX_RUNDOWN_REF reference, string ddi)
    {
        Uninitialized.Require(reference.Machine == thread.Machine, "EX_RUNDOWN_REF", "ExInitializeRundownProtection", ddi);
        return thread.Machine;
    }
}
