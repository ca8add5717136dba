namespace NtSim;

/// <summary>What Windows checks when a thread ends.</summary>
internal static class ThreadRules
{
    internal static void OnExit(KTHREAD thread)
    {
        ProcessAttach.CheckNotAttachedAtExit(thread);
        Mutexes.AbandonMutants(thread);
        if (thread.OwnedMutexes.Count > 0)
        {
            // THREAD_TERMINATE_HELD_MUTEX: P1 the thread, P2 the mutex it still owns.
            var mutex = thread.OwnedMutexes[0];
            thread.Machine.RaiseBugCheck(Wdm.THREAD_TERMINATE_HELD_MUTEX, thread.Address, mutex.Address, 0, 0,
                $"{thread} ended while owning {mutex.Describe()}");
        }

        Apcs.RunDown(thread);
    }
}
