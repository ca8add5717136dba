using static NtSim.Wdm;

namespace NtSim.Tests.Io;

public sealed class IoRemoveLockExTests
{
    [Fact]
    public void IoAcquireRemoveLockEx_AfterReleaseAndWaitEx_ReturnsDeletePending()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS first = STATUS_UNSUCCESSFUL, afterRemove = STATUS_SUCCESS;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var removeLock = new IO_REMOVE_LOCK();
            IoInitializeRemoveLockEx(removeLock, TAG("RmLk"), 0, 0, 0);
            var tag = new object();
            first = IoAcquireRemoveLockEx(removeLock, tag, "driver.c", 42, 0);
            IoReleaseRemoveLockEx(removeLock, tag, 0);
            IoAcquireRemoveLockEx(removeLock, null, "driver.c", 43, 0);
            IoReleaseRemoveLockAndWaitEx(removeLock, null, 0);
            afterRemove = IoAcquireRemoveLockEx(removeLock, null, "driver.c", 44, 0);
        }));
        Assert.Equal(STATUS_SUCCESS, first);
        Assert.Equal(STATUS_DELETE_PENDING, afterRemove);
    }

    [Fact]
    public void IoReleaseRemoveLockEx_UnknownTag_BugChecksC4_D5()
    {
        using var machine = MachineAssert.Boot();
        ulong lockAddress = 0;
        var status = machine.Run(() =>
        {
            var removeLock = new IO_REMOVE_LOCK();
            IoInitializeRemoveLockEx(removeLock, 0, 0, 0, 0);
            lockAddress = removeLock.Address;
            IoAcquireRemoveLockEx(removeLock, "a", "driver.c", 1, 0);
            IoReleaseRemoveLockEx(removeLock, "b", 0);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xD5, lockAddress, 0, 0);
    }

    [Fact]
    public void IoReleaseRemoveLockAndWaitEx_AtDispatch_BugChecksIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var removeLock = new IO_REMOVE_LOCK();
            IoInitializeRemoveLockEx(removeLock, 0, 0, 0, 0);
            IoAcquireRemoveLockEx(removeLock, null, "driver.c", 1, 0);
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            IoReleaseRemoveLockAndWaitEx(removeLock, null, 0);
        });

        // 0xC4/0xE5: documented at PASSIVE_LEVEL; P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)DISPATCH_LEVEL, 0, 0);
    }
}
