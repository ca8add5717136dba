namespace NtSim;

public sealed partial class UserProcess
{
    /// <summary>The process that created this one (the System process for a process the machine's host started).</summary>
    internal HANDLE ParentId { get; set; } = new((ulong)EPROCESS.SystemProcessId);

    private void NotifyThreadCreated(KTHREAD created)
    {
        if (KTHREAD.Current is { } creator && Machine.ProcessNotifications.HasThreadRoutines)
        {
            Machine.ProcessNotifications.ThreadCreated(creator, created);
        }
    }

    private void NotifyThreadStarting(KTHREAD thread, bool main)
    {
        var notifications = Machine.ProcessNotifications;
        if (main && notifications.HasImageRoutines)
        {
            notifications.ProcessImageLoaded(thread, Process);
        }

        if (notifications.HasThreadRoutines)
        {
            notifications.ThreadStarting(thread);
        }
    }

    private void NotifyThreadExiting(KTHREAD thread)
    {
        if (!Machine.IsHalted && Machine.ProcessNotifications.HasThreadRoutines)
        {
            Machine.ProcessNotifications.ThreadExiting(thread);
        }
    }

    private void NotifyProcessExiting(KTHREAD thread)
    {
        if (!Machine.IsHalted && Machine.ProcessNotifications.HasProcessRoutines)
        {
            // "When a process is deleted, the process-notify routine runs in the context of the last thread to exit the process."
            Machine.ProcessNotifications.ProcessExited(thread, Process, ParentId);
        }
    }
}
