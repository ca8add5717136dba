namespace NtSim;

public static partial class Wdm
{
    /// <summary>A key operation between the RegistryCallback routines' pre- and post-notification:
    /// a routine that fails the pre-notification blocks the operation with its status.</summary>
    private static NTSTATUS NotifiedOperation(KTHREAD thread, CmKeyBody key, Func<CmKeyBody, NTSTATUS> operation, REG_KEY_OPERATION_INFORMATION information)
    {
        var callbacks = thread.Machine.RegistryCallbacks;
        var (pre, post) = RegistryNotifyClasses.Of(information);
        var notified = callbacks.Pre(thread, pre, information);
        var status = notified.Proceed ? operation(key) : notified.Status;
        callbacks.Post(thread, notified, post, key, status);
        return status;
    }

    /// <summary>ZwOpenKey(Ex) and ZwCreateKey with RegistryCallback routines registered:
    /// RegNtPreOpenKeyEx/RegNtPreCreateKeyEx before the name is parsed, the post with the key opened.</summary>
    private static NTSTATUS OpenKeyNotified(KTHREAD thread, RegistryCallbacks callbacks, out HANDLE handle, uint desiredAccess,
        in OBJECT_ATTRIBUTES attributes, CmParseContext context, Ddi ddi, string file, int line)
    {
        handle = HANDLE.NULL;
        var objects = thread.Machine.ObjectManager;
        var information = new REG_CREATE_KEY_INFORMATION
        {
            CompleteName = attributes.ObjectName ?? default,
            RootObject = BodyOf(objects, attributes.RootDirectory),
            CreateOptions = context.Options,
            Class = context.Class,
            DesiredAccess = desiredAccess,
        };
        var (pre, post) = context.Create
            ? (REG_NOTIFY_CLASS.RegNtPreCreateKeyEx, REG_NOTIFY_CLASS.RegNtPostCreateKeyEx)
            : (REG_NOTIFY_CLASS.RegNtPreOpenKeyEx, REG_NOTIFY_CLASS.RegNtPostOpenKeyEx);
        var notified = callbacks.Pre(thread, pre, information);
        var status = notified.Status;
        if (notified.Proceed)
        {
            status = objects.OpenObjectByName(attributes, ObjectTypes.Key, desiredAccess, KernelMode, context, thread.CurrentModule, file, line,
                ddi.Name, out handle);
        }

        callbacks.Post(thread, notified, post, NT_SUCCESS(status) ? BodyOf(objects, handle) : null, status);
        return DdiGate.Leave(thread, ddi, status);
    }

    /// <summary>The key object a handle refers to (null for NULL or a handle to something else).</summary>
    private static CmKeyBody? BodyOf(ObjectManager objects, HANDLE handle)
    {
        if (handle.IsNull || !NT_SUCCESS(objects.ReferenceByHandle(handle, 0, ObjectTypes.Key, KernelMode, out var header, out _)))
        {
            return null;
        }

        objects.Dereference(header!);
        return header!.Body as CmKeyBody;
    }
}
