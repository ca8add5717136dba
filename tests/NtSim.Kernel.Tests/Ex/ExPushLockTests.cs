using static NtSim.Wdm;

namespace NtSim.Tests.Ex;

/// <summary>Push locks as the WDK pages of ExAcquirePushLockExclusive and ExAcquirePushLockShared
/// describe them: readers share, a writer excludes everyone, a waiting writer holds new readers back,
/// only a shared hold may be taken again by its thread.</summary>
public sealed class ExPushLockTests
{
    [Fact]
    public void TryAcquire_SharedBesideShared_ExclusiveRefusedUntilEveryReaderReleased()
    {
        using var machine = MachineAssert.Boot();
        var results = new List<bool>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var pushLock = new EX_PUSH_LOCK();
            ExInitializePushLock(pushLock);
            KeEnterCriticalRegion();
            results.Add(ExTryAcquirePushLockShared(pushLock));
            results.Add(ExTryAcquirePushLockShared(pushLock));        // shared again by its holder: granted
            results.Add(ExTryAcquirePushLockExclusive(pushLock));
            ExReleasePushLockShared(pushLock);
            results.Add(ExTryAcquirePushLockExclusive(pushLock));     // one shared hold left
            ExReleasePushLockShared(pushLock);
            results.Add(ExTryAcquirePushLockExclusive(pushLock));
            results.Add(ExTryAcquirePushLockShared(pushLock));        // a writer holds it
            ExReleasePushLockExclusive(pushLock);
            KeLeaveCriticalRegion();
        }));
        Assert.Equal([true, true, false, false, true, false], results);
    }

    [Fact]
    public void AcquireExclusive_NeverOverlapsAnotherHolder_UnderEverySchedule() =>
        Schedules.Explore(machine =>
        {
            var inside = 0;
            var overlap = false;
            MachineAssert.Completed(machine, machine.Run(() =>
            {
                var pushLock = new EX_PUSH_LOCK();
                ExInitializePushLock(pushLock);
                var done = new KSEMAPHORE();
                KeInitializeSemaphore(done, 0, 3);
                void Worker(bool exclusive)
                {
                    KeEnterCriticalRegion();
                    for (var i = 0; i < 2; i++)
                    {
                        if (exclusive)
                        {
                            ExAcquirePushLockExclusive(pushLock);
                            overlap |= inside != 0;
                            inside = -1;
                            KeDelayExecutionThread(KernelMode, false, new LARGE_INTEGER(-10_000));
                            inside = 0;
                            ExReleasePushLockExclusive(pushLock);
                        }
                        else
                        {
                            ExAcquirePushLockShared(pushLock);
                            overlap |= inside < 0;
                            inside++;
                            KeDelayExecutionThread(KernelMode, false, new LARGE_INTEGER(-10_000));
                            inside--;
                            ExReleasePushLockShared(pushLock);
                        }
                    }

                    KeLeaveCriticalRegion();
                    KeReleaseSemaphore(done, 0, 1, false);
                }

                machine.Scheduler.CreateThread("Writer", ThreadKind.System, machine.Modules.Kernel, () => Worker(true));
                machine.Scheduler.CreateThread("Reader1", ThreadKind.System, machine.Modules.Kernel, () => Worker(false));
                machine.Scheduler.CreateThread("Reader2", ThreadKind.System, machine.Modules.Kernel, () => Worker(false));
                for (var i = 0; i < 3; i++)
                {
                    KeWaitForSingleObject(done, Executive, KernelMode, false, null);
                }
            }));
            Assert.False(overlap);
        }, 20).ThrowIfFailed();

    [Fact]
    public void AcquireShared_BehindAWaitingWriter_Waits()
    {
        using var machine = MachineAssert.Boot(processors: 2);
        var order = new List<string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var pushLock = new EX_PUSH_LOCK();
            ExInitializePushLock(pushLock);
            var writerWaiting = new KEVENT();
            KeInitializeEvent(writerWaiting, NotificationEvent, false);
            var finished = new KSEMAPHORE();
            KeInitializeSemaphore(finished, 0, 2);
            KeEnterCriticalRegion();
            ExAcquirePushLockShared(pushLock);
            machine.Scheduler.CreateThread("Writer", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                KeEnterCriticalRegion();
                KeSetEvent(writerWaiting, 0, false);
                ExAcquirePushLockExclusive(pushLock);
                lock (order) { order.Add("writer"); }
                ExReleasePushLockExclusive(pushLock);
                KeLeaveCriticalRegion();
                KeReleaseSemaphore(finished, 0, 1, false);
            });
            KeWaitForSingleObject(writerWaiting, Executive, KernelMode, false, null);
            // Let the writer reach its wait.
            KeDelayExecutionThread(KernelMode, false, new LARGE_INTEGER(-10_000));
            machine.Scheduler.CreateThread("Reader", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                KeEnterCriticalRegion();
                var immediate = ExTryAcquirePushLockShared(pushLock);
                lock (order) { order.Add(immediate ? "reader at once" : "reader refused"); }
                if (immediate)
                {
                    ExReleasePushLockShared(pushLock);
                }

                KeLeaveCriticalRegion();
                KeReleaseSemaphore(finished, 0, 1, false);
            });
            KeDelayExecutionThread(KernelMode, false, new LARGE_INTEGER(-10_000));
            ExReleasePushLockShared(pushLock);
            KeLeaveCriticalRegion();
            KeWaitForSingleObject(finished, Executive, KernelMode, false, null);
            KeWaitForSingleObject(finished, Executive, KernelMode, false, null);
        }));
        Assert.Equal(["reader refused", "writer"], order);
    }

    [Fact]
    public void AcquireExclusive_Recursively_HangsTheThread()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var pushLock = new EX_PUSH_LOCK();
            ExInitializePushLock(pushLock);
            KeEnterCriticalRegion();
            ExAcquirePushLockExclusive(pushLock);
            ExAcquirePushLockExclusive(pushLock);
        });
        Assert.Equal(RunStatus.Deadlock, status);
    }

    [Fact]
    public void AcquireExclusive_AtDispatchLevel_BugChecksIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var pushLock = new EX_PUSH_LOCK();
            ExInitializePushLock(pushLock);
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            ExAcquirePushLockExclusive(pushLock);
        });
        // 0xC4/0xE5: a DDI called above its documented IRQL (<= APC_LEVEL), P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)DISPATCH_LEVEL, 0, 0);
    }
}
