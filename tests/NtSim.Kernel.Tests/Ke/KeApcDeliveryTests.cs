using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;

namespace NtSim.Tests.Ke;

/// <summary>KeInitializeApc/KeInsertQueueApc and the delivery rules of docs/apcs.md, one test per rule.</summary>
public sealed class KeApcDeliveryTests
{
    [Fact]
    public void KeInsertQueueApc_SpecialApcToWaitingThread_RunsAtApcLevelInThatThreadAndTheWaitResumes()
    {
        using var machine = Boot();
        List<string> log = [];
        var waited = STATUS_UNSUCCESSFUL;
        var inserted = false;
        var stateAfterApc = ThreadState.Initialized;
        Completed(machine, machine.Run(() =>
        {
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            var waiter = machine.Scheduler.CreateThread("Waiter", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                waited = KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
                log.Add("wait returned");
            });
            KeDelayExecutionThread(KernelMode, false, new LARGE_INTEGER(-10_000));
            inserted = KeInsertQueueApc(Special(waiter, log, "special"), null, null, 0);
            KeDelayExecutionThread(KernelMode, false, new LARGE_INTEGER(-10_000));
            stateAfterApc = waiter.State;
            KeSetEvent(evt, 0, false);
            KeWaitForSingleObject(waiter, Executive, KernelMode, false, null);
        }));

        Assert.True(inserted);
        Assert.Equal(["special at 1", "wait returned"], log);
        Assert.Equal(ThreadState.Waiting, stateAfterApc);
        Assert.Equal(STATUS_SUCCESS, waited);
    }

    [Fact]
    public void KeInsertQueueApc_ConcurrentMode_SpecialApcRunsInTheWaiterWhoseWaitStillEndsWithItsObject()
    {
        using var machine = Boot(mode: ExecutionMode.Concurrent);
        List<string> log = [];
        var waited = STATUS_UNSUCCESSFUL;
        Completed(machine, machine.Run(() =>
        {
            var evt = new KEVENT();
            var ran = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            KeInitializeEvent(ran, NotificationEvent, false);
            var waiter = machine.Scheduler.CreateThread("Waiter", ThreadKind.System, machine.Modules.Kernel, () =>
                waited = KeWaitForSingleObject(evt, Executive, KernelMode, false, null));
            var apc = new KAPC();
            KeInitializeApc(apc, waiter, OriginalApcEnvironment,
                (KAPC a, ref PKNORMAL_ROUTINE? normal, ref object? context, ref object? argument1, ref object? argument2) =>
                {
                    lock (log)
                    {
                        log.Add($"at {(int)KeGetCurrentIrql()} in {(KeGetCurrentThread() == waiter ? "waiter" : "another thread")}");
                    }

                    KeSetEvent(ran, 0, false);
                },
                null, null, KernelMode, null);
            KeInsertQueueApc(apc, null, null, 0);
            KeWaitForSingleObject(ran, Executive, KernelMode, false, null);
            KeSetEvent(evt, 0, false);
            KeWaitForSingleObject(waiter, Executive, KernelMode, false, null);
        }));

        Assert.Equal(["at 1 in waiter"], log);
        Assert.Equal(STATUS_SUCCESS, waited);
    }

    [Fact]
    public void KeWaitForSingleObject_InterruptedBySpecialApc_KeepsItsRelativeDeadline()
    {
        using var machine = Boot();
        long waitedFor = 0;
        var waited = STATUS_UNSUCCESSFUL;
        List<string> log = [];
        Completed(machine, machine.Run(() =>
        {
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            var waiter = machine.Scheduler.CreateThread("Waiter", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                var start = KeQueryInterruptTime();
                waited = KeWaitForSingleObject(evt, Executive, KernelMode, false, new LARGE_INTEGER(-1_000_000));
                waitedFor = (long)(KeQueryInterruptTime() - start);
            });
            KeDelayExecutionThread(KernelMode, false, new LARGE_INTEGER(-300_000));
            KeInsertQueueApc(Special(waiter, log, "special"), null, null, 0);
            KeWaitForSingleObject(waiter, Executive, KernelMode, false, null);
        }));

        Assert.Equal(["special at 1"], log);
        Assert.Equal(STATUS_TIMEOUT, waited);
        Assert.Equal(1_000_000, waitedFor);
    }

    [Fact]
    public void NormalKernelApc_KernelRoutineAtApcLevelThenNormalRoutineAtPassiveWithWhatTheKernelRoutineChose()
    {
        using var machine = Boot();
        List<string> log = [];
        Completed(machine, machine.Run(() =>
        {
            var apc = new KAPC();
            KeInitializeApc(apc, KeGetCurrentThread(), OriginalApcEnvironment,
                (KAPC a, ref PKNORMAL_ROUTINE? normal, ref object? context, ref object? argument1, ref object? argument2) =>
                {
                    log.Add($"kernel at {(int)KeGetCurrentIrql()} context {context} arguments {argument1} {argument2}");
                    context = "changed";
                },
                null,
                (context, argument1, argument2) => log.Add($"normal at {(int)KeGetCurrentIrql()} context {context} arguments {argument1} {argument2}"),
                KernelMode, "original");
            KeInsertQueueApc(apc, 1, 2, 0);
            log.Add("after insert");
        }));

        Assert.Equal(["kernel at 1 context original arguments 1 2", "normal at 0 context changed arguments 1 2", "after insert"], log);
    }

    [Fact]
    public void NormalKernelApc_InCriticalRegion_HeldUntilKeLeaveCriticalRegionWhileSpecialApcRunsAtOnce()
    {
        using var machine = Boot();
        List<string> log = [];
        var apcsDisabled = false;
        Completed(machine, machine.Run(() =>
        {
            var self = KeGetCurrentThread();
            KeEnterCriticalRegion();
            apcsDisabled = KeAreApcsDisabled();
            KeInsertQueueApc(Normal(self, log, "normal"), null, null, 0);
            KeInsertQueueApc(Special(self, log, "special"), null, null, 0);
            KeDelayExecutionThread(KernelMode, false, new LARGE_INTEGER(-10_000));
            log.Add("leave");
            KeLeaveCriticalRegion();
            log.Add("left");
        }));

        Assert.True(apcsDisabled);
        Assert.Equal(["special at 1", "leave", "normal at 0", "left"], log);
    }

    [Fact]
    public void SpecialKernelApc_InGuardedRegion_HeldUntilKeLeaveGuardedRegion()
    {
        using var machine = Boot();
        List<string> log = [];
        Completed(machine, machine.Run(() =>
        {
            KeEnterGuardedRegion();
            KeInsertQueueApc(Special(KeGetCurrentThread(), log, "special"), null, null, 0);
            KeDelayExecutionThread(KernelMode, false, new LARGE_INTEGER(-10_000));
            log.Add("leave");
            KeLeaveGuardedRegion();
            log.Add("left");
        }));

        Assert.Equal(["leave", "special at 1", "left"], log);
    }

    [Fact]
    public void SpecialKernelApc_AtApcLevel_HeldUntilIrqlDropsBelowApcLevel()
    {
        using var machine = Boot();
        List<string> log = [];
        Completed(machine, machine.Run(() =>
        {
            KeRaiseIrql(APC_LEVEL, out var old);
            KeInsertQueueApc(Special(KeGetCurrentThread(), log, "special"), null, null, 0);
            log.Add("lower");
            KeLowerIrql(old);
            log.Add("lowered");
        }));

        Assert.Equal(["lower", "special at 1", "lowered"], log);
    }

    [Fact]
    public void NormalKernelApc_QueuedInsideAnother_WaitsForItToReturnWhileSpecialOneRunsInside()
    {
        using var machine = Boot();
        List<string> log = [];
        Completed(machine, machine.Run(() =>
        {
            var self = KeGetCurrentThread();
            var second = Normal(self, log, "second");
            var inside = Special(self, log, "inside");
            var first = new KAPC();
            KeInitializeApc(first, self, OriginalApcEnvironment, NoKernelWork, null, (_, _, _) =>
            {
                KeInsertQueueApc(second, null, null, 0);
                KeInsertQueueApc(inside, null, null, 0);
                log.Add("first returns");
            }, KernelMode, null);
            KeInsertQueueApc(first, null, null, 0);
        }));

        Assert.Equal(["inside at 1", "first returns", "second at 0"], log);
    }

    [Fact]
    public void NormalKernelApc_ToThreadWaitingInCriticalRegion_DoesNotInterruptTheWaitAndRunsAtTheLeave()
    {
        using var machine = Boot();
        List<string> log = [];
        Completed(machine, machine.Run(() =>
        {
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            var waiter = machine.Scheduler.CreateThread("Waiter", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                KeEnterCriticalRegion();
                KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
                log.Add("wait returned");
                KeLeaveCriticalRegion();
                log.Add("left");
            });
            KeDelayExecutionThread(KernelMode, false, new LARGE_INTEGER(-10_000));
            KeInsertQueueApc(Normal(waiter, log, "normal"), null, null, 0);
            KeDelayExecutionThread(KernelMode, false, new LARGE_INTEGER(-10_000));
            log.Add("set");
            KeSetEvent(evt, 0, false);
            KeWaitForSingleObject(waiter, Executive, KernelMode, false, null);
        }));

        Assert.Equal(["set", "wait returned", "normal at 0", "left"], log);
    }

    [Fact]
    public void AttachedEnvironmentApc_RunsOnlyWhileAttachedAndOriginalOneWaitsForTheDetach()
    {
        using var machine = Boot();
        var other = EPROCESS.CreateUser(machine, "other.exe");
        List<string> log = [];
        Completed(machine, machine.Run(() =>
        {
            var self = KeGetCurrentThread();
            KeInsertQueueApc(Special(self, log, "attached", AttachedApcEnvironment), null, null, 0);
            log.Add("attach");
            KeStackAttachProcess(other, out var state);
            KeInsertQueueApc(Special(self, log, "original", OriginalApcEnvironment), null, null, 0);
            log.Add("detach");
            KeUnstackDetachProcess(ref state);
            log.Add("detached");
        }));

        Assert.Equal(["attach", "attached at 1", "detach", "original at 1", "detached"], log);
    }

    [Fact]
    public void KeInsertQueueApc_AlreadyQueued_ReturnsFalseUntilKeRemoveQueueApcTakesItOut()
    {
        using var machine = Boot();
        List<string> log = [];
        List<bool> results = [];
        Completed(machine, machine.Run(() =>
        {
            var apc = Special(KeGetCurrentThread(), log, "special");
            KeEnterGuardedRegion();
            results.Add(KeInsertQueueApc(apc, null, null, 0));
            results.Add(KeInsertQueueApc(apc, null, null, 0));
            results.Add(KeRemoveQueueApc(apc));
            results.Add(KeRemoveQueueApc(apc));
            KeLeaveGuardedRegion();
        }));

        Assert.Equal([true, false, true, false], results);
        Assert.Empty(log);
    }

    [Fact]
    public void KeInsertQueueApc_ThreadThatEnded_ReturnsFalse()
    {
        using var machine = Boot();
        List<string> log = [];
        var inserted = true;
        Completed(machine, machine.Run(() =>
        {
            var ended = machine.Scheduler.CreateThread("Ended", ThreadKind.System, machine.Modules.Kernel, () => { });
            KeWaitForSingleObject(ended, Executive, KernelMode, false, null);
            inserted = KeInsertQueueApc(Special(ended, log, "special"), null, null, 0);
        }));

        Assert.False(inserted);
        Assert.Empty(log);
    }

    [Fact]
    public void ThreadExit_WithQueuedUserApc_CallsItsRundownRoutineOnce()
    {
        using var machine = Boot();
        List<string> log = [];
        KAPC? apc = null;
        Completed(machine, machine.Run(() =>
        {
            var worker = machine.Scheduler.CreateThread("Worker", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                apc = new KAPC();
                KeInitializeApc(apc, KeGetCurrentThread(), OriginalApcEnvironment, NoKernelWork, a => log.Add($"rundown {a == apc}"),
                    (_, _, _) => log.Add("user routine"), UserMode, null);
                KeInsertQueueApc(apc, null, null, 0);
            });
            KeWaitForSingleObject(worker, Executive, KernelMode, false, null);
        }));

        Assert.Equal(["rundown True"], log);
        Assert.False(apc!.Inserted);
    }

    [Fact]
    public void KeTestAlertThread_NotAlerted_ReturnsFalse()
    {
        using var machine = Boot();
        var alerted = true;
        Completed(machine, machine.Run(() => alerted = KeTestAlertThread(KernelMode)));
        Assert.False(alerted);
    }

    [Fact]
    public void ThreadExit_InCriticalRegionWithApcQueued_BugChecksKernelApcPendingDuringExit()
    {
        using var machine = Boot();
        KAPC? apc = null;
        var status = machine.Run(() =>
        {
            KeEnterCriticalRegion();
            apc = Normal(KeGetCurrentThread(), [], "normal");
            KeInsertQueueApc(apc, null, null, 0);
        });

        BugCheck(machine, status, KERNEL_APC_PENDING_DURING_EXIT, apc!.Address, 0xFFFF, 0, 0);
    }

    [Fact]
    public void ThreadExit_InGuardedRegion_BugChecksKernelApcPendingDuringExit()
    {
        using var machine = Boot();
        var status = machine.Run(KeEnterGuardedRegion);
        BugCheck(machine, status, KERNEL_APC_PENDING_DURING_EXIT, 0, 0xFFFF0000, 0, 0);
    }

    [Fact]
    public void KeInsertQueueApc_AboveDispatchLevel_BugChecksIrqlRule()
    {
        using var machine = Boot();
        var status = machine.Run(() =>
        {
            var apc = Special(KeGetCurrentThread(), [], "special");
            KeRaiseIrql(HIGH_LEVEL, out _);
            KeInsertQueueApc(apc, null, null, 0);
        });

        BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)HIGH_LEVEL, 0, 0);
    }

    [Fact]
    public void KeInsertQueueApc_KapcNeverInitialized_IsAnAccessViolationInTheCaller()
    {
        using var machine = Boot();
        var status = machine.Run(() => KeInsertQueueApc(new KAPC(), null, null, 0));
        BugCheck(machine, status, SYSTEM_THREAD_EXCEPTION_NOT_HANDLED, unchecked((uint)STATUS_ACCESS_VIOLATION), 0, 0, 0);
    }

    [Fact]
    public void KernelRoutine_RaisingAnException_BugChecksKmodeExceptionNotHandled()
    {
        using var machine = Boot();
        var status = machine.Run(() =>
        {
            var apc = new KAPC();
            KeInitializeApc(apc, KeGetCurrentThread(), OriginalApcEnvironment,
                (KAPC a, ref PKNORMAL_ROUTINE? normal, ref object? context, ref object? argument1, ref object? argument2) =>
                    ExRaiseStatus(STATUS_INVALID_PARAMETER),
                null, null, KernelMode, null);
            KeInsertQueueApc(apc, null, null, 0);
        });

        BugCheck(machine, status, KMODE_EXCEPTION_NOT_HANDLED, unchecked((uint)STATUS_INVALID_PARAMETER), 0, 0, 0);
    }

    internal static KAPC Special(KTHREAD target, List<string> log, string name, KAPC_ENVIRONMENT environment = OriginalApcEnvironment)
    {
        var apc = new KAPC();
        KeInitializeApc(apc, target, environment,
            (KAPC a, ref PKNORMAL_ROUTINE? normal, ref object? context, ref object? argument1, ref object? argument2) =>
                log.Add($"{name} at {(int)KeGetCurrentIrql()}{(KeGetCurrentThread() == target ? "" : " elsewhere")}"),
            null, null, KernelMode, null);
        return apc;
    }

    private static KAPC Normal(KTHREAD target, List<string> log, string name)
    {
        var apc = new KAPC();
        KeInitializeApc(apc, target, OriginalApcEnvironment, NoKernelWork, null,
            (_, _, _) => log.Add($"{name} at {(int)KeGetCurrentIrql()}{(KeGetCurrentThread() == target ? "" : " elsewhere")}"), KernelMode, null);
        return apc;
    }

    private static void NoKernelWork(KAPC Apc, ref PKNORMAL_ROUTINE? NormalRoutine, ref object? NormalContext, ref object? SystemArgument1,
        ref object? SystemArgument2)
    {
    }
}
