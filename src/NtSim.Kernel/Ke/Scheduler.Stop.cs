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

        Machine.RecordStop(new StopReport(status, culprit?.ToString(), module, culprit?.LastDdi, location, others, InterruptTime));
    }
}
