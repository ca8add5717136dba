using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>PS_IMAGE_NOTIFY_CONFLICTING_ARCHITECTURE: also notify for images of another architecture.</summary>
    public const uint PS_IMAGE_NOTIFY_CONFLICTING_ARCHITECTURE = 0x1;

    /// <summary>PsSetCreateProcessNotifyRoutine: adds (Remove FALSE) or removes a routine called when a
    /// process is created (in the creating thread) and when it exits (in its last thread), at
    /// PASSIVE_LEVEL. Adding a routine twice, or a 65th: STATUS_INVALID_PARAMETER; removing one that
    /// is not there: STATUS_PROCEDURE_NOT_FOUND. Remove it before unloading. PASSIVE_LEVEL.</summary>
    public static NTSTATUS PsSetCreateProcessNotifyRoutine(PCREATE_PROCESS_NOTIFY_ROUTINE NotifyRoutine, bool Remove,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        SetProcessNotify(DdiGate.Enter(DdiTable.PsSetCreateProcessNotifyRoutine), NotifyRoutine, Remove, nameof(PsSetCreateProcessNotifyRoutine), file, line);

    /// <summary>PsSetCreateProcessNotifyRoutineEx: as PsSetCreateProcessNotifyRoutine, with a routine that
    /// gets the EPROCESS and, at creation, PS_CREATE_NOTIFY_INFO (null at exit): setting its
    /// CreationStatus to an error refuses the creation, which then fails with that status. PASSIVE_LEVEL.</summary>
    public static NTSTATUS PsSetCreateProcessNotifyRoutineEx(PCREATE_PROCESS_NOTIFY_ROUTINE_EX NotifyRoutine, bool Remove,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        SetProcessNotify(DdiGate.Enter(DdiTable.PsSetCreateProcessNotifyRoutineEx), NotifyRoutine, Remove, nameof(PsSetCreateProcessNotifyRoutineEx), file, line);

    /// <summary>PsSetCreateThreadNotifyRoutine: a routine called when a thread is created (in the creating
    /// thread) and when it exits (in that thread). A 65th: STATUS_INSUFFICIENT_RESOURCES. Remove it with
    /// PsRemoveCreateThreadNotifyRoutine before unloading. PASSIVE_LEVEL.</summary>
    public static NTSTATUS PsSetCreateThreadNotifyRoutine(PCREATE_THREAD_NOTIFY_ROUTINE NotifyRoutine,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.PsSetCreateThreadNotifyRoutine);
        KeContext.NotNull(NotifyRoutine, nameof(NotifyRoutine));
        return thread.Machine.ProcessNotifications.AddThreadRoutine(thread, NotifyRoutine, false, nameof(PsSetCreateThreadNotifyRoutine), file, line);
    }

    /// <summary>PsSetCreateThreadNotifyRoutineEx: PsCreateThreadNotifyNonSystem registers a routine called for
    /// user-mode (non-system) threads, on the new thread itself; PsCreateThreadNotifySubsystems is
    /// PsSetCreateThreadNotifyRoutine. Another type: STATUS_INVALID_PARAMETER. PASSIVE_LEVEL.</summary>
    public static NTSTATUS PsSetCreateThreadNotifyRoutineEx(PSCREATETHREADNOTIFYTYPE NotifyType, PCREATE_THREAD_NOTIFY_ROUTINE NotifyInformation,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.PsSetCreateThreadNotifyRoutineEx);
        KeContext.NotNull(NotifyInformation, nameof(NotifyInformation));
        if (NotifyType is not (PSCREATETHREADNOTIFYTYPE.PsCreateThreadNotifyNonSystem or PSCREATETHREADNOTIFYTYPE.PsCreateThreadNotifySubsystems))
        {
            return STATUS_INVALID_PARAMETER;
        }

        return thread.Machine.ProcessNotifications.AddThreadRoutine(thread, NotifyInformation,
            NotifyType == PSCREATETHREADNOTIFYTYPE.PsCreateThreadNotifyNonSystem, nameof(PsSetCreateThreadNotifyRoutineEx), file, line);
    }

    /// <summary>PsRemoveCreateThreadNotifyRoutine: STATUS_PROCEDURE_NOT_FOUND if the routine is not registered. PASSIVE_LEVEL.</summary>
    public static NTSTATUS PsRemoveCreateThreadNotifyRoutine(PCREATE_THREAD_NOTIFY_ROUTINE NotifyRoutine)
    {
        var thread = DdiGate.Enter(DdiTable.PsRemoveCreateThreadNotifyRoutine);
        return thread.Machine.ProcessNotifications.RemoveThreadRoutine(KeContext.NotNull(NotifyRoutine, nameof(NotifyRoutine)));
    }

    /// <summary>PsSetLoadImageNotifyRoutine: a routine called when an image is mapped: a driver's (ProcessId 0,
    /// SystemModeImage) before its DriverEntry, a process's main image in the new process's first
    /// thread. A 65th: STATUS_INSUFFICIENT_RESOURCES. PASSIVE_LEVEL.</summary>
    public static NTSTATUS PsSetLoadImageNotifyRoutine(PLOAD_IMAGE_NOTIFY_ROUTINE NotifyRoutine,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.PsSetLoadImageNotifyRoutine);
        KeContext.NotNull(NotifyRoutine, nameof(NotifyRoutine));
        return thread.Machine.ProcessNotifications.AddImageRoutine(thread, NotifyRoutine, nameof(PsSetLoadImageNotifyRoutine), file, line);
    }

    /// <summary>PsSetLoadImageNotifyRoutineEx: Flags 0 or PS_IMAGE_NOTIFY_CONFLICTING_ARCHITECTURE (NtSim
    /// has one architecture); others: STATUS_INVALID_PARAMETER. PASSIVE_LEVEL.</summary>
    public static NTSTATUS PsSetLoadImageNotifyRoutineEx(PLOAD_IMAGE_NOTIFY_ROUTINE NotifyRoutine, nuint Flags,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.PsSetLoadImageNotifyRoutineEx);
        KeContext.NotNull(NotifyRoutine, nameof(NotifyRoutine));
        if ((Flags & ~(nuint)PS_IMAGE_NOTIFY_CONFLICTING_ARCHITECTURE) != 0)
        {
            return STATUS_INVALID_PARAMETER;
        }

        return thread.Machine.ProcessNotifications.AddImageRoutine(thread, NotifyRoutine, nameof(PsSetLoadImageNotifyRoutineEx), file, line);
    }

    /// <summary>PsRemoveLoadImageNotifyRoutine: STATUS_PROCEDURE_NOT_FOUND if the routine is not registered. PASSIVE_LEVEL.</summary>
    public static NTSTATUS PsRemoveLoadImageNotifyRoutine(PLOAD_IMAGE_NOTIFY_ROUTINE NotifyRoutine)
    {
        var thread = DdiGate.Enter(DdiTable.PsRemoveLoadImageNotifyRoutine);
        return thread.Machine.ProcessNotifications.RemoveImageRoutine(KeContext.NotNull(NotifyRoutine, nameof(NotifyRoutine)));
    }

    private static NTSTATUS SetProcessNotify(KTHREAD thread, Delegate routine, bool remove, string ddi, string file, int line)
    {
        KeContext.NotNull(routine, "NotifyRoutine");
        var notifications = thread.Machine.ProcessNotifications;
        return remove ? notifications.RemoveProcessRoutine(routine) : notifications.AddProcessRoutine(thread, routine, ddi, file, line);
    }
}
