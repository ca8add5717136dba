namespace NtSim;

public static partial class Wdm
{
    /// <summary>PsLookupThreadByThreadId: the thread with id <paramref name="ThreadId"/>, referenced
    /// (the caller ObDereferenceObjects it); STATUS_INVALID_PARAMETER when no thread has the id.</summary>
    public static NTSTATUS PsLookupThreadByThreadId(HANDLE ThreadId, out KTHREAD? Thread)
    {
        var thread = DdiGate.Enter(DdiTable.PsLookupThreadByThreadId);
        return DdiGate.Leave(thread, DdiTable.PsLookupThreadByThreadId, ClientIds.LookupThread(thread.Machine, ThreadId, out Thread));
    }

    /// <summary>PsLookupProcessByProcessId: the process with id <paramref name="ProcessId"/>, referenced
    /// (the caller ObDereferenceObjects it); STATUS_INVALID_PARAMETER when no process has the id.</summary>
    public static NTSTATUS PsLookupProcessByProcessId(HANDLE ProcessId, out EPROCESS? Process)
    {
        var thread = DdiGate.Enter(DdiTable.PsLookupProcessByProcessId);
        return DdiGate.Leave(thread, DdiTable.PsLookupProcessByProcessId, ClientIds.LookupProcess(thread.Machine, ProcessId, out Process));
    }

    /// <summary>PsGetProcessImageFileName: the process's image name as EPROCESS.ImageFileName keeps
    /// it, an ANSI field of 15 characters ("System", "zerotest"; a longer name is cut to 15).</summary>
    public static string PsGetProcessImageFileName(EPROCESS Process)
    {
        DdiGate.Enter(DdiTable.PsGetProcessImageFileName);
        var name = KeContext.NotNull(Process, nameof(Process)).ImageFileName;
        return name.Length <= 15 ? name : name[..15];
    }
}
