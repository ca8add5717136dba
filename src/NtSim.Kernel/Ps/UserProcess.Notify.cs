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

public sealed partial class UserProcess
{
    /// <summary>An event the new thread waits on until the creator's thread notify routines have run, when there are
    /// some (otherwise null: the thread runs at once).</summary>
    private KEVENT? StartGate()
    {
        if (KTHREAD.Current is null || !Machine.ProcessNotifications.HasThreadRoutines)
        {
            return null;
        }

        var gate = new KEVENT();
        Events.Initialize(Machine, gate, Wdm.NotificationEvent, false);
        return gate;
    }

    private void OpenStartGate(KEVENT? gate)
    {
        if (gate is not null)
        {
            Events.Set(Machine, gate);
        }
    }

    private static void WaitStartGate(KTHREAD thread, KEVENT? gate)
    {
        if (gate is not null)
        {
            Waits.WaitFor(thread, gate);
        }
    }
}
