namespace NtSim;

/// <summary>The object behind a thread or process handle, for the kernel32 calls that act on one.</summary>
public static partial class Win32
{
    /// <summary>Runs <paramref name="action"/> on the thread a handle names, if the handle grants one
    /// of <paramref name="anyOf"/>; fails the call with the status otherwise.</summary>
    private static bool WithThread(KTHREAD thread, HANDLE handle, uint anyOf, Action<KTHREAD> action) =>
        WithObject(thread, handle, ObjectTypes.Thread, anyOf, body => action((KTHREAD)body));

    private static bool WithProcess(KTHREAD thread, HANDLE handle, uint anyOf, Action<EPROCESS> action) =>
        WithObject(thread, handle, ObjectTypes.Process, anyOf, body => action((EPROCESS)body));

    private static bool WithObject(KTHREAD thread, HANDLE handle, OBJECT_TYPE type, uint anyOf, Action<object> action)
    {
        var manager = thread.Machine.ObjectManager;
        var status = manager.ReferenceByHandle(handle, 0, type, Wdm.UserMode, out var header, out var information);
        if (!Wdm.NT_SUCCESS(status))
        {
            return Fail(thread, status);
        }

        try
        {
            if ((information.GrantedAccess & anyOf) == 0)
            {
                return Fail(thread, Wdm.STATUS_ACCESS_DENIED);
            }

            action(header!.Body);
            thread.Win32State.LastError = 0;
            return true;
        }
        finally
        {
            manager.Dereference(header!);
        }
    }
}
