namespace NtSim;

public sealed partial class UserProcess
{
    /// <summary>
    /// Concurrent mode: creates a user process named <paramref name="imageName"/> and makes the
    /// calling host thread its first thread (PASSIVE_LEVEL, PreviousMode UserMode), so a benchmark
    /// or test calls the Win32 facade directly from its own thread. <see cref="Release"/> ends it.
    /// </summary>
    internal static UserProcess Adopt(Machine machine, string imageName, KernelModule module, out KTHREAD thread)
    {
        ArgumentNullException.ThrowIfNull(machine);
        ArgumentException.ThrowIfNullOrEmpty(imageName);
        machine.ThrowIfHalted();
        var process = new UserProcess(machine, EPROCESS.CreateUser(machine, imageName));
        thread = machine.Scheduler.Attach(imageName, module, ThreadKind.User, adopted =>
        {
            adopted.Process = process.Process;
            adopted.UserProcess = process;
            adopted.PreviousMode = Wdm.UserMode;
            adopted.InUserMode = true;
            lock (process._lock)
            {
                process._threads.Add(adopted);
            }
        });
        return process;
    }

    /// <summary>Ends an adopted thread as a main routine returning ends its process: the thread's
    /// I/O is cancelled, the process exits (every handle closed), and the host thread is given back.</summary>
    internal void Release(KTHREAD thread, int exitCode = 0)
    {
        if (thread.UserProcess != this || thread != KTHREAD.Current)
        {
            throw new InvalidOperationException($"UserProcess.Release: {thread} is not the calling thread of {this}.");
        }

        thread.InUserMode = false;
        IoServices.CancelThreadIo(thread);
        Exit(thread, exitCode);
        Machine.Scheduler.Detach(thread);
    }
}
