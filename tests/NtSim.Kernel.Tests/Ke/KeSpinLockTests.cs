using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class KeSpinLockTests
{
    [Fact]
    public void KeAcquireSpinLock_RaisesToDispatch_ReleaseRestores()
    {
        using var machine = MachineAssert.Boot();
        KIRQL inside = PASSIVE_LEVEL, after = HIGH_LEVEL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            KeAcquireSpinLock(spinLock, out var old);
            inside = KeGetCurrentIrql();
            Assert.False(KeTestSpinLock(spinLock));
            KeReleaseSpinLock(spinLock, old);
            after = KeGetCurrentIrql();
            Assert.True(KeTestSpinLock(spinLock));
        }));
        Assert.Equal(DISPATCH_LEVEL, inside);
        Assert.Equal(PASSIVE_LEVEL, after);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void KeAcquireSpinLock_TwoThreadsIncrement_NoLostUpdates(int seed)
    {
        using var machine = MachineAssert.Boot(processors: 2, seed: seed);
        var counter = 0;
        var spinLock = new KSPIN_LOCK();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeInitializeSpinLock(spinLock);
            var done = new KEVENT();
            KeInitializeEvent(done, NotificationEvent, false);
            var finished = 0;
            void Worker()
            {
                for (var i = 0; i < 50; i++)
                {
                    KeAcquireSpinLock(spinLock, out var old);
                    var v = counter;
                    KeStallExecutionProcessor(1);
                    counter = v + 1;
                    KeReleaseSpinLock(spinLock, old);
                }

                KeAcquireSpinLock(spinLock, out var o);
                if (++finished == 2)
                {
                    KeSetEvent(done, 0, false);
                }

                KeReleaseSpinLock(spinLock, o);
            }

            machine.Scheduler.CreateThread("A", ThreadKind.System, machine.Modules.Kernel, Worker);
            machine.Scheduler.CreateThread("B", ThreadKind.System, machine.Modules.Kernel, Worker);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
        }));
        Assert.Equal(100, counter);
    }

    [Fact]
    public void KeAcquireSpinLock_Recursive_BugChecksSpinLockAlreadyOwned()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            KeAcquireSpinLock(spinLock, out _);
            KeAcquireSpinLockAtDpcLevel(spinLock);
        });
        MachineAssert.BugCheck(machine, status, SPIN_LOCK_ALREADY_OWNED, 0, 0, 0, 0);
    }

    [Fact]
    public void KeReleaseSpinLock_AtPassive_BugChecksC4_32()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            address = spinLock.Address;
            KeReleaseSpinLock(spinLock, PASSIVE_LEVEL);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x32, 0, address, 0);
    }

    [Fact]
    public void KeReleaseSpinLock_NotHeld_BugChecksSpinLockNotOwned()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            KeReleaseSpinLock(spinLock, old);
        });
        MachineAssert.BugCheck(machine, status, SPIN_LOCK_NOT_OWNED, 0, 0, 0, 0);
    }

    [Fact]
    public void KeAcquireSpinLockAtDpcLevel_AtPassive_BugChecksC4_40()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            address = spinLock.Address;
            KeAcquireSpinLockAtDpcLevel(spinLock);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x40, 0, address, 0);
    }

    [Fact]
    public void KeAcquireSpinLock_AboveDispatch_BugChecksC4_42()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            address = spinLock.Address;
            KeRaiseIrql(HIGH_LEVEL, out _);
            KeAcquireSpinLock(spinLock, out _);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x42, 15, address, 0);
    }

    [Fact]
    public void KeTryToAcquireSpinLockAtDpcLevel_Held_ReturnsFalse()
    {
        using var machine = MachineAssert.Boot();
        bool first = false, second = true;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            first = KeTryToAcquireSpinLockAtDpcLevel(spinLock);
            second = KeTryToAcquireSpinLockAtDpcLevel(spinLock);
            KeReleaseSpinLockFromDpcLevel(spinLock);
            KeLowerIrql(old);
        }));
        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public void KeAcquireInStackQueuedSpinLock_RestoresIrqlFromHandle()
    {
        using var machine = MachineAssert.Boot();
        KIRQL inside = PASSIVE_LEVEL, after = HIGH_LEVEL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            KeAcquireInStackQueuedSpinLock(spinLock, out var handle);
            inside = KeGetCurrentIrql();
            KeReleaseInStackQueuedSpinLock(ref handle);
            after = KeGetCurrentIrql();
        }));
        Assert.Equal(DISPATCH_LEVEL, inside);
        Assert.Equal(PASSIVE_LEVEL, after);
    }

    [Fact]
    public void SpinLock_HeldByThreadThatWaitsForever_ReportsDeadlock()
    {
        using var machine = MachineAssert.Boot(processors: 2);
        var status = machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            var never = new KEVENT();
            KeInitializeEvent(never, NotificationEvent, false);
            machine.Scheduler.CreateThread("Holder", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                KeAcquireSpinLock(spinLock, out var old);
                KeReleaseSpinLock(spinLock, old);
                KeWaitForSingleObject(never, Executive, KernelMode, false, null);
            });
            KeWaitForSingleObject(never, Executive, KernelMode, false, null);
        });
        Assert.Equal(RunStatus.Deadlock, status);
        Assert.NotNull(machine.Deadlock);
        Assert.Equal(2, machine.Deadlock.Threads.Count);
        Assert.All(machine.Deadlock.Threads, line => Assert.Contains("waits for KEVENT@", line));
    }
}
