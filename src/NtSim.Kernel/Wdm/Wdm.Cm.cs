using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>ZwCreateKey: opens a key, or creates it if it does not exist (the last key of the
    /// name only: a missing parent is STATUS_OBJECT_NAME_NOT_FOUND). <paramref name="Disposition"/>
    /// says which: REG_CREATED_NEW_KEY or REG_OPENED_EXISTING_KEY. CreateOptions: REG_OPTION_VOLATILE
    /// (a volatile key; a non-volatile one under a volatile parent is STATUS_CHILD_MUST_BE_VOLATILE),
    /// REG_OPTION_CREATE_LINK, REG_OPTION_OPEN_LINK; others are STATUS_INVALID_PARAMETER.
    /// PASSIVE_LEVEL only (rule IrqlZwPassive, 0xC4/0x2001F).</summary>
    public static NTSTATUS ZwCreateKey(out HANDLE KeyHandle, uint DesiredAccess, in OBJECT_ATTRIBUTES ObjectAttributes, uint TitleIndex,
        UNICODE_STRING? Class, uint CreateOptions, out uint Disposition, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ZwCreateKey);
        KeyHandle = HANDLE.NULL;
        Disposition = 0;
        if ((CreateOptions & ~REG_LEGAL_OPTION) != 0)
        {
            return STATUS_INVALID_PARAMETER;
        }

        if (Class is { } className)
        {
            RequireWellFormed(thread, className, nameof(ZwCreateKey), nameof(Class));
        }

        // TitleIndex is ignored, as on Windows ("Device and intermediate drivers set this parameter to zero").
        var context = new CmParseContext(create: true, CreateOptions, Class?.ToString(), thread.CurrentModule, file, line);
        var status = OpenKeyByName(thread, out KeyHandle, DesiredAccess, ObjectAttributes, context, DdiTable.ZwCreateKey, file, line);
        if (NT_SUCCESS(status))
        {
            Disposition = context.Disposition;
        }

        return status;
    }

    /// <summary>ZwCreateKey with Disposition NULL.</summary>
    public static NTSTATUS ZwCreateKey(out HANDLE KeyHandle, uint DesiredAccess, in OBJECT_ATTRIBUTES ObjectAttributes, uint TitleIndex,
        UNICODE_STRING? Class, uint CreateOptions, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        ZwCreateKey(out KeyHandle, DesiredAccess, ObjectAttributes, TitleIndex, Class, CreateOptions, out _, file, line);

    /// <summary>ZwOpenKey: a handle to an existing key (STATUS_OBJECT_NAME_NOT_FOUND if there is none).
    /// The name is absolute (<c>\Registry\Machine\...</c>) or relative to the key ObjectAttributes.RootDirectory
    /// names; case does not matter; symbolic links (CurrentControlSet) are followed. Close the handle
    /// with ZwClose. PASSIVE_LEVEL only (rule IrqlZwPassive, 0xC4/0x2001F).</summary>
    public static NTSTATUS ZwOpenKey(out HANDLE KeyHandle, uint DesiredAccess, in OBJECT_ATTRIBUTES ObjectAttributes,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ZwOpenKey);
        var context = new CmParseContext(create: false, 0, null, thread.CurrentModule, file, line);
        return OpenKeyByName(thread, out KeyHandle, DesiredAccess, ObjectAttributes, context, DdiTable.ZwOpenKey, file, line);
    }

    /// <summary>ZwOpenKeyEx: ZwOpenKey with OpenOptions: REG_OPTION_OPEN_LINK (the link key itself) or
    /// REG_OPTION_BACKUP_RESTORE; any other bit is STATUS_INVALID_PARAMETER_4. PASSIVE_LEVEL only.</summary>
    public static NTSTATUS ZwOpenKeyEx(out HANDLE KeyHandle, uint DesiredAccess, in OBJECT_ATTRIBUTES ObjectAttributes, uint OpenOptions,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ZwOpenKeyEx);
        KeyHandle = HANDLE.NULL;
        if ((OpenOptions & ~REG_OPEN_LEGAL_OPTION) != 0)
        {
            return STATUS_INVALID_PARAMETER_4;
        }

        var context = new CmParseContext(create: false, OpenOptions, null, thread.CurrentModule, file, line);
        return OpenKeyByName(thread, out KeyHandle, DesiredAccess, ObjectAttributes, context, DdiTable.ZwOpenKeyEx, file, line);
    }

    /// <summary>ZwDeleteKey: deletes a key that has no subkeys (else STATUS_CANNOT_DELETE). The key
    /// leaves the registry at once; the handle stays open (close it with ZwClose) and any use of it,
    /// or of another handle to the key, is STATUS_KEY_DELETED. PASSIVE_LEVEL only (IrqlZwPassive).</summary>
    public static NTSTATUS ZwDeleteKey(HANDLE KeyHandle) =>
        WithKey(DdiGate.Enter(DdiTable.ZwDeleteKey), DdiTable.ZwDeleteKey, KeyHandle, DELETE, key => key.Registry.DeleteKey(key.Node),
            key => new REG_DELETE_KEY_INFORMATION { Object = key });

    /// <summary>ZwFlushKey: commits the key's hive (there is no disk yet: it succeeds at once).
    /// PASSIVE_LEVEL only (IrqlZwPassive).</summary>
    public static NTSTATUS ZwFlushKey(HANDLE KeyHandle) =>
        WithKey(DdiGate.Enter(DdiTable.ZwFlushKey), DdiTable.ZwFlushKey, KeyHandle, 0, key => key.Registry.Flush(key.Node),
            key => new REG_FLUSH_KEY_INFORMATION { Object = key });

    /// <summary>ObOpenObjectByName for a key: the name goes through the object manager to the Key
    /// parse procedure, which opens (or creates) the key; the handle goes to the caller's table.</summary>
    private static NTSTATUS OpenKeyByName(KTHREAD thread, out HANDLE handle, uint desiredAccess, in OBJECT_ATTRIBUTES attributes,
        CmParseContext context, Ddi ddi, string file, int line)
    {
        var callbacks = thread.Machine.RegistryCallbacks;
        if (!callbacks.IsEmpty)
        {
            return OpenKeyNotified(thread, callbacks, out handle, desiredAccess, attributes, context, ddi, file, line);
        }

        var status = thread.Machine.ObjectManager.OpenObjectByName(attributes, ObjectTypes.Key, desiredAccess, KernelMode, context, thread.CurrentModule,
            file, line, ddi.Name, out handle);
        return DdiGate.Leave(thread, ddi, status);
    }

    /// <summary>Runs <paramref name="operation"/> on the key a handle names (STATUS_INVALID_HANDLE,
    /// STATUS_OBJECT_TYPE_MISMATCH for a handle to something else), for a DDI the caller entered.</summary>
    private static NTSTATUS WithKey(KTHREAD thread, Ddi ddi, HANDLE keyHandle, uint desiredAccess, Func<CmKeyBody, NTSTATUS> operation,
        Func<CmKeyBody, REG_KEY_OPERATION_INFORMATION>? notification = null)
    {
        var objects = thread.Machine.ObjectManager;
        var status = objects.ReferenceByHandle(keyHandle, desiredAccess, ObjectTypes.Key, KernelMode, out var header, out _);
        if (NT_SUCCESS(status))
        {
            try
            {
                var key = (CmKeyBody)header!.Body;
                status = notification is null || thread.Machine.RegistryCallbacks.IsEmpty
                    ? operation(key)
                    : NotifiedOperation(thread, key, operation, notification(key));
            }
            finally
            {
                objects.Dereference(header!);
            }
        }

        return DdiGate.Leave(thread, ddi, status);
    }
}
