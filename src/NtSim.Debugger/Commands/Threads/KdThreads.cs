using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Threads;

/// <summary>The machine's threads and processes as the thread commands find them: the current thread,
/// a thread or process by address, every process in client id order.</summary>
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

    /// <summary>The thread the debugger stands on: the one that bug checked, else the current processor's.</summary>
    internal static KTHREAD Current(KdContext context)
    {
        var machine = context.Machine;
        if (machine.BugCheck is { } bugCheck && BugCheckThread(machine, bugCheck) is { } culprit)
        {
            return culprit;
        }

        return CurrentProcessor(context).Current;
    }

    /// <summary>The processor the session's commands refer to.</summary>
    internal static Processor CurrentProcessor(KdContext context)
    {
        var processors = context.Machine.Processors;
        return processors[Math.Clamp(context.Session.CurrentProcessor, 0, processors.Count - 1)];
    }

    /// <summary>The thread that raised <paramref name="bugCheck"/>, found by the name it recorded ("T12 (Name)").</summary>
    internal static KTHREAD? BugCheckThread(Machine machine, BugCheckInfo bugCheck) =>
        All(machine).FirstOrDefault(t => t.ToString() == bugCheck.Thread);

    /// <summary>The thread whose KTHREAD is at <paramref name="address"/>, or null.</summary>
    internal static KTHREAD? At(Machine machine, ulong address) => All(machine).FirstOrDefault(t => t.Address == address);

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

    /// <summary>The threads of <paramref name="process"/> that have not ended (the System process's are
    /// the kernel's threads, idle threads excepted: they belong to the idle process on Windows).</summary>
    internal static IReadOnlyList<KTHREAD> Of(Machine machine, EPROCESS process) =>
        [.. All(machine).Where(t => t.Process == process && t.Kind != ThreadKind.Idle && t.State != ThreadState.Terminated)];

    /// <summary>"0004" for a client id, as !process and !thread print it.</summary>
    internal static string Cid(ulong id) => id.ToString("x4", System.Globalization.CultureInfo.InvariantCulture);
}
