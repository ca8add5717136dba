using NtSim.Debugger.Commands.State;
using NtSim.Debugger.Commands.Threads;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Target;

internal sealed partial class KdSnapshot
{
    /// <summary>Every processor, by number: IRQL, current and idle thread, DPC queue (kernel dumps).</summary>
    [KdSection("processors")]
    internal IReadOnlyList<KdProcessorView> AllProcessors => Section<IReadOnlyList<KdProcessorView>>("processors", CaptureProcessors, []);

    /// <summary>The timers inserted, by due time (kernel dumps; null in a small dump).</summary>
    [KdSection("timers")]
    internal IReadOnlyList<KdTimerView>? Timers => Section<IReadOnlyList<KdTimerView>?>("timers", CaptureTimers, null);

    /// <summary>The executive resources and spin locks held (kernel dumps; null in a small dump).</summary>
    [KdSection("locks")]
    internal KdLocksView? Locks => Section("locks", CaptureLocks, null);

    /// <summary>The processors the target has: every one live and in a kernel dump; in a small dump the one that crashed.</summary>
    internal IReadOnlyList<KdProcessorView> Processors =>
        Has("processors") ? AllProcessors : Crash is { } crash ? [crash.Processor] : [];

    private static List<KdProcessorView> CaptureProcessors(Machine machine) => [.. machine.Processors.Select(p => ProcessorView(machine, p))];

    private static KdProcessorView ProcessorView(Machine machine, Processor processor) =>
        new(processor.Number, (int)processor.Irql, processor.Current.Address, processor.IdleThread.Address, processor.DpcQueueDepth,
            [.. KdProcessors.Dpcs(machine, processor).Select(dpc => new KdDpcView(dpc.Address, KdProcessors.RoutineAddress(dpc), dpc.RoutineName))]);

    private static List<KdTimerView> CaptureTimers(Machine machine) =>
        [.. machine.Scheduler.InsertedTimers().Select(t => new KdTimerView(t.Address, t.Period > 0, t.DueTime, t.Dpc?.RoutineName,
            t.Dpc is null ? t.TimeoutThread?.Address : null))];

    private static KdLocksView CaptureLocks(Machine machine)
    {
        var threads = KdThreads.All(machine);
        var resources = machine.ExecutiveResources.Snapshot();
        var held = new List<KdResourceView>();
        lock (machine.Scheduler.Lock)
        {
            foreach (var resource in resources.Where(r => r.ExclusiveOwner != 0 || r.SharedOwners.Count > 0))
            {
                var exclusive = resource.ExclusiveOwner != 0;
                held.Add(new KdResourceView(resource.Address, exclusive,
                    exclusive ? [new KdLockOwnerView(resource.ExclusiveOwner, resource.ExclusiveCount)] : [.. resource.SharedOwners.Select(o => new KdLockOwnerView(o.Key, o.Value))],
                    [.. resource.ExclusiveWake.WaitList.Select(b => b.Thread.Address)], [.. resource.SharedWaitList.Select(t => t.Address)]));
            }
        }

        var spinLocks = new List<KdSpinLockView>();
        foreach (var thread in threads)
        {
            for (var spinLock = thread.LastHeldSpinLock; spinLock is not null; spinLock = spinLock.HeldBefore)
            {
                spinLocks.Add(new KdSpinLockView(spinLock.Address, thread.Address, thread.ToString(), spinLock.AcquiredFile, spinLock.AcquiredLine));
            }
        }

        return new KdLocksView(resources.Count, held, spinLocks);
    }
}
