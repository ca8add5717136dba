using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

public sealed class ConcurrentModeTests
{
    [Fact]
    public void SpinLock_FourThreadsOnTwoProcessors_CountIsExact()
    {
        using var machine = MachineAssert.Boot(processors: 2, mode: ExecutionMode.Concurrent);
        var counter = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            KeInitializeSpinLock(spinLock);
            var done = new KSEMAPHORE();
            KeInitializeSemaphore(done, 0, 4);
            for (var t = 0; t < 4; t++)
            {
                machine.Scheduler.CreateThread($"T{t}", ThreadKind.System, machine.Modules.Kernel, () =>
                {
                    for (var i = 0; i < 2000; i++)
                    {
                        KeAcquireSpinLock(spinLock, out var old);
                        counter++;
                        KeReleaseSpinLock(spinLock, old);
                    }

                    KeReleaseSemaphore(done, 0, 1, false);
                });
            }

            for (var t = 0; t < 4; t++)
            {
                KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            }
        }));
        Assert.Equal(8000, counter);
    }

    [Fact]
    public void Timer_RealTime_FiresAndQueuesDpc()
    {
        using var machine = MachineAssert.Boot(processors: 2, mode: ExecutionMode.Concurrent);
        var dpcRan = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var timer = new KTIMER();
            var dpc = new KDPC();
            var done = new KEVENT();
            KeInitializeTimer(timer);
            KeInitializeEvent(done, NotificationEvent, false);
            KeInitializeDpc(dpc, (_, _, _, _) =>
            {
                dpcRan = true;
                KeSetEvent(done, 0, false);
            }, null);
            KeSetTimer(timer, -20 * 10_000L, dpc);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            Assert.True(KeReadStateTimer(timer));
        }));
        Assert.True(dpcRan);
    }

    [Fact]
    public void Wait_NobodySignals_ReportsDeadlock()
    {
        using var machine = MachineAssert.Boot(processors: 2, mode: ExecutionMode.Concurrent);
        var status = machine.Run(() =>
        {
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
        }, "Stuck");
        Assert.Equal(RunStatus.Deadlock, status);
        Assert.Contains("(Stuck) waits for KEVENT@", machine.Deadlock!.ToString());
    }

    [Fact]
    public void BugCheck_InConcurrentMode_HaltsMachine()
    {
        using var machine = MachineAssert.Boot(processors: 2, mode: ExecutionMode.Concurrent);
        var status = machine.Run(() => KeLowerIrql(HIGH_LEVEL));
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x31, 0, 15, 0);
    }
}
