using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>Spin lock acquisition and release on the running processor.</summary>
internal static class SpinLocks
{
    internal static void Initialize(KTHREAD thread, KSPIN_LOCK spinLock)
    {
        spinLock.Owner = null;
        spinLock.Free();
        if (spinLock.Machine != thread.Machine)
        {
            spinLock.Machine = thread.Machine;
            spinLock.Address = thread.Machine.AllocateObjectAddress(8);
        }
    }

    /// <summary>Takes the lock at DISPATCH_LEVEL or above, spinning while another processor holds it.</summary>
    internal static void Acquire(KTHREAD thread, KSPIN_LOCK spinLock, string file = "", int line = 0)
    {
        var machine = thread.Machine;
        if (spinLock.Machine != machine)
        {
            Initialize(thread, spinLock);
        }

        if (spinLock.Owner == thread)
        {
            AlreadyOwned(thread, spinLock);
        }

        while (!spinLock.TryTake())
        {
            machine.Scheduler.Spin(thread, spinLock);
        }

        Take(thread, spinLock, file, line);
        machine.Scheduler.SchedulingPoint(thread);
    }

    internal static bool TryAcquire(KTHREAD thread, KSPIN_LOCK spinLock, string file = "", int line = 0)
    {
        if (spinLock.Machine != thread.Machine)
        {
            Initialize(thread, spinLock);
        }

        if (!spinLock.TryTake())
        {
            return false;
        }

        Take(thread, spinLock, file, line);
        return true;
    }

    internal static void Release(KTHREAD thread, KSPIN_LOCK spinLock)
    {
        if (spinLock.Owner != thread)
        {
            NotOwned(thread, spinLock);
        }

        spinLock.Owner = null;
        Forget(thread, spinLock);
        spinLock.Free();
    }

    // The bug checks are out of line, so that the acquire and release paths stay small.

    /// <summary>Acquiring a spin lock the processor already holds deadlocks it (SPIN_LOCK_ALREADY_OWNED, no parameters).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AlreadyOwned(KTHREAD thread, KSPIN_LOCK spinLock) =>
        thread.Machine.RaiseBugCheck(Wdm.SPIN_LOCK_ALREADY_OWNED, 0, 0, 0, 0,
            $"{spinLock.Describe()} acquired again by {thread}, which already holds it");

    /// <summary>SPIN_LOCK_NOT_OWNED: a release by a thread that does not hold the lock.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void NotOwned(KTHREAD thread, KSPIN_LOCK spinLock) =>
        thread.Machine.RaiseBugCheck(Wdm.SPIN_LOCK_NOT_OWNED, 0, 0, 0, 0,
            spinLock.Owner is null
                ? $"{spinLock.Describe()} released by {thread} but it is not held"
                : $"{spinLock.Describe()} released by {thread} but it is held by {spinLock.Owner}");

    /// <summary>"SampleDriver.cs:57" for the line that took a held lock; null if the kernel took it.</summary>
    internal static string? Site(KSPIN_LOCK spinLock)
    {
        return spinLock.AcquiredFile.Length == 0 ? null : SourceSite.Format(spinLock.AcquiredFile, spinLock.AcquiredLine);
    }

    private static void Take(KTHREAD thread, KSPIN_LOCK spinLock, string file, int line)
    {
        spinLock.Owner = thread;
        spinLock.AcquiredFile = file;
        spinLock.AcquiredLine = line;
        spinLock.HeldBefore = thread.LastHeldSpinLock;
        thread.LastHeldSpinLock = spinLock;
        thread.SpinLocksHeld++;
    }

    /// <summary>Unlinks a released lock from its thread's chain: locks are usually released in the
    /// reverse order of their acquisition, so the last one is tried first.</summary>
    private static void Forget(KTHREAD thread, KSPIN_LOCK spinLock)
    {
        thread.SpinLocksHeld--;
        if (thread.LastHeldSpinLock == spinLock)
        {
            thread.LastHeldSpinLock = spinLock.HeldBefore;
            return;
        }

        for (var later = thread.LastHeldSpinLock; later is not null; later = later.HeldBefore)
        {
            if (later.HeldBefore == spinLock)
            {
                later.HeldBefore = spinLock.HeldBefore;
                return;
            }
        }
    }

    /// <summary>The spin locks <paramref name="thread"/> holds, the first taken first.</summary>
    internal static List<KSPIN_LOCK> Held(KTHREAD thread)
    {
        var held = new List<KSPIN_LOCK>(thread.SpinLocksHeld);
        for (var l = thread.LastHeldSpinLock; l is not null; l = l.HeldBefore)
        {
            held.Add(l);
        }

        held.Reverse();
        return held;
    }
}
