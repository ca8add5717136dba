using static NtSim.Wdm;

namespace NtSim.Tests.Io;

public sealed class IoVpbSpinLockTests
{
    [Fact]
    public void IoAcquireVpbSpinLock_FromPassive_RunsAtDispatch_AndReleaseRestoresPassive()
    {
        using var machine = MachineAssert.Boot();
        KIRQL saved = HIGH_LEVEL, inside = 0, after = HIGH_LEVEL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            IoAcquireVpbSpinLock(out saved);
            inside = KeGetCurrentIrql();
            IoReleaseVpbSpinLock(saved);
            after = KeGetCurrentIrql();
        }));
        Assert.Equal(PASSIVE_LEVEL, saved);
        Assert.Equal(DISPATCH_LEVEL, inside);
        Assert.Equal(PASSIVE_LEVEL, after);
    }

    [Fact]
    public void IoAcquireVpbSpinLock_HeldByOneProcessor_OtherWaitsUntilReleased()
    {
        using var machine = MachineAssert.Boot(processors: 2, seed: 3);
        var order = new List<string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var done = new KEVENT();
            KeInitializeEvent(done, NotificationEvent, false);
            IoAcquireVpbSpinLock(out var old);
            machine.Scheduler.CreateThread("Other", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                IoAcquireVpbSpinLock(out var o);
                lock (order)
                {
                    order.Add("other");
                }

                IoReleaseVpbSpinLock(o);
                KeSetEvent(done, 0, false);
            });
            KeStallExecutionProcessor(10);
            lock (order)
            {
                order.Add("first");
            }

            IoReleaseVpbSpinLock(old);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
        }));
        Assert.Equal(["first", "other"], order);
    }

    [Fact]
    public void IoReleaseVpbSpinLock_NotHeld_BugChecksSpinLockNotOwned()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            IoReleaseVpbSpinLock(old);
        });

        // SPIN_LOCK_NOT_OWNED (0x10) has no parameters.
        MachineAssert.BugCheck(machine, status, SPIN_LOCK_NOT_OWNED, 0, 0, 0, 0);
    }

    [Fact]
    public void IoAcquireVpbSpinLock_Twice_BugChecksSpinLockAlreadyOwned()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            IoAcquireVpbSpinLock(out _);
            IoAcquireVpbSpinLock(out _);
        });
        MachineAssert.BugCheck(machine, status, SPIN_LOCK_ALREADY_OWNED, 0, 0, 0, 0);
    }

    [Fact]
    public void IoReleaseVpbSpinLock_AtPassive_BugChecksIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() => IoReleaseVpbSpinLock(PASSIVE_LEVEL));

        // 0xC4/0xE5: IoReleaseVpbSpinLock is called at DISPATCH_LEVEL only; P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)PASSIVE_LEVEL, 0, 0);
    }
}
