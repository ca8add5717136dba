using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class KeSemaphoreTests
{
    [Fact]
    public void KeReleaseSemaphore_ReturnsPreviousCount()
    {
        using var machine = MachineAssert.Boot();
        var previous = -1;
        var count = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var sem = new KSEMAPHORE();
            KeInitializeSemaphore(sem, 1, 5);
            previous = KeReleaseSemaphore(sem, 0, 2, false);
            count = KeReadStateSemaphore(sem);
        }));
        Assert.Equal(1, previous);
        Assert.Equal(3, count);
    }

    [Fact]
    public void KeReleaseSemaphore_PastLimit_RaisesAndKeepsCount()
    {
        using var machine = MachineAssert.Boot();
        var raised = STATUS_SUCCESS;
        var count = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var sem = new KSEMAPHORE();
            KeInitializeSemaphore(sem, 2, 2);
            try
            {
                KeReleaseSemaphore(sem, 0, 1, false);
            }
            catch (NtStatusException e)
            {
                raised = e.Status;
            }

            count = KeReadStateSemaphore(sem);
        }));
        Assert.Equal(STATUS_SEMAPHORE_LIMIT_EXCEEDED, raised);
        Assert.Equal(2, count);
    }

    [Fact]
    public void KeWaitForSingleObject_Semaphore_TakesOneCount()
    {
        using var machine = MachineAssert.Boot();
        var statuses = new List<NTSTATUS>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var sem = new KSEMAPHORE();
            KeInitializeSemaphore(sem, 2, 10);
            for (var i = 0; i < 3; i++)
            {
                statuses.Add(KeWaitForSingleObject(sem, Executive, KernelMode, false, 0));
            }
        }));
        Assert.Equal([STATUS_SUCCESS, STATUS_SUCCESS, STATUS_TIMEOUT], statuses);
    }
}
