using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>NtCurrentProcess(): the pseudo-handle (HANDLE)-1 for the calling process.</summary>
    public static HANDLE NtCurrentProcess() => (HANDLE)(-1L);

    /// <summary>NtCurrentThread(): the pseudo-handle (HANDLE)-2 for the calling thread.</summary>
    public static HANDLE NtCurrentThread() => (HANDLE)(-2L);

    /// <summary>ZwCurrentProcess(): the pseudo-handle (HANDLE)-1 for the calling process.</summary>
    public static HANDLE ZwCurrentProcess() => NtCurrentProcess();

    /// <summary>ZwCurrentThread(): the pseudo-handle (HANDLE)-2 for the calling thread.</summary>
    public static HANDLE ZwCurrentThread() => NtCurrentThread();

    /// <summary>PsInitialSystemProcess: the System process of the calling thread's machine.</summary>
    public static EPROCESS PsInitialSystemProcess => KeContext.Running(nameof(PsInitialSystemProcess)).Machine.SystemProcess;

    /// <summary>
    /// PsCreateSystemThread: a system thread running <paramref name="StartRoutine"/>(<paramref name="StartContext"/>)
    /// at PASSIVE_LEVEL in the System process (ProcessHandle NULL), charged to the start routine's
    /// module. <paramref name="ThreadHandle"/> is a kernel handle that keeps the thread object valid
    /// until ZwClose; the thread object is signaled when the thread ends. PASSIVE_LEVEL only (rule
    /// IrqlPsPassive, 0xC4/0x2001C).
    /// </summary>
    public static NTSTATUS PsCreateSystemThread(out HANDLE ThreadHandle, uint DesiredAccess, OBJECT_ATTRIBUTES? ObjectAttributes, HANDLE ProcessHandle,
        out CLIENT_ID ClientId, KSTART_ROUTINE StartRoutine, object? StartContext,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.PsCreateSystemThread);
        KeContext.NotNull(StartRoutine, nameof(StartRoutine));
        var status = SystemThreads.Create(thread, DesiredAccess, ObjectAttributes, ProcessHandle, StartRoutine, StartContext, file, line,
            out ThreadHandle, out ClientId);
        DdiGate.Leave(thread, DdiTable.PsCreateSystemThread);
        return status;
    }

    /// <summary>PsCreateSystemThread with ClientId NULL (what drivers pass).</summary>
    public static NTSTATUS PsCreateSystemThread(out HANDLE ThreadHandle, uint DesiredAccess, OBJECT_ATTRIBUTES? ObjectAttributes, HANDLE ProcessHandle,
        KSTART_ROUTINE StartRoutine, object? StartContext,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        PsCreateSystemThread(out ThreadHandle, DesiredAccess, ObjectAttributes, ProcessHandle, out _, StartRoutine, StartContext, file, line);

    /// <summary>PsTerminateSystemThread: ends the calling system thread with <paramref name="ExitStatus"/>
    /// (PsGetThreadExitStatus reports it; waiters on the thread object are released). Does not return.</summary>
    public static NTSTATUS PsTerminateSystemThread(NTSTATUS ExitStatus)
    {
        var thread = DdiGate.Enter(DdiTable.PsTerminateSystemThread);
        if (thread.Kind == ThreadKind.Idle)
        {
            // "If the routine cannot terminate the thread ... it returns an error NTSTATUS value."
            return STATUS_INVALID_PARAMETER;
        }

        throw new ThreadTerminatedException(ExitStatus);
    }

    /// <summary>PsGetCurrentThreadId: the calling thread's id.</summary>
    public static HANDLE PsGetCurrentThreadId() => new((ulong)DdiGate.Enter(DdiTable.PsGetCurrentThreadId).Id);

    /// <summary>PsGetCurrentProcessId: the id of the process the calling thread belongs to (its client
    /// id's UniqueProcess, which an attach does not change; the System process: 4).</summary>
    public static HANDLE PsGetCurrentProcessId() => DdiGate.Enter(DdiTable.PsGetCurrentProcessId).Process.UniqueProcessId;

    /// <summary>PsGetCurrentProcess: the process whose address space the calling thread runs in (its
    /// own, or the one KeStackAttachProcess attached it to).</summary>
    public static EPROCESS PsGetCurrentProcess()
    {
        var thread = DdiGate.Enter(DdiTable.PsGetCurrentProcess);
        return thread.Machine.CurrentProcess(thread);
    }

    /// <summary>PsGetThreadId: a thread's id.</summary>
    public static HANDLE PsGetThreadId(KTHREAD Thread) => new((ulong)KeContext.NotNull(Thread, nameof(Thread)).Id);

    /// <summary>PsGetProcessId: a process's id.</summary>
    public static HANDLE PsGetProcessId(EPROCESS Process) => KeContext.NotNull(Process, nameof(Process)).UniqueProcessId;

    /// <summary>PsIsSystemThread: whether the thread is a system thread (every kernel thread is, until
    /// user-mode threads come).</summary>
    public static bool PsIsSystemThread(KTHREAD Thread) =>
        KeContext.NotNull(Thread, nameof(Thread)).Kind is ThreadKind.System or ThreadKind.Worker or ThreadKind.Idle;

    /// <summary>PsGetThreadExitStatus: the status a thread ended with, or STATUS_PENDING while it runs.</summary>
    public static NTSTATUS PsGetThreadExitStatus(KTHREAD Thread)
    {
        KeContext.NotNull(Thread, nameof(Thread));
        return Thread.State == ThreadState.Terminated ? Thread.ExitStatus : STATUS_PENDING;
    }
}
