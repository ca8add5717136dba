using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Threads;

/// <summary>The threads and processes as the thread commands find them: from the machine when the views are captured
/// (every thread, the processes in !process order), and from the target's views when a command renders them (the
/// current thread and processor, a thread or process by address), alike on a live machine and on a dump.</summary>
internal static class KdThreads
{
    /// <summary>Every thread the scheduler created (idle threads included), in creation order.</summary>
    internal static IReadOnlyList<KTHREAD> All(Machine machine)
    {
        lock (machine.Scheduler.Lock)
        {
            return [.. machine.Scheduler.Threads];
        }
    }

    /// <summary>The thread that raised <paramref name="bugCheck"/>, found by the name it recorded ("T12 (Name)").</summary>
    internal static KTHREAD? BugCheckThread(Machine machine, BugCheckInfo bugCheck) =>
        All(machine).FirstOrDefault(t => t.ToString() == bugCheck.Thread);

    /// <summary>The System process, then the user processes whose threads have not all ended, by client id.</summary>
    internal static IReadOnlyList<EPROCESS> Processes(Machine machine)
    {
        var users = All(machine)
            .Where(t => t.UserProcess is { HasExited: false })
            .Select(t => t.Process)
            .Distinct()
            .OrderBy(p => p.UniqueProcessId.Value);
        return [machine.SystemProcess, .. users];
    }

    /// <summary>The thread the debugger stands on: the one that bug checked, else the current processor's; null (with the
    /// error printed) when the target does not hold it.</summary>
    internal static KdThreadView? Current(KdContext context)
    {
        var threads = context.Target.Snapshot.Threads;
        if (context.Target.Snapshot.BugCheck is { } bugCheck && threads.FirstOrDefault(t => t.Name == bugCheck.Thread) is { } culprit)
        {
            return culprit;
        }

        if (CurrentProcessor(context) is not { } processor)
        {
            return null;
        }

        if (threads.FirstOrDefault(t => t.Address == processor.CurrentThread) is { } current)
        {
            return current;
        }

        NotInDump(context, "The current thread");
        return null;
    }

    /// <summary>The processor the session's commands refer to; null (with the error printed) when the target does not hold it.</summary>
    internal static KdProcessorView? CurrentProcessor(KdContext context)
    {
        var processors = context.Target.Snapshot.Processors;
        var count = context.Target.Snapshot.System?.Processors ?? processors.Count;
        var number = Math.Clamp(context.Session.CurrentProcessor, 0, Math.Max(count - 1, 0));
        if (processors.FirstOrDefault(p => p.Number == number) is { } processor)
        {
            return processor;
        }

        NotInDump(context, $"Processor {number}");
        return null;
    }

    /// <summary>The thread whose KTHREAD is at <paramref name="address"/>, or null.</summary>
    internal static KdThreadView? At(KdContext context, ulong address) => context.Target.Snapshot.Threads.FirstOrDefault(t => t.Address == address);

    /// <summary>The threads of <paramref name="process"/> that have not ended (the System process's are the kernel's
    /// threads, idle threads excepted: they belong to the idle process on Windows).</summary>
    internal static IReadOnlyList<KdThreadView> Of(KdContext context, KdProcessView process) =>
        [.. context.Target.Snapshot.Threads.Where(t => t.Process.Address == process.Address && !t.Idle && !t.Terminated)];

    /// <summary>"0004" for a client id, as !process and !thread print it.</summary>
    internal static string Cid(ulong id) => id.ToString("x4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>NtSim's words for what a small dump did not keep (it keeps the processor that bug checked, its thread and process).</summary>
    internal static void NotInDump(KdContext context, string what) =>
        context.Error($"{what}: not in this dump (a small dump keeps only the processor that bug checked, its thread and process)");
}
