using static NtSim.Wdm;

namespace NtSim.Tests.Io;

public sealed class IoRemoveLockTests
{
    [Fact]
    public void IoReleaseRemoveLockAndWait_WaitsForIoInFlight()
    {
        using var machine = MachineAssert.Boot(processors: 2, seed: 4);
        var log = new List<string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var removeLock = new IO_REMOVE_LOCK();
            IoInitializeRemoveLock(removeLock, TAG("RmLk"), 0, 0);
            var inFlight = new object();
            Assert.Equal(STATUS_SUCCESS, IoAcquireRemoveLock(removeLock, inFlight));
            PsCreateSystemThread(out var worker, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ =>
            {
                KeDelayExecutionThread(KernelMode, false, -10_000);
                lock (log)
                {
                    log.Add("I/O done");
                }

                IoReleaseRemoveLock(removeLock, inFlight);
            }, null);
            ZwClose(worker);
            var removeTag = new object();
            Assert.Equal(STATUS_SUCCESS, IoAcquireRemoveLock(removeLock, removeTag));
            IoReleaseRemoveLockAndWait(removeLock, removeTag);
            lock (log)
            {
                log.Add("removed");
            }

            Assert.Equal(STATUS_DELETE_PENDING, IoAcquireRemoveLock(removeLock, null));
        }));
        Assert.Equal(["I/O done", "removed"], log);
    }

    [Fact]
    public void IoReleaseRemoveLock_UnknownTag_BugChecksC4_D5()
    {
        using var machine = MachineAssert.Boot();
        ulong lockAddress = 0;
        var status = machine.Run(() =>
        {
            var removeLock = new IO_REMOVE_LOCK();
            IoInitializeRemoveLock(removeLock, 0, 0, 0);
            lockAddress = removeLock.Address;
            IoAcquireRemoveLock(removeLock, "a");
            IoReleaseRemoveLock(removeLock, "b");
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xD5, lockAddress, 0, 0);
    }

    [Fact]
    public void IoReleaseRemoveLock_UnknownTag_WithoutIoVerification_OnlyDropsTheCount()
    {
        using var machine = Machine.Boot(new MachineOptions { Verifier = VerifierFlags.None });
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var removeLock = new IO_REMOVE_LOCK();
            IoInitializeRemoveLock(removeLock, 0, 0, 0);
            IoAcquireRemoveLock(removeLock, "a");
            IoReleaseRemoveLock(removeLock, "b");

            // The count is back to the initial hold: the wait returns at once.
            IoReleaseRemoveLockAndWait(removeLock, "a");
            Assert.Equal(STATUS_DELETE_PENDING, IoAcquireRemoveLock(removeLock, null));
        }));
    }

    [Fact]
    public void IoQueueWorkItem_RunsAtPassiveWithDevice()
    {
        using var machine = MachineAssert.Boot();
        DEVICE_OBJECT? seen = null;
        KIRQL irql = HIGH_LEVEL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Work", _ => { });
            var done = new KEVENT();
            KeInitializeEvent(done, NotificationEvent, false);
            var item = IoAllocateWorkItem(device);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            IoQueueWorkItem(item, (dev, ctx) =>
            {
                seen = dev;
                irql = KeGetCurrentIrql();
                KeSetEvent((KEVENT)ctx!, 0, false);
            }, DelayedWorkQueue, done);
            KeLowerIrql(old);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            KeDelayExecutionThread(KernelMode, false, -10_000);
            IoFreeWorkItem(item);
            Assert.Same(device, seen);
        }));
        Assert.Equal(PASSIVE_LEVEL, irql);
        Assert.Empty(machine.Tracking.Outstanding("NtSim.Kernel.Tests", ResourceKind.WorkItem));
    }
}
