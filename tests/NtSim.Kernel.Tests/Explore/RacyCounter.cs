using static NtSim.Wdm;

namespace NtSim.Tests.Explore;

/// <summary>The scenarios the explorer tests run: system threads that increment a shared counter
/// with a scheduling point between the read and the write (a lost update when another thread
/// writes in between), or under a spin lock (never).</summary>
internal static class RacyCounter
{
    /// <summary>Runs <paramref name="threads"/> system threads of <paramref name="increments"/>
    /// increments each and returns the counter.</summary>
    public static int Run(Machine machine, int threads = 2, int increments = 20, bool locked = false)
    {
        var counter = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var done = new KSEMAPHORE();
            var guard = new KSPIN_LOCK();
            KeInitializeSemaphore(done, 0, threads);
            KeInitializeSpinLock(guard);
            for (var t = 0; t < threads; t++)
            {
                Assert.Equal(STATUS_SUCCESS, PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ =>
                {
                    for (var i = 0; i < increments; i++)
                    {
                        var oldIrql = PASSIVE_LEVEL;
                        if (locked)
                        {
                            KeAcquireSpinLock(guard, out oldIrql);
                        }

                        var seen = counter;
                        KeStallExecutionProcessor(1);
                        counter = seen + 1;
                        if (locked)
                        {
                            KeReleaseSpinLock(guard, oldIrql);
                        }
                    }

                    KeReleaseSemaphore(done, 0, 1, false);
                }, null));
                ZwClose(handle);
            }

            for (var t = 0; t < threads; t++)
            {
                KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            }
        }));
        return counter;
    }

    /// <summary>The racy counter, asserting that no update was lost.</summary>
    public static void AssertNoLostUpdate(Machine machine, int threads = 2, int increments = 20) =>
        Assert.Equal(threads * increments, Run(machine, threads, increments));
}
