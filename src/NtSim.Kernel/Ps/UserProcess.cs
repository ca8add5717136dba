using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace NtSim;

/// <summary>
/// A user-mode process started with <see cref="Machine.StartProcess(string, Func{string[], int}, string[])"/>: an EPROCESS with its own
/// address space and handle table, whose threads run the application's code at PASSIVE_LEVEL with
/// PreviousMode UserMode and enter the kernel through the Win32 facade (<see cref="Win32"/>).
/// When the main routine returns the process exits as ExitProcess does: the I/O its threads have in
/// flight is cancelled, its other threads end, and every handle it holds is closed.
/// </summary>
[DebuggerDisplay("{ImageName,nq} ({Id})")]
public sealed partial class UserProcess
{
    private readonly StringBuilder _output = new();
    private readonly List<KTHREAD> _threads = [];
    private readonly Lock _lock = new();
    private volatile bool _exited;
    private int _exitBegun;
    private KTHREAD? _exitingThread;

    internal UserProcess(Machine machine, EPROCESS process)
    {
        Machine = machine;
        Process = process;
    }

    /// <summary>The process id.</summary>
    public int Id => (int)Process.UniqueProcessId.Value;

    /// <summary>The image name ("zerotest").</summary>
    public string ImageName => Process.ImageFileName;

    /// <summary>Whether the process has exited.</summary>
    public bool HasExited => _exited;

    /// <summary>The main routine's return value (or the exception code of an unhandled exception).</summary>
    public int ExitCode { get; private set; }

    /// <summary>What the application wrote with printf/puts.</summary>
    public string Output
    {
        get
        {
            lock (_lock)
            {
                return _output.ToString();
            }
        }
    }

    internal Machine Machine { get; }

    internal EPROCESS Process { get; }

    /// <summary>The load context of the client assembly the process runs (StartProcess by path), unloaded when it exits.</summary>
    internal DriverLoadContext? ClientContext { get; set; }

    /// <summary>ExitProcess has begun: the process's threads end at their next wait or system call.</summary>
    internal bool Terminating { get; private set; }

    /// <summary>Drives the machine until the process has exited.</summary>
    public RunStatus WaitForExit() => Machine.RunUntil(() => _exited);

    /// <summary>Whether <paramref name="thread"/> is the one running ExitProcess (it keeps making calls).</summary>
    internal bool IsExiting(KTHREAD thread) => _exitingThread == thread;

    internal void Write(string text)
    {
        lock (_lock)
        {
            _output.Append(text);
        }
    }

    /// <summary>Starts a thread of the process running <paramref name="start"/> (CreateThread).</summary>
    internal KTHREAD CreateThread(string name, KernelModule module, Func<int> start, bool main)
    {
        // PspInsertThread calls the thread notify routines before it readies the thread: the new thread waits for them.
        var notified = StartGate();
        var created = Machine.Scheduler.CreateThread(name, ThreadKind.User, module, () => ThreadMain(KTHREAD.Current!, start, main, notified), thread =>
        {
            thread.Process = Process;
            thread.UserProcess = this;
            thread.PreviousMode = Wdm.UserMode;
            thread.InitializePriority(Process.BasePriority);
            lock (_lock)
            {
                _threads.Add(thread);
            }
        });
        NotifyThreadCreated(created);
        OpenStartGate(notified);
        return created;
    }

    private void ThreadMain(KTHREAD thread, Func<int> start, bool main, KEVENT? notified)
    {
        var exitCode = 0;
        try
        {
            WaitStartGate(thread, notified);
            NotifyThreadStarting(thread, main);
            thread.InUserMode = true;
            exitCode = start();
        }
        catch (ThreadTerminatedException)
        {
            exitCode = (int)Wdm.STATUS_CANCELLED;
        }
        catch (Exception e) when (e is not (BugCheckException or MachineHaltedException))
        {
            // An exception the application did not handle ends the process, as on Windows.
            var code = ExceptionCodes.For(e);
            Write(string.Create(CultureInfo.InvariantCulture, $"Unhandled exception 0x{(uint)code:X8} in {thread}: {e.GetType().Name}: {e.Message}\n"));
            exitCode = (int)code;
            main = true;
        }
        finally
        {
            // From here the process's own kernel work runs: cancelling its I/O, closing its handles.
            thread.InUserMode = false;
        }

        IoServices.CancelThreadIo(thread);
        NotifyThreadExiting(thread);
        if (main)
        {
            Exit(thread, exitCode);
        }
    }

    /// <summary>ExitProcess: the other threads are made to end, then the handles are closed.</summary>
    private void Exit(KTHREAD thread, int exitCode)
    {
        if (Interlocked.Exchange(ref _exitBegun, 1) != 0)
        {
            // Another thread is ending the process (and waits for this one to end): just end.
            return;
        }

        _exitingThread = thread;
        Terminating = true;
        while (true)
        {
            List<KTHREAD> others;
            lock (_lock)
            {
                others = [.. _threads.Where(t => t != thread && t.State != ThreadState.Terminated)];
            }

            if (others.Count == 0)
            {
                break;
            }

            foreach (var other in others)
            {
                IoServices.CancelRequestsOf(thread, other);
                Machine.Scheduler.AlertForExit(other);
            }

            Waits.WaitFor(thread, others[0], -10 * 10_000);
        }

        NotifyProcessExiting(thread);
        foreach (var (index, _) in Process.ObjectTable.Entries.ToList())
        {
            Machine.ObjectManager.CloseHandle(HandleTable.Encode(index, kernel: false), Wdm.UserMode);
        }

        MemoryManager.CheckNoLockedPagesAtExit(thread, Process);
        ExitCode = _terminationCode ?? exitCode;
        _exited = true;

        // The client's code has left every stack of the process: its assembly may go.
        ClientContext?.Unload();
    }

    /// <summary>"image (id)".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{ImageName} ({Id})");
}
