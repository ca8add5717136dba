using static NtSim.Wdm;

namespace NtSim.Cli.Selftest;

/// <summary>A thread and a timer DPC share a counter under a spin lock: no update may be lost.</summary>
internal static class SpinLockRace
{
    private const int ThreadIncrements = 400;

    internal static ScenarioResult Run(Machine machine)
    {
        var counter = 0;
        var dpcIncrements = 0;
        var threadProcessors = new HashSet<uint>();
        var dpcProcessors = new HashSet<uint>();
        var status = machine.Run(() =>
        {
            var spinLock = new KSPIN_LOCK();
            var timer = new KTIMER();
            var dpc = new KDPC();
            var dpcRan = new KEVENT();
            KeInitializeSpinLock(spinLock);
            KeInitializeTimer(timer);
            KeInitializeEvent(dpcRan, NotificationEvent, false);
            KeInitializeDpc(dpc, (_, _, _, _) =>
            {
                KeAcquireSpinLockAtDpcLevel(spinLock);
                counter++;
                dpcIncrements++;
                dpcProcessors.Add(KeGetCurrentProcessorNumber());
                KeReleaseSpinLockFromDpcLevel(spinLock);
                KeSetEvent(dpcRan, 0, false);
            }, null);
            KeSetTargetProcessorDpc(dpc, (sbyte)(KeQueryActiveProcessorCount() - 1));
            KeSetTimerEx(timer, -10_000, 1, dpc);
            for (var i = 0; i < ThreadIncrements; i++)
            {
                KeAcquireSpinLock(spinLock, out var oldIrql);
                var seen = counter;
                KeStallExecutionProcessor(5);
                counter = seen + 1;
                threadProcessors.Add(KeGetCurrentProcessorNumber());
                KeReleaseSpinLock(spinLock, oldIrql);
            }

            // The DPC's processor may not have run yet on a loaded host: wait for its first run, then
            // cancel the timer and let a DPC already queued finish before the counters are read.
            KeWaitForSingleObject(dpcRan, Executive, KernelMode, false, null);
            KeCancelTimer(timer);
            KeFlushQueuedDpcs();
            KeAcquireSpinLock(spinLock, out var irql);
            DbgPrintEx(DPFLTR_IHVDRIVER_ID, DPFLTR_INFO_LEVEL, "counter %d after %d DPC runs\n", counter, dpcIncrements);
            KeReleaseSpinLock(spinLock, irql);
        }, "Incrementer");

        var passed = status == RunStatus.Completed && counter == ThreadIncrements + dpcIncrements && dpcIncrements > 0;
        return new ScenarioResult(passed,
        [
            $"run: {Scenarios.Describe(machine, status)}",
            $"thread increments {ThreadIncrements} on processor(s) {string.Join(",", threadProcessors.Order())}; DPC increments {dpcIncrements} on processor(s) {string.Join(",", dpcProcessors.Order())}",
            $"counter {counter} = {ThreadIncrements} + {dpcIncrements}: {(counter == ThreadIncrements + dpcIncrements ? "no update lost" : "UPDATES LOST")}",
            .. Scenarios.Printed(machine),
        ]);
    }
}
