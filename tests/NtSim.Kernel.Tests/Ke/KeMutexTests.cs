using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class KeMutexTests
{
    [Fact]
    public void KeWaitForMutexObject_Recursive_NeedsMatchingReleases()
    {
        using var machine = MachineAssert.Boot();
        var states = new List<int>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var mutex = new KMUTEX();
            KeInitializeMutex(mutex, 0);
            KeWaitForMutexObject(mutex, Executive, KernelMode, false, null);
            KeWaitForMutexObject(mutex, Executive, KernelMode, false, null);
            Assert.True(KeAreApcsDisabled());
            states.Add(KeReadStateMutex(mutex));
            KeReleaseMutex(mutex, false);
            states.Add(KeReadStateMutex(mutex));
            KeReleaseMutex(mutex, false);
            states.Add(KeReadStateMutex(mutex));
            Assert.False(KeAreApcsDisabled());
        }));
        Assert.Equal([-1, 0, 1], states);
    }

    [Fact]
    public void KeReleaseMutex_NotOwner_RaisesMutantNotOwned()
    {
        using var machine = MachineAssert.Boot();
        var raised = STATUS_SUCCESS;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var mutex = new KMUTEX();
            KeInitializeMutex(mutex, 0);
            try
            {
                KeReleaseMutex(mutex, false);
            }
            catch (NtStatusException e)
            {
                raised = e.Status;
            }
        }));
        Assert.Equal(STATUS_MUTANT_NOT_OWNED, raised);
    }

    [Fact]
    public void ThreadExit_OwningMutex_BugChecksThreadTerminateHeldMutex()
    {
        using var machine = MachineAssert.Boot();
        ulong thread = 0, mutexAddress = 0;
        var status = machine.Run(() =>
        {
            var mutex = new KMUTEX();
            KeInitializeMutex(mutex, 0);
            KeWaitForSingleObject(mutex, Executive, KernelMode, false, null);
            thread = KeGetCurrentThread().Address;
            mutexAddress = mutex.Address;
        });
        MachineAssert.BugCheck(machine, status, THREAD_TERMINATE_HELD_MUTEX, thread, mutexAddress, 0, 0);
    }

    [Fact]
    public void KeWaitForMutexObject_Contended_SecondThreadWaitsForRelease()
    {
        using var machine = MachineAssert.Boot(processors: 2, seed: 5);
        var log = new List<string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var mutex = new KMUTEX();
            var done = new KEVENT();
            KeInitializeMutex(mutex, 0);
            KeInitializeEvent(done, NotificationEvent, false);
            KeWaitForSingleObject(mutex, Executive, KernelMode, false, null);
            machine.Scheduler.CreateThread("Other", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                KeWaitForSingleObject(mutex, Executive, KernelMode, false, null);
                lock (log)
                {
                    log.Add("other owns");
                }

                KeReleaseMutex(mutex, false);
                KeSetEvent(done, 0, false);
            });
            KeDelayExecutionThread(KernelMode, false, -10_000);
            lock (log)
            {
                log.Add("first releases");
            }

            KeReleaseMutex(mutex, false);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
        }));
        Assert.Equal(["first releases", "other owns"], log);
    }
}
