using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

/// <summary>Windows' priority rules in the scheduler (docs/scheduler-priorities.md), each shown
/// under many schedules: what the rules forbid happens under none of them.</summary>
public sealed class SchedulerPriorityTests
{
    private const int Schedules = 40;

    private static readonly MachineOptions s_oneProcessor = new() { Processors = 1 };

    private static KTHREAD Thread(Machine machine, string name, Action body) =>
        machine.Scheduler.CreateThread(name, ThreadKind.System, machine.Modules.Kernel, body);

    [Fact]
    public void HigherPriorityReadyThread_PreemptsTheRunningThreadAtOnce()
    {
        NtSim.Schedules.Explore(machine =>
        {
            MachineAssert.Completed(machine, machine.Run(() =>
            {
                var ran = false;
                var t = Thread(machine, "High", () => ran = true);
                Assert.False(ran);
                // t becomes priority 20 while ready: it takes the only processor before the call returns.
                KeSetPriorityThread(t, 20);
                Assert.True(ran);
            }));
        }, Schedules, options: s_oneProcessor).ThrowIfFailed();
    }

    [Fact]
    public void EqualPriority_ReadyThreadTakesTurns_EitherOrderOccurs()
    {
        var exploration = NtSim.Schedules.Explore(machine =>
        {
            var first = "";
            MachineAssert.Completed(machine, machine.Run(() =>
            {
                Thread(machine, "Other", () => first = first.Length == 0 ? "other" : first);
                // Scheduling points at the same priority: the ready thread may run at any of them.
                var dummy = new KEVENT();
                KeInitializeEvent(dummy, NotificationEvent, false);
                KeSetEvent(dummy, 0, false);
                first = first.Length == 0 ? "main" : first;
            }));
            return first;
        }, Schedules, options: s_oneProcessor);
        exploration.ThrowIfFailed();
        Assert.Equal(["main", "other"], exploration.Outcomes.Keys.Order());
    }

    [Fact]
    public void LowerPriorityReadyThread_WaitsUntilTheHigherOneBlocks()
    {
        NtSim.Schedules.Explore(machine =>
        {
            MachineAssert.Completed(machine, machine.Run(() =>
            {
                var ran = false;
                var low = Thread(machine, "Low", () => ran = true);
                KeSetPriorityThread(low, 4);
                var dummy = new KEVENT();
                KeInitializeEvent(dummy, NotificationEvent, false);
                for (var i = 0; i < 20; i++)
                {
                    KeSetEvent(dummy, 0, false);
                }

                Assert.False(ran);
                KeDelayExecutionThread(KernelMode, false, -10_000);
                Assert.True(ran);
            }));
        }, Schedules, options: s_oneProcessor).ThrowIfFailed();
    }

    [Fact]
    public void FreedProcessor_TakesTheHighestPriorityReadyThreadFirst()
    {
        NtSim.Schedules.Explore(machine =>
        {
            var order = new List<string>();
            MachineAssert.Completed(machine, machine.Run(() =>
            {
                KeSetPriorityThread(KeGetCurrentThread(), 31);
                var done = new KSEMAPHORE();
                KeInitializeSemaphore(done, 0, 3);
                foreach (var (name, priority) in new[] { ("A", 9), ("B", 12), ("C", 10) })
                {
                    var t = Thread(machine, name, () =>
                    {
                        order.Add(name);
                        KeReleaseSemaphore(done, 0, 1, false);
                    });
                    KeSetPriorityThread(t, priority);
                }

                Assert.Empty(order);
                for (var i = 0; i < 3; i++)
                {
                    KeWaitForSingleObject(done, Executive, KernelMode, false, null);
                }
            }));
            Assert.Equal(["B", "C", "A"], order);
        }, Schedules, options: s_oneProcessor).ThrowIfFailed();
    }

    [Fact]
    public void WakeBoost_RaisesTheWaiter_ThenDecaysOneLevelPerQuantum()
    {
        NtSim.Schedules.Explore(machine =>
        {
            var seen = new List<int>();
            MachineAssert.Completed(machine, machine.Run(() =>
            {
                var evt = new KEVENT();
                var dummy = new KEVENT();
                KeInitializeEvent(evt, SynchronizationEvent, false);
                KeInitializeEvent(dummy, NotificationEvent, false);
                var waiter = Thread(machine, "Waiter", () =>
                {
                    KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
                    var self = KeGetCurrentThread();
                    seen.Add(KeQueryPriorityThread(self));
                    for (var i = 1; i <= 3 * Priorities.QuantumLength; i++)
                    {
                        KeSetEvent(dummy, 0, false);
                        if (i % Priorities.QuantumLength == 0)
                        {
                            seen.Add(KeQueryPriorityThread(self));
                        }
                    }
                });
                KeDelayExecutionThread(KernelMode, false, -10_000);
                KeSetEvent(evt, 2, false);
                KeWaitForSingleObject(waiter, Executive, KernelMode, false, null);
                Assert.Equal(8, waiter.BasePriority);
            }));
            // Base 8 + 2, then one level per quantum back to the base, and no lower.
            Assert.Equal([10, 9, 8, 8], seen);
        }, Schedules, options: s_oneProcessor).ThrowIfFailed();
    }

    [Fact]
    public void WakeBoost_NeverPassesFifteen_AndSkipsRealTimeThreads()
    {
        using var machine = MachineAssert.Boot(processors: 1);
        int variable = 0, realTime = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeSetPriorityThread(KeGetCurrentThread(), 31);
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            var v = Thread(machine, "Variable", () =>
            {
                KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
                variable = KeQueryPriorityThread(KeGetCurrentThread());
            });
            var r = Thread(machine, "RealTime", () =>
            {
                KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
                realTime = KeQueryPriorityThread(KeGetCurrentThread());
            });
            KeSetPriorityThread(r, 20);
            KeDelayExecutionThread(KernelMode, false, -10_000);
            KeSetEvent(evt, 12, false);
            KeWaitForSingleObject(v, Executive, KernelMode, false, null);
            KeWaitForSingleObject(r, Executive, KernelMode, false, null);
        }));
        Assert.Equal(15, variable);
        Assert.Equal(20, realTime);
    }

    [Fact]
    public void IoCompleteRequestBoost_GoesToTheThreadWaitingForTheIrp()
    {
        using var machine = MachineAssert.Boot(processors: 1);
        var priority = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            IRP? pending = null;
            var device = NtSim.Tests.Io.IoTestDriver.LoadWithDevice("Pend", driver => driver.MajorFunction[IRP_MJ_FLUSH_BUFFERS] = (_, irp) =>
            {
                pending = irp;
                IoMarkIrpPending(irp);
                return STATUS_PENDING;
            });
            var requestor = Thread(machine, "Requestor", () =>
            {
                var evt = new KEVENT();
                KeInitializeEvent(evt, NotificationEvent, false);
                var irp = IoBuildSynchronousFsdRequest(IRP_MJ_FLUSH_BUFFERS, device, default, 0, null, evt, new IO_STATUS_BLOCK())!;
                if (IoCallDriver(device, irp) == STATUS_PENDING)
                {
                    KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
                }

                priority = KeQueryPriorityThread(KeGetCurrentThread());
            });
            KeDelayExecutionThread(KernelMode, false, -10_000);
            Assert.NotNull(pending);
            pending.IoStatus.Status = STATUS_SUCCESS;
            IoCompleteRequest(pending, IO_KEYBOARD_INCREMENT);
            KeWaitForSingleObject(requestor, Executive, KernelMode, false, null);
        }));
        Assert.Equal(8 + IO_KEYBOARD_INCREMENT, priority);
    }

    [Fact]
    public void ThreadAtDispatchLevel_IsNotPreempted_UntilItLowersIrql()
    {
        NtSim.Schedules.Explore(machine =>
        {
            MachineAssert.Completed(machine, machine.Run(() =>
            {
                var ran = false;
                var evt = new KEVENT();
                KeInitializeEvent(evt, NotificationEvent, false);
                var high = Thread(machine, "High", () =>
                {
                    KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
                    ran = true;
                });
                KeSetPriorityThread(high, 20);
                KeRaiseIrql(DISPATCH_LEVEL, out var old);
                KeSetEvent(evt, 0, false);
                KeSetEvent(evt, 0, false);
                Assert.False(ran);
                KeLowerIrql(old);
                Assert.True(ran);
            }));
        }, Schedules, options: s_oneProcessor).ThrowIfFailed();
    }

    [Fact]
    public void InitialPriorities_IdleZero_SystemEight_WorkersByQueue()
    {
        using var machine = MachineAssert.Boot(processors: 2);
        var seen = new Dictionary<string, int>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            seen["system"] = KeQueryPriorityThread(KeGetCurrentThread());
            seen["idle"] = KeQueryPriorityThread(machine.Scheduler.Processors[1].IdleThread);
            var done = new KSEMAPHORE();
            KeInitializeSemaphore(done, 0, 3);
            foreach (var type in new[] { CriticalWorkQueue, DelayedWorkQueue, HyperCriticalWorkQueue })
            {
                var item = new WORK_QUEUE_ITEM();
                ExInitializeWorkItem(item, _ =>
                {
                    seen[type.ToString()] = KeQueryPriorityThread(KeGetCurrentThread());
                    KeReleaseSemaphore(done, 0, 1, false);
                }, null);
                ExQueueWorkItem(item, type);
            }

            for (var i = 0; i < 3; i++)
            {
                KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            }
        }));
        Assert.Equal(8, seen["system"]);
        Assert.Equal(0, seen["idle"]);
        Assert.Equal(13, seen[CriticalWorkQueue.ToString()]);
        Assert.Equal(12, seen[DelayedWorkQueue.ToString()]);
        Assert.Equal(15, seen[HyperCriticalWorkQueue.ToString()]);
    }

    [Theory]
    [InlineData(8, new[] { 2, 2, 2, 2, 2 })]
    [InlineData(4, new int[0])]
    public void ChoiceList_OffersAReadyThreadOfEqualPriority_NeverALowerOne(int peerPriority, int[] expected)
    {
        // At each of the running thread's scheduling points, an equal peer is a second choice (as
        // before priorities existed); a lower one is no choice at all, so the strategy is not asked.
        var recorder = new Recorder();
        using var machine = Machine.Boot(new MachineOptions { Processors = 1, Strategy = _ => recorder });
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var peer = Thread(machine, "Peer", () => { });
            if (peerPriority != 8)
            {
                KeSetPriorityThread(peer, peerPriority);
            }

            var dummy = new KEVENT();
            KeInitializeEvent(dummy, NotificationEvent, false);
            recorder.Counts.Clear();
            for (var i = 0; i < 5; i++)
            {
                KeSetEvent(dummy, 0, false);
            }

            Assert.Equal(expected, recorder.Counts);
        }));
    }

    /// <summary>Always the first choice (the running thread goes on), recording how many there were.</summary>
    private sealed class Recorder : ISchedulingStrategy
    {
        public List<int> Counts { get; } = [];

        public int Next(int count)
        {
            Counts.Add(count);
            return 0;
        }
    }

    [Fact]
    public void ConcurrentMode_HigherPriorityReadyThread_TakesTheProcessorAtTheNextSchedulingPoint()
    {
        using var machine = MachineAssert.Boot(processors: 1, mode: ExecutionMode.Concurrent);
        var ran = 0;
        var seen = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var t = Thread(machine, "High", () => Volatile.Write(ref ran, 1));
            // KeSetPriorityThread is a scheduling point: the running thread yields there to the higher one.
            KeSetPriorityThread(t, 20);
            seen = Volatile.Read(ref ran);
            KeWaitForSingleObject(t, Executive, KernelMode, false, null);
        }));
        Assert.Equal(1, seen);
    }

    [Fact]
    public void ConcurrentMode_FreedProcessor_TakesTheHighestPriorityFirst()
    {
        using var machine = MachineAssert.Boot(processors: 1, mode: ExecutionMode.Concurrent);
        var order = new List<string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeSetPriorityThread(KeGetCurrentThread(), 31);
            var done = new KSEMAPHORE();
            KeInitializeSemaphore(done, 0, 2);
            foreach (var (name, priority) in new[] { ("A", 9), ("B", 12) })
            {
                var t = Thread(machine, name, () =>
                {
                    lock (order)
                    {
                        order.Add(name);
                    }

                    KeReleaseSemaphore(done, 0, 1, false);
                });
                KeSetPriorityThread(t, priority);
            }

            for (var i = 0; i < 2; i++)
            {
                KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            }
        }));
        Assert.Equal(["B", "A"], order);
    }
}
