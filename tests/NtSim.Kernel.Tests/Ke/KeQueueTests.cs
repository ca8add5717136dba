using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

/// <summary>KQUEUE: KeInitializeQueue, KeInsertQueue, KeInsertHeadQueue, KeRemoveQueue, KeReadStateQueue and
/// KeRundownQueue: entry order, the previous signal state, last-come-first-served waiters, the concurrency
/// limit, timeouts, rundown, the IRQL rule and the deadlock report.</summary>
public sealed class KeQueueTests
{
    private const long OneMillisecond = -10_000;

    private static PLIST_ENTRY Status(NTSTATUS status) => new(new PVOID((uint)status));

    private static string NameOf(PLIST_ENTRY entry) =>
        entry.Entry?.Container is string name ? name : $"status 0x{entry.Address.Address:X}";

    [Fact]
    public void KeInsertQueue_TailAndHead_RemovedHeadFirstThenInOrderAndReturnsThePreviousSignalState()
    {
        using var machine = MachineAssert.Boot();
        List<int> previous = [];
        List<string> removed = [];
        var state = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var queue = new KQUEUE();
            KeInitializeQueue(queue, 0);
            previous.Add(KeInsertQueue(queue, new LIST_ENTRY("A")));
            previous.Add(KeInsertQueue(queue, new LIST_ENTRY("B")));
            previous.Add(KeInsertHeadQueue(queue, new LIST_ENTRY("C")));
            state = KeReadStateQueue(queue);
            for (var i = 0; i < 4; i++)
            {
                removed.Add(NameOf(KeRemoveQueue(queue, KernelMode, 0)));
            }
        }));

        Assert.Equal([0, 1, 2], previous);
        Assert.Equal(3, state);
        Assert.Equal(["C", "A", "B", "status 0x102"], removed);
    }

    [Fact]
    public void KeRemoveQueue_EmptyQueueWithTimeout_ReturnsStatusTimeoutOnceTheIntervalPassed()
    {
        using var machine = MachineAssert.Boot();
        PLIST_ENTRY result = default;
        long waited = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var queue = new KQUEUE();
            KeInitializeQueue(queue, 1);
            var before = KeQueryInterruptTime();
            result = KeRemoveQueue(queue, KernelMode, 5 * OneMillisecond);
            waited = (long)(KeQueryInterruptTime() - before);
        }));

        Assert.Equal(Status(STATUS_TIMEOUT), result);
        Assert.True(waited >= 50_000, $"waited {waited}");
    }

    [Fact]
    public void KeRemoveQueue_TwoWaiters_TheLastToWaitGetsTheFirstEntry()
    {
        using var machine = MachineAssert.Boot();
        LastToWaitFirst(machine);
    }

    [Fact]
    public void KeRemoveQueue_ConcurrencyOne_TheRunningThreadTakesEveryEntryAndTheOtherWaiterStaysBlocked()
    {
        using var machine = MachineAssert.Boot();
        RunningThreadKeepsTheQueue(machine);
    }

    [Fact]
    public void KeRemoveQueue_OrderAndConcurrencyLimit_HoldInEverySchedule()
    {
        var lifo = Schedules.Explore(LastToWaitFirst, 100, ExplorationStrategy.Pct());
        var limit = Schedules.Explore(RunningThreadKeepsTheQueue, 100, ExplorationStrategy.Pct());

        Assert.True(lifo.Passed, lifo.ToString());
        Assert.True(limit.Passed, limit.ToString());
        Assert.Equal(100, lifo.Iterations);
        Assert.Equal(100, limit.Iterations);
    }

    private static void LastToWaitFirst(Machine machine)
    {
        var got = new Dictionary<string, string>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var queue = new KQUEUE();
            KeInitializeQueue(queue, 2);
            var first = Remover(queue, "first", got, 1);
            KeDelayExecutionThread(KernelMode, false, OneMillisecond);
            var second = Remover(queue, "second", got, 1);
            KeDelayExecutionThread(KernelMode, false, OneMillisecond);
            KeInsertQueue(queue, new LIST_ENTRY("X"));
            KeInsertQueue(queue, new LIST_ENTRY("Y"));
            Join(first, second);
        }));

        Assert.Equal("X", got["second"]);
        Assert.Equal("Y", got["first"]);
    }

    private static void RunningThreadKeepsTheQueue(Machine machine)
    {
        var got = new Dictionary<string, string>();
        List<string> log = [];
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var queue = new KQUEUE();
            KeInitializeQueue(queue, 1);
            var first = Remover(queue, "first", got, 4, log);
            KeDelayExecutionThread(KernelMode, false, OneMillisecond);
            var second = Remover(queue, "second", got, 4, log);
            KeDelayExecutionThread(KernelMode, false, OneMillisecond);
            KeInsertQueue(queue, new LIST_ENTRY("X"));
            KeInsertQueue(queue, new LIST_ENTRY("Y"));
            KeDelayExecutionThread(KernelMode, false, OneMillisecond);
            // The second waiter blocked again after X and Y: it is the most recent waiter once more.
            KeInsertQueue(queue, new LIST_ENTRY("Z"));
            KeDelayExecutionThread(KernelMode, false, OneMillisecond);
            Assert.True(KeRundownQueue(queue).IsNull);
            Join(first, second);
        }));

        Assert.Equal(["second X", "second Y", "second Z"], log.Where(l => !l.Contains("status", StringComparison.Ordinal)));
        Assert.Contains("first status 0x80", log);
        Assert.Contains("second status 0x80", log);
    }

    [Fact]
    public void KeRemoveQueue_RunningThreadBlocksOnAnotherObject_TheNextWaiterTakesTheQueuedEntry()
    {
        // One processor and both inserts at DISPATCH_LEVEL: both entries are queued before the woken thread runs.
        using var machine = MachineAssert.Boot(processors: 1);
        List<string> log = [];
        var stateWhileRunning = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var queue = new KQUEUE();
            KeInitializeQueue(queue, 1);
            var gate = new KEVENT();
            KeInitializeEvent(gate, NotificationEvent, false);
            var first = Remover(queue, "first", [], 1, log);
            KeDelayExecutionThread(KernelMode, false, OneMillisecond);
            var second = Start(() =>
            {
                var entry = KeRemoveQueue(queue, KernelMode, null);
                lock (log)
                {
                    log.Add($"second {NameOf(entry)}");
                }

                // The limit holds while this thread runs: Y stays queued.
                stateWhileRunning = KeReadStateQueue(queue);
                KeWaitForSingleObject(gate, Executive, KernelMode, false, null);
            });
            KeDelayExecutionThread(KernelMode, false, OneMillisecond);
            KeRaiseIrql(DISPATCH_LEVEL, out var irql);
            KeInsertQueue(queue, new LIST_ENTRY("X"));
            KeInsertQueue(queue, new LIST_ENTRY("Y"));
            KeLowerIrql(irql);
            KeDelayExecutionThread(KernelMode, false, OneMillisecond);
            KeSetEvent(gate, 0, false);
            Join(first, second);
        }));

        Assert.Equal(1, stateWhileRunning);
        Assert.Equal(["second X", "first Y"], log);
    }

    [Fact]
    public void KeRundownQueue_ReturnsTheEntriesAsACircularListAndLaterRemovesFailWithStatusAbandoned()
    {
        using var machine = MachineAssert.Boot();
        LIST_ENTRY a = new("A"), b = new("B"), c = new("C");
        PLIST_ENTRY first = default, after = default, empty = default;
        var state = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var queue = new KQUEUE();
            KeInitializeQueue(queue, 0);
            KeInsertQueue(queue, a);
            KeInsertQueue(queue, b);
            KeInsertQueue(queue, c);
            first = KeRundownQueue(queue);
            state = KeReadStateQueue(queue);
            after = KeRemoveQueue(queue, KernelMode, null);
            empty = KeRundownQueue(queue);
        }));

        Assert.Equal((PLIST_ENTRY)a, first);
        Assert.Equal((PLIST_ENTRY)b, a.Flink);
        Assert.Equal((PLIST_ENTRY)c, b.Flink);
        Assert.Equal((PLIST_ENTRY)a, c.Flink);
        Assert.Equal((PLIST_ENTRY)c, a.Blink);
        Assert.Equal(0, state);
        Assert.Equal(Status(STATUS_ABANDONED), after);
        Assert.True(empty.IsNull);
    }

    [Fact]
    public void KeRemoveQueue_InfiniteWaitAtDispatch_BugChecksC4_3B()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var queue = new KQUEUE();
            KeInitializeQueue(queue, 0);
            address = queue.Address;
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            KeRemoveQueue(queue, KernelMode, null);
        });

        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x3B, 2, address, 0);
    }

    [Fact]
    public void KeRemoveQueue_NothingEverInserted_TheDeadlockReportNamesTheQueue()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0;
        var status = machine.Run(() =>
        {
            var queue = new KQUEUE();
            KeInitializeQueue(queue, 0);
            address = queue.Address;
            KeRemoveQueue(queue, KernelMode, null);
        }, "Remover");

        Assert.Equal(RunStatus.Deadlock, status);
        var line = Assert.Single(machine.Deadlock!.Threads, t => t.Contains("(Remover)", StringComparison.Ordinal));
        Assert.Contains($"waits for KQUEUE@{address:X}", line);
    }

    /// <summary>A system thread that removes <paramref name="count"/> entries (or until a status), recording them.</summary>
    private static HANDLE Remover(KQUEUE queue, string name, Dictionary<string, string> got, int count, List<string>? log = null) => Start(() =>
    {
        for (var i = 0; i < count; i++)
        {
            var entry = KeRemoveQueue(queue, KernelMode, null);
            lock (got)
            {
                got[name] = NameOf(entry);
                log?.Add($"{name} {NameOf(entry)}");
            }

            if (entry.Entry is null)
            {
                return;
            }
        }
    });

    private static HANDLE Start(Action body)
    {
        Assert.Equal(STATUS_SUCCESS, PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ => body(), null));
        return handle;
    }

    private static void Join(params HANDLE[] threads)
    {
        foreach (var t in threads)
        {
            ZwWaitForSingleObject(t, false, null);
            ZwClose(t);
        }
    }
}
