namespace NtSim;

/// <summary>KEY_INFORMATION_CLASS: what ZwQueryKey and ZwEnumerateKey return. Values are <c>Wdm.Key*Information</c>.</summary>
public enum KEY_INFORMATION_CLASS { }

/// <summary>KEY_VALUE_INFORMATION_CLASS: what ZwQueryValueKey and ZwEnumerateValueKey return. Values are <c>Wdm.KeyValue*Information</c>.</summary>
public enum KEY_VALUE_INFORMATION_CLASS { }

public static partial class Wdm
{
    // wdm.h: the types of registry values (KEY_VALUE_Xxx.Type).
    public const uint REG_NONE = 0;
    public const uint REG_SZ = 1;
    public const uint REG_EXPAND_SZ = 2;
    public const uint REG_BINARY = 3;
    public const uint REG_DWORD = 4;
    public const uint REG_DWORD_LITTLE_ENDIAN = 4;
    public const uint REG_DWORD_BIG_ENDIAN = 5;
    public const uint REG_LINK = 6;
    public const uint REG_MULTI_SZ = 7;
    public const uint REG_RESOURCE_LIST = 8;
    public const uint REG_FULL_RESOURCE_DESCRIPTOR = 9;
    public const uint REG_RESOURCE_REQUIREMENTS_LIST = 10;
    public const uint REG_QWORD = 11;
    public const uint REG_QWORD_LITTLE_ENDIAN = 11;

    // wdm.h: ZwCreateKey CreateOptions and ZwOpenKeyEx OpenOptions.
    public const uint REG_OPTION_RESERVED = 0x00000000;
    public const uint REG_OPTION_NON_VOLATILE = 0x00000000;
    public const uint REG_OPTION_VOLATILE = 0x00000001;
    public const uint REG_OPTION_CREATE_LINK = 0x00000002;
    public const uint REG_OPTION_BACKUP_RESTORE = 0x00000004;
    public const uint REG_OPTION_OPEN_LINK = 0x00000008;
    public const uint REG_LEGAL_OPTION = REG_OPTION_RESERVED | REG_OPTION_NON_VOLATILE | REG_OPTION_VOLATILE
        | REG_OPTION_CREATE_LINK | REG_OPTION_BACKUP_RESTORE | REG_OPTION_OPEN_LINK;
    public const uint REG_OPEN_LEGAL_OPTION = REG_OPTION_RESERVED | REG_OPTION_BACKUP_RESTORE | REG_OPTION_OPEN_LINK;

    // wdm.h: ZwCreateKey Disposition.
    public const uint REG_CREATED_NEW_KEY = 0x00000001;
    public const uint REG_OPENED_EXISTING_KEY = 0x00000002;

    // wdm.h: RtlQueryRegistryValues, RtlWriteRegistryValue... RelativeTo.
    public const uint RTL_REGISTRY_ABSOLUTE = 0;
    public const uint RTL_REGISTRY_SERVICES = 1;
    public const uint RTL_REGISTRY_CONTROL = 2;
    public const uint RTL_REGISTRY_WINDOWS_NT = 3;
    public const uint RTL_REGISTRY_DEVICEMAP = 4;
    public const uint RTL_REGISTRY_USER = 5;
    public const uint RTL_REGISTRY_MAXIMUM = 6;
    public const uint RTL_REGISTRY_HANDLE = 0x40000000;
    public const uint RTL_REGISTRY_OPTIONAL = 0x80000000;

    // wdm.h: RTL_QUERY_REGISTRY_TABLE.Flags.
    public const uint RTL_QUERY_REGISTRY_SUBKEY = 0x00000001;
    public const uint RTL_QUERY_REGISTRY_TOPKEY = 0x00000002;
    public const uint RTL_QUERY_REGISTRY_REQUIRED = 0x00000004;
    public const uint RTL_QUERY_REGISTRY_NOVALUE = 0x00000008;
    public const uint RTL_QUERY_REGISTRY_NOEXPAND = 0x00000010;
    public const uint RTL_QUERY_REGISTRY_DIRECT = 0x00000020;
    public const uint RTL_QUERY_REGISTRY_DELETE = 0x00000040;

    // KEY_INFORMATION_CLASS
    public const KEY_INFORMATION_CLASS KeyBasicInformation = 0;
    public const KEY_INFORMATION_CLASS KeyNodeInformation = (KEY_INFORMATION_CLASS)1;
    public const KEY_INFORMATION_CLASS KeyFullInformation = (KEY_INFORMATION_CLASS)2;
    public const KEY_INFORMATION_CLASS KeyNameInformation = (KEY_INFORMATION_CLASS)3;
    public const KEY_INFORMATION_CLASS KeyCachedInformation = (KEY_INFORMATION_CLASS)4;
    public const KEY_INFORMATION_CLASS KeyFlagsInformation = (KEY_INFORMATION_CLASS)5;
    public const KEY_INFORMATION_CLASS KeyVirtualizationInformation = (KEY_INFORMATION_CLASS)6;
    public const KEY_INFORMATION_CLASS KeyHandleTagsInformation = (KEY_INFORMATION_CLASS)7;
    public const KEY_INFORMATION_CLASS KeyTrustInformation = (KEY_INFORMATION_CLASS)8;
    public const KEY_INFORMATION_CLASS KeyLayerInformation = (KEY_INFORMATION_CLASS)9;
    public const KEY_INFORMATION_CLASS MaxKeyInfoClass = (KEY_INFORMATION_CLASS)10;

    // KEY_VALUE_INFORMATION_CLASS
    public const KEY_VALUE_INFORMATION_CLASS KeyValueBasicInformation = 0;
    public const KEY_VALUE_INFORMATION_CLASS KeyValueFullInformation = (KEY_VALUE_INFORMATION_CLASS)1;
    public const KEY_VALUE_INFORMATION_CLASS KeyValuePartialInformation = (KEY_VALUE_INFORMATION_CLASS)2;
    public const KEY_VALUE_INFORMATION_CLASS KeyValueFullInformationAlign64 = (KEY_VALUE_INFORMATION_CLASS)3;
    public const KEY_VALUE_INFORMATION_CLASS KeyValuePartialInformationAlign64 = (KEY_VALUE_INFORMATION_CLASS)4;
    public const KEY_VALUE_INFORMATION_CLASS KeyValueLayerInformation = (KEY_VALUE_INFORMATION_CLASS)5;
    public const KEY_VALUE_INFORMATION_CLASS MaxKeyValueInfoClass = (KEY_VALUE_INFORMATION_CLASS)6;
}
