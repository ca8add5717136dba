namespace NtSim;

/// <summary>The pre- and post-notification classes of each key operation's information structure.</summary>
internal static class RegistryNotifyClasses
{
    internal static (REG_NOTIFY_CLASS Pre, REG_NOTIFY_CLASS Post) Of(REG_KEY_OPERATION_INFORMATION information) => information switch
    {
        REG_DELETE_KEY_INFORMATION => (REG_NOTIFY_CLASS.RegNtPreDeleteKey, REG_NOTIFY_CLASS.RegNtPostDeleteKey),
        REG_SET_VALUE_KEY_INFORMATION => (REG_NOTIFY_CLASS.RegNtPreSetValueKey, REG_NOTIFY_CLASS.RegNtPostSetValueKey),
        REG_DELETE_VALUE_KEY_INFORMATION => (REG_NOTIFY_CLASS.RegNtPreDeleteValueKey, REG_NOTIFY_CLASS.RegNtPostDeleteValueKey),
        REG_ENUMERATE_KEY_INFORMATION => (REG_NOTIFY_CLASS.RegNtPreEnumerateKey, REG_NOTIFY_CLASS.RegNtPostEnumerateKey),
        REG_ENUMERATE_VALUE_KEY_INFORMATION => (REG_NOTIFY_CLASS.RegNtPreEnumerateValueKey, REG_NOTIFY_CLASS.RegNtPostEnumerateValueKey),
        REG_QUERY_KEY_INFORMATION => (REG_NOTIFY_CLASS.RegNtPreQueryKey, REG_NOTIFY_CLASS.RegNtPostQueryKey),
        REG_QUERY_VALUE_KEY_INFORMATION => (REG_NOTIFY_CLASS.RegNtPreQueryValueKey, REG_NOTIFY_CLASS.RegNtPostQueryValueKey),
        REG_FLUSH_KEY_INFORMATION => (REG_NOTIFY_CLASS.RegNtPreFlushKey, REG_NOTIFY_CLASS.RegNtPostFlushKey),
        REG_KEY_HANDLE_CLOSE_INFORMATION => (REG_NOTIFY_CLASS.RegNtPreKeyHandleClose, REG_NOTIFY_CLASS.RegNtPostKeyHandleClose),
        _ => throw new ArgumentOutOfRangeException(nameof(information), information.GetType().Name, "not a key operation"),
    };
}
