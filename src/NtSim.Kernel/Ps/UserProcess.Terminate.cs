namespace NtSim;

public sealed partial class UserProcess
{
    /// <summary>The exit code TerminateProcess gave, which the process exits with instead of its main routine's.</summary>
    private int? _terminationCode;

    /// <summary>The user process with id <paramref name="processId"/> (running or exited), or null.</summary>
    internal static UserProcess? FromId(Machine machine, int processId)
    {
        lock (machine.Scheduler.Lock)
        {
            return machine.Scheduler.Threads.FirstOrDefault(t => t.UserProcess?.Id == processId)?.UserProcess;
        }
    }

    /// <summary>The user process of <paramref name="process"/>, or null for the System process.</summary>
    internal static UserProcess? Of(Machine machine, EPROCESS process) =>
        process == machine.SystemProcess ? null : FromId(machine, (int)process.UniqueProcessId.Value);

    /// <summary>
    /// NtTerminateProcess: the process is to exit with <paramref name="exitCode"/>: its threads end at
    /// their next wait or system call (a user-mode wait, alertable or not, ends now), and its main thread runs the
    /// exit (closing its handles). False when it is already exiting (STATUS_PROCESS_IS_TERMINATING).
    /// </summary>
    internal bool Terminate(int exitCode)
    {
        List<KTHREAD> threads;
        lock (_lock)
        {
            if (_exited || Terminating)
            {
                return false;
            }

            _terminationCode = exitCode;
            Terminating = true;
            threads = [.. _threads.Where(t => t.State != ThreadState.Terminated && t != KTHREAD.Current)];
        }

        foreach (var thread in threads)
        {
            Machine.Scheduler.AlertForExit(thread);
        }

        return true;
    }
}
