namespace NtSim;

/// <summary>KEY_INFORMATION_CLASS: what ZwQueryKey and ZwEnumerateKey return. Values are <c>Wdm.Key*Information</c>.</summary>
public enum KEY_INFORMATION_CLASS { }

/// <summary>KEY_VALUE_INFORMATION_CLASS: what ZwQueryValueKey and ZwEnumerateValueKey return. Values are <c>Wdm.KeyValue*Information</c>.</summary>
public enum KEY_VALUE_INFORMATION_CLASS { }

public static partial class Wdm
{
    // wdm.h: the types of registry values (KEY_VALUE_Xxx.Type).
    /// <summary>Registry value type 0: no defined type.</summary>
    public const uint REG_NONE = 0;
    /// <summary>Registry value type 1: a null-terminated Unicode string.</summary>
    public const uint REG_SZ = 1;
    /// <summary>Registry value type 2: a null-terminated Unicode string with %environment% references to expand.</summary>
    public const uint REG_EXPAND_SZ = 2;
    /// <summary>Registry value type 3: binary data.</summary>
    public const uint REG_BINARY = 3;
    /// <summary>Registry value type 4: a 32-bit number.</summary>
    public const uint REG_DWORD = 4;
    /// <summary>Registry value type 4: a little-endian 32-bit number, the same as REG_DWORD.</summary>
    public const uint REG_DWORD_LITTLE_ENDIAN = 4;
    /// <summary>Registry value type 5: a big-endian 32-bit number.</summary>
    public const uint REG_DWORD_BIG_ENDIAN = 5;
    /// <summary>Registry value type 6: a Unicode symbolic link (reserved for the system).</summary>
    public const uint REG_LINK = 6;
    /// <summary>Registry value type 7: a list of null-terminated Unicode strings, ended by an empty string.</summary>
    public const uint REG_MULTI_SZ = 7;
    /// <summary>Registry value type 8: a CM_RESOURCE_LIST (hardware resources in use).</summary>
    public const uint REG_RESOURCE_LIST = 8;
    /// <summary>Registry value type 9: a CM_FULL_RESOURCE_DESCRIPTOR.</summary>
    public const uint REG_FULL_RESOURCE_DESCRIPTOR = 9;
    /// <summary>Registry value type 10: an IO_RESOURCE_REQUIREMENTS_LIST.</summary>
    public const uint REG_RESOURCE_REQUIREMENTS_LIST = 10;
    /// <summary>Registry value type 11: a 64-bit number.</summary>
    public const uint REG_QWORD = 11;
    /// <summary>Registry value type 11: a little-endian 64-bit number, the same as REG_QWORD.</summary>
    public const uint REG_QWORD_LITTLE_ENDIAN = 11;

    // wdm.h: ZwCreateKey CreateOptions and ZwOpenKeyEx OpenOptions.
    /// <summary>Key option 0: reserved.</summary>
    public const uint REG_OPTION_RESERVED = 0x00000000;
    /// <summary>Key option 0: the key is stored in its hive and survives a restart (the default).</summary>
    public const uint REG_OPTION_NON_VOLATILE = 0x00000000;
    /// <summary>Key option 1: the key lives in memory only and is lost at restart.</summary>
    public const uint REG_OPTION_VOLATILE = 0x00000001;
    /// <summary>Key option 2: the key is a symbolic link.</summary>
    public const uint REG_OPTION_CREATE_LINK = 0x00000002;
    /// <summary>Key option 4: open the key for backup or restore, ignoring its security (needs the backup or restore privilege).</summary>
    public const uint REG_OPTION_BACKUP_RESTORE = 0x00000004;
    /// <summary>Key option 8: open the symbolic link key itself, not its target.</summary>
    public const uint REG_OPTION_OPEN_LINK = 0x00000008;
    /// <summary>All the options ZwCreateKey accepts.</summary>
    public const uint REG_LEGAL_OPTION = REG_OPTION_RESERVED | REG_OPTION_NON_VOLATILE | REG_OPTION_VOLATILE
        | REG_OPTION_CREATE_LINK | REG_OPTION_BACKUP_RESTORE | REG_OPTION_OPEN_LINK;
    /// <summary>All the options ZwOpenKeyEx accepts.</summary>
    public const uint REG_OPEN_LEGAL_OPTION = REG_OPTION_RESERVED | REG_OPTION_BACKUP_RESTORE | REG_OPTION_OPEN_LINK;

    // wdm.h: ZwCreateKey Disposition.
    /// <summary>ZwCreateKey Disposition 1: a new key was created.</summary>
    public const uint REG_CREATED_NEW_KEY = 0x00000001;
    /// <summary>ZwCreateKey Disposition 2: an existing key was opened.</summary>
    public const uint REG_OPENED_EXISTING_KEY = 0x00000002;

    // wdm.h: RtlQueryRegistryValues, RtlWriteRegistryValue... RelativeTo.
    /// <summary>RelativeTo 0: the path is absolute (\Registry\...).</summary>
    public const uint RTL_REGISTRY_ABSOLUTE = 0;
    /// <summary>RelativeTo 1: the path is relative to \Registry\Machine\System\CurrentControlSet\Services.</summary>
    public const uint RTL_REGISTRY_SERVICES = 1;
    /// <summary>RelativeTo 2: the path is relative to \Registry\Machine\System\CurrentControlSet\Control.</summary>
    public const uint RTL_REGISTRY_CONTROL = 2;
    /// <summary>RelativeTo 3: the path is relative to \Registry\Machine\Software\Microsoft\Windows NT\CurrentVersion.</summary>
    public const uint RTL_REGISTRY_WINDOWS_NT = 3;
    /// <summary>RelativeTo 4: the path is relative to \Registry\Machine\Hardware\DeviceMap.</summary>
    public const uint RTL_REGISTRY_DEVICEMAP = 4;
    /// <summary>RelativeTo 5: the path is relative to the current user's key (\Registry\User\CurrentUser).</summary>
    public const uint RTL_REGISTRY_USER = 5;
    /// <summary>One past the last RelativeTo base (6).</summary>
    public const uint RTL_REGISTRY_MAXIMUM = 6;
    /// <summary>RelativeTo flag 0x40000000: the Path argument is a registry key handle, not a string.</summary>
    public const uint RTL_REGISTRY_HANDLE = 0x40000000;
    /// <summary>RelativeTo flag 0x80000000: the key is optional; its absence is not an error.</summary>
    public const uint RTL_REGISTRY_OPTIONAL = 0x80000000;

    // wdm.h: RTL_QUERY_REGISTRY_TABLE.Flags.
    /// <summary>RTL_QUERY_REGISTRY_TABLE flag 0x00000001: Name is a subkey; the entries that follow apply to it.</summary>
    public const uint RTL_QUERY_REGISTRY_SUBKEY = 0x00000001;
    /// <summary>RTL_QUERY_REGISTRY_TABLE flag 0x00000002: go back to the key named by Path for the entries that follow.</summary>
    public const uint RTL_QUERY_REGISTRY_TOPKEY = 0x00000002;
    /// <summary>RTL_QUERY_REGISTRY_TABLE flag 0x00000004: fail with STATUS_OBJECT_NAME_NOT_FOUND if the value is missing.</summary>
    public const uint RTL_QUERY_REGISTRY_REQUIRED = 0x00000004;
    /// <summary>RTL_QUERY_REGISTRY_TABLE flag 0x00000008: call the QueryRoutine once, with no value (Name is NULL).</summary>
    public const uint RTL_QUERY_REGISTRY_NOVALUE = 0x00000008;
    /// <summary>RTL_QUERY_REGISTRY_TABLE flag 0x00000010: do not expand REG_EXPAND_SZ values or split REG_MULTI_SZ values.</summary>
    public const uint RTL_QUERY_REGISTRY_NOEXPAND = 0x00000010;
    /// <summary>RTL_QUERY_REGISTRY_TABLE flag 0x00000020: store the value in EntryContext instead of calling QueryRoutine.</summary>
    public const uint RTL_QUERY_REGISTRY_DIRECT = 0x00000020;
    /// <summary>RTL_QUERY_REGISTRY_TABLE flag 0x00000040: delete the value after it is queried.</summary>
    public const uint RTL_QUERY_REGISTRY_DELETE = 0x00000040;

    // KEY_INFORMATION_CLASS
    /// <summary>KEY_INFORMATION_CLASS 0: return a KEY_BASIC_INFORMATION (last write time, name).</summary>
    public const KEY_INFORMATION_CLASS KeyBasicInformation = 0;
    /// <summary>KEY_INFORMATION_CLASS 1: return a KEY_NODE_INFORMATION (name and class).</summary>
    public const KEY_INFORMATION_CLASS KeyNodeInformation = (KEY_INFORMATION_CLASS)1;
    /// <summary>KEY_INFORMATION_CLASS 2: return a KEY_FULL_INFORMATION (class, subkey and value counts and sizes).</summary>
    public const KEY_INFORMATION_CLASS KeyFullInformation = (KEY_INFORMATION_CLASS)2;
    /// <summary>KEY_INFORMATION_CLASS 3: return a KEY_NAME_INFORMATION (the key's full name; ZwQueryKey only).</summary>
    public const KEY_INFORMATION_CLASS KeyNameInformation = (KEY_INFORMATION_CLASS)3;
    /// <summary>KEY_INFORMATION_CLASS 4: return a KEY_CACHED_INFORMATION (ZwQueryKey only).</summary>
    public const KEY_INFORMATION_CLASS KeyCachedInformation = (KEY_INFORMATION_CLASS)4;
    /// <summary>KEY_INFORMATION_CLASS 5: reserved.</summary>
    public const KEY_INFORMATION_CLASS KeyFlagsInformation = (KEY_INFORMATION_CLASS)5;
    /// <summary>KEY_INFORMATION_CLASS 6: return a KEY_VIRTUALIZATION_INFORMATION (ZwQueryKey only).</summary>
    public const KEY_INFORMATION_CLASS KeyVirtualizationInformation = (KEY_INFORMATION_CLASS)6;
    /// <summary>KEY_INFORMATION_CLASS 7: reserved.</summary>
    public const KEY_INFORMATION_CLASS KeyHandleTagsInformation = (KEY_INFORMATION_CLASS)7;
    /// <summary>KEY_INFORMATION_CLASS 8: reserved.</summary>
    public const KEY_INFORMATION_CLASS KeyTrustInformation = (KEY_INFORMATION_CLASS)8;
    /// <summary>KEY_INFORMATION_CLASS 9: reserved.</summary>
    public const KEY_INFORMATION_CLASS KeyLayerInformation = (KEY_INFORMATION_CLASS)9;
    /// <summary>One past the last KEY_INFORMATION_CLASS (10).</summary>
    public const KEY_INFORMATION_CLASS MaxKeyInfoClass = (KEY_INFORMATION_CLASS)10;

    // KEY_VALUE_INFORMATION_CLASS
    /// <summary>KEY_VALUE_INFORMATION_CLASS 0: return a KEY_VALUE_BASIC_INFORMATION (type and name).</summary>
    public const KEY_VALUE_INFORMATION_CLASS KeyValueBasicInformation = 0;
    /// <summary>KEY_VALUE_INFORMATION_CLASS 1: return a KEY_VALUE_FULL_INFORMATION (type, name and data).</summary>
    public const KEY_VALUE_INFORMATION_CLASS KeyValueFullInformation = (KEY_VALUE_INFORMATION_CLASS)1;
    /// <summary>KEY_VALUE_INFORMATION_CLASS 2: return a KEY_VALUE_PARTIAL_INFORMATION (type and data).</summary>
    public const KEY_VALUE_INFORMATION_CLASS KeyValuePartialInformation = (KEY_VALUE_INFORMATION_CLASS)2;
    /// <summary>KEY_VALUE_INFORMATION_CLASS 3: KeyValueFullInformation with the data 64-bit aligned.</summary>
    public const KEY_VALUE_INFORMATION_CLASS KeyValueFullInformationAlign64 = (KEY_VALUE_INFORMATION_CLASS)3;
    /// <summary>KEY_VALUE_INFORMATION_CLASS 4: KeyValuePartialInformation with the data 64-bit aligned.</summary>
    public const KEY_VALUE_INFORMATION_CLASS KeyValuePartialInformationAlign64 = (KEY_VALUE_INFORMATION_CLASS)4;
    /// <summary>KEY_VALUE_INFORMATION_CLASS 5: reserved.</summary>
    public const KEY_VALUE_INFORMATION_CLASS KeyValueLayerInformation = (KEY_VALUE_INFORMATION_CLASS)5;
    /// <summary>One past the last KEY_VALUE_INFORMATION_CLASS (6).</summary>
    public const KEY_VALUE_INFORMATION_CLASS MaxKeyValueInfoClass = (KEY_VALUE_INFORMATION_CLASS)6;
}
