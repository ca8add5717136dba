using System.Diagnostics;

namespace NtSim;

internal abstract partial class Scheduler
{
    /// <summary>Records why a run stopped at a limit. <paramref name="running"/> is the thread that
    /// reached the scheduling point (its stack is the calling .NET thread's, so the driver's line
    /// can be read from it); an idle thread names nobody.</summary>
    protected void RecordStop(RunStatus status, KTHREAD? running)
    {
        Debug.Assert(Monitor.IsEntered(Lock));
        var culprit = running is { Kind: not ThreadKind.Idle } ? running : null;
        string? module = null;
        string? location = null;
        if (culprit is not null)
        {
            module = culprit.CurrentModule.Name;
            if (culprit == KTHREAD.Current)
            {
                (var blamed, location) = Blame.Find(new StackTrace(1, true), culprit, Machine.Modules);
                module = blamed ?? module;
            }
        }

        Machine.RecordStop(new StopReport(status, culprit?.ToString(), module, culprit?.LastDdi, location, DescribeOthers(culprit), InterruptTime));
    }

    /// <summary>The report of a hung thread (<see cref="RunStatus.Hung"/>): the other threads are
    /// listed if the dispatcher lock can be had (the hung thread may hold it).</summary>
    internal StopReport HangReport(KTHREAD culprit, string? module, string? location)
    {
        IReadOnlyList<string> others = ["(the dispatcher lock is held: the other threads are not listed)"];
        if (Monitor.TryEnter(Lock, 100))
        {
            try
            {
                others = DescribeOthers(culprit);
            }
            finally
            {
                Monitor.Exit(Lock);
            }
        }

        return new StopReport(RunStatus.Hung, culprit.ToString(), module ?? culprit.CurrentModule.Name, culprit.LastDdi, location, others, InterruptTime);
    }

    private List<string> DescribeOthers(KTHREAD? culprit)
    {
        var others = new List<string>();
        foreach (var t in Threads)
        {
            if (t == culprit || t.Kind == ThreadKind.Idle || t.State == ThreadState.Terminated || Machine.WorkQueues.IsIdleWorker(t))
            {
                continue;
            }

            var doing = t.State == ThreadState.Waiting ? DescribeWait(t) : $"{t} is {t.State}";
            others.Add($"{doing}; in {t.CurrentModule.Name}, last DDI {t.LastDdi ?? "none"}");
        }

        return others;
    }

    /// <summary>The threads that execute now and that the hang watchdog watches: deterministic mode
    /// has one (the holder of the baton), concurrent mode each processor's (lock not held; a stale
    /// answer only delays the watchdog by one look).</summary>
    internal abstract void AddExecutingThreads(List<KTHREAD> threads);
}
