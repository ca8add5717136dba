namespace NtSim;

/// <summary>
/// The file object lock that puts synchronous requests on a file opened for synchronous I/O one
/// at a time (IopAcquireFastLock, IopAcquireFileObjectLock, IopReleaseFileObjectLock): a request
/// that finds the file free takes <see cref="FILE_OBJECT.Busy"/> with one interlocked exchange;
/// only one that finds it busy counts itself in <see cref="FILE_OBJECT.Waiters"/> and waits on the
/// file's Lock event, which the releaser sets when someone waits.
/// </summary>
internal static class FileObjectLock
{
    internal static void Acquire(KTHREAD thread, FILE_OBJECT file)
    {
        if (Interlocked.Exchange(ref file.Busy, 1) == 0)
        {
            return;
        }

        Interlocked.Increment(ref file.Waiters);
        try
        {
            // The event may be left set by a release whose waiter took the lock without it: wait again.
            while (Volatile.Read(ref file.Busy) != 0 || Interlocked.Exchange(ref file.Busy, 1) != 0)
            {
                Waits.WaitFor(thread, file.Lock);
            }
        }
        finally
        {
            Interlocked.Decrement(ref file.Waiters);
        }
    }

    internal static void Release(FILE_OBJECT file)
    {
        Interlocked.Exchange(ref file.Busy, 0);
        if (Volatile.Read(ref file.Waiters) != 0)
        {
            Events.Set(file.Lock.Machine!, file.Lock);
        }
    }
}
