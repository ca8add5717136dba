namespace NtSim;

public static partial class Wdm
{
    /// <summary>RtlWriteRegistryValue: sets a value of the key at <paramref name="Path"/> relative to
    /// <paramref name="RelativeTo"/> (RTL_REGISTRY_ABSOLUTE, RTL_REGISTRY_SERVICES...). The key is
    /// opened for writing as Windows does, with ZwCreateKey: a missing last key is created, a missing
    /// parent is STATUS_OBJECT_NAME_NOT_FOUND. PASSIVE_LEVEL only (rule IrqlIoRtlZwPassive, 0xC4/0x20023).</summary>
    public static NTSTATUS RtlWriteRegistryValue(uint RelativeTo, string? Path, string ValueName, uint ValueType, PVOID ValueData, uint ValueLength)
    {
        var thread = DdiGate.Enter(DdiTable.RtlWriteRegistryValue);
        var data = ValueLength == 0 ? [] : ValueData.AsReadOnlySpan(checked((int)ValueLength)).ToArray();
        return RtlWriteValue(thread, RelativeTo, Path, HANDLE.NULL, ValueName, ValueType, data);
    }

    /// <summary>RtlWriteRegistryValue with the data in a span (<c>RegistryData.Dword(1)</c>...).</summary>
    public static NTSTATUS RtlWriteRegistryValue(uint RelativeTo, string? Path, string ValueName, uint ValueType, ReadOnlySpan<byte> ValueData)
    {
        var thread = DdiGate.Enter(DdiTable.RtlWriteRegistryValue);
        return RtlWriteValue(thread, RelativeTo, Path, HANDLE.NULL, ValueName, ValueType, ValueData.ToArray());
    }

    /// <summary>RtlWriteRegistryValue with RTL_REGISTRY_HANDLE: <paramref name="Path"/> is an open key handle.</summary>
    public static NTSTATUS RtlWriteRegistryValue(uint RelativeTo, HANDLE Path, string ValueName, uint ValueType, ReadOnlySpan<byte> ValueData)
    {
        var thread = DdiGate.Enter(DdiTable.RtlWriteRegistryValue);
        return RtlWriteValue(thread, RelativeTo, null, Path, ValueName, ValueType, ValueData.ToArray());
    }

    /// <summary>RtlCheckRegistryKey: STATUS_SUCCESS if the key at the relative path exists (else the
    /// status ZwOpenKey gives, STATUS_OBJECT_NAME_NOT_FOUND). PASSIVE_LEVEL only.</summary>
    public static NTSTATUS RtlCheckRegistryKey(uint RelativeTo, string? Path)
    {
        var thread = DdiGate.Enter(DdiTable.RtlCheckRegistryKey);
        var status = RtlOpenKey(thread, RelativeTo, Path, HANDLE.NULL, writeAccess: false, nameof(RtlCheckRegistryKey), out var key);
        if (NT_SUCCESS(status))
        {
            thread.Machine.ObjectManager.Dereference(key!);
        }

        return status;
    }

    /// <summary>RtlCreateRegistryKey: creates the key at the relative path (its parent must exist:
    /// STATUS_OBJECT_NAME_NOT_FOUND); an existing key is success. PASSIVE_LEVEL only (IrqlIoRtlZwPassive).</summary>
    public static NTSTATUS RtlCreateRegistryKey(uint RelativeTo, string? Path)
    {
        var thread = DdiGate.Enter(DdiTable.RtlCreateRegistryKey);
        var status = RtlOpenKey(thread, RelativeTo, Path, HANDLE.NULL, writeAccess: true, nameof(RtlCreateRegistryKey), out var key);
        if (NT_SUCCESS(status))
        {
            thread.Machine.ObjectManager.Dereference(key!);
            status = STATUS_SUCCESS;
        }

        return status;
    }

    /// <summary>RtlDeleteRegistryValue: deletes a value of the key at the relative path (opened as for
    /// writing). PASSIVE_LEVEL only (rule IrqlRtlPassive, 0xC4/0x2001E).</summary>
    public static NTSTATUS RtlDeleteRegistryValue(uint RelativeTo, string? Path, string ValueName)
    {
        var thread = DdiGate.Enter(DdiTable.RtlDeleteRegistryValue);
        var status = RtlOpenKey(thread, RelativeTo, Path, HANDLE.NULL, writeAccess: true, nameof(RtlDeleteRegistryValue), out var key);
        if (NT_SUCCESS(status))
        {
            var body = (CmKeyBody)key!.Body;
            status = body.Registry.DeleteValue(body.Node, ValueName ?? "");
            thread.Machine.ObjectManager.Dereference(key);
        }

        return status;
    }

    private static NTSTATUS RtlWriteValue(KTHREAD thread, uint relativeTo, string? path, HANDLE handle, string valueName, uint type, byte[] data)
    {
        var status = RtlOpenKey(thread, relativeTo, path, handle, writeAccess: true, nameof(RtlWriteRegistryValue), out var key);
        if (NT_SUCCESS(status))
        {
            var body = (CmKeyBody)key!.Body;
            status = body.Registry.SetValue(body.Node, valueName ?? "", type, data);
            thread.Machine.ObjectManager.Dereference(key);
        }

        return status;
    }

    /// <summary>
    /// RtlpGetRegistryHandle, with a referenced key object instead of a handle: RTL_REGISTRY_HANDLE
    /// takes the key a handle names; otherwise the path is appended (after a backslash) to the
    /// RelativeTo root and the key is opened, or, for writing, opened with ZwCreateKey's semantics
    /// (a missing last key is created). RTL_REGISTRY_OPTIONAL is accepted and changes nothing;
    /// an unknown RelativeTo is STATUS_INVALID_PARAMETER.
    /// </summary>
    private static NTSTATUS RtlOpenKey(KTHREAD thread, uint relativeTo, string? path, HANDLE handle, bool writeAccess, string ddi,
        out ObjectHeader? key)
    {
        key = null;
        var objects = thread.Machine.ObjectManager;
        if ((relativeTo & RTL_REGISTRY_HANDLE) != 0)
        {
            if (path is not null)
            {
                throw new ArgumentException($"{ddi}: RTL_REGISTRY_HANDLE needs the key handle as Path: call the overload that takes a HANDLE.", nameof(path));
            }

            return objects.ReferenceByHandle(handle, 0, ObjectTypes.Key, KernelMode, out key, out _);
        }

        if (!handle.IsNull)
        {
            throw new ArgumentException($"{ddi}: a HANDLE for Path needs RTL_REGISTRY_HANDLE in RelativeTo.", nameof(relativeTo));
        }

        var root = (relativeTo & ~RTL_REGISTRY_OPTIONAL) switch
        {
            RTL_REGISTRY_ABSOLUTE => "",
            RTL_REGISTRY_SERVICES => @"\Registry\Machine\System\CurrentControlSet\Services\",
            RTL_REGISTRY_CONTROL => @"\Registry\Machine\System\CurrentControlSet\Control\",
            RTL_REGISTRY_WINDOWS_NT => @"\Registry\Machine\Software\Microsoft\Windows NT\CurrentVersion\",
            RTL_REGISTRY_DEVICEMAP => @"\Registry\Machine\Hardware\DeviceMap\",
            // \Registry\User\CurrentUser; a system thread has no user, and gets the default user's key.
            RTL_REGISTRY_USER => @"\Registry\User\.Default\",
            _ => null,
        };
        if (root is null)
        {
            return STATUS_INVALID_PARAMETER;
        }

        var name = new CapturedName(null, root + path, OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE);
        var context = new CmParseContext(create: writeAccess, 0, null, thread.CurrentModule, null, 0);
        return objects.OpenObjectByName(name, ObjectTypes.Key, writeAccess ? GENERIC_WRITE : GENERIC_READ, KernelMode, context, out key);
    }
}
