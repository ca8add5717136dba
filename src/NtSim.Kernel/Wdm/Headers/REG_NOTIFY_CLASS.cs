namespace NtSim;

/// <summary>
/// REG_NOTIFY_CLASS (wdm.h): what a RegistryCallback routine is told in Argument1. Argument2 is the
/// class's REG_*_INFORMATION (a post-notification: REG_POST_OPERATION_INFORMATION). Since Windows
/// Vista opens and creates are RegNtPreOpenKeyEx/RegNtPreCreateKeyEx; the older classes are not sent.
/// </summary>
public enum REG_NOTIFY_CLASS
{
    /// <summary>0: a key is about to be deleted (REG_DELETE_KEY_INFORMATION).</summary>
    RegNtDeleteKey = 0,
    /// <summary>0: a key is about to be deleted (REG_DELETE_KEY_INFORMATION).</summary>
    RegNtPreDeleteKey = RegNtDeleteKey,
    /// <summary>1: a value is about to be set (REG_SET_VALUE_KEY_INFORMATION).</summary>
    RegNtSetValueKey = 1,
    /// <summary>1: a value is about to be set (REG_SET_VALUE_KEY_INFORMATION).</summary>
    RegNtPreSetValueKey = RegNtSetValueKey,
    /// <summary>2: a value is about to be deleted (REG_DELETE_VALUE_KEY_INFORMATION).</summary>
    RegNtDeleteValueKey = 2,
    /// <summary>2: a value is about to be deleted (REG_DELETE_VALUE_KEY_INFORMATION).</summary>
    RegNtPreDeleteValueKey = RegNtDeleteValueKey,
    /// <summary>3: a key's metadata is about to be set (REG_SET_INFORMATION_KEY_INFORMATION).</summary>
    RegNtSetInformationKey = 3,
    /// <summary>3: a key's metadata is about to be set (REG_SET_INFORMATION_KEY_INFORMATION).</summary>
    RegNtPreSetInformationKey = RegNtSetInformationKey,
    /// <summary>4: a key is about to be renamed (REG_RENAME_KEY_INFORMATION).</summary>
    RegNtRenameKey = 4,
    /// <summary>4: a key is about to be renamed (REG_RENAME_KEY_INFORMATION).</summary>
    RegNtPreRenameKey = RegNtRenameKey,
    /// <summary>5: a key's subkeys are about to be enumerated (REG_ENUMERATE_KEY_INFORMATION).</summary>
    RegNtEnumerateKey = 5,
    /// <summary>5: a key's subkeys are about to be enumerated (REG_ENUMERATE_KEY_INFORMATION).</summary>
    RegNtPreEnumerateKey = RegNtEnumerateKey,
    /// <summary>6: a key's values are about to be enumerated (REG_ENUMERATE_VALUE_KEY_INFORMATION).</summary>
    RegNtEnumerateValueKey = 6,
    /// <summary>6: a key's values are about to be enumerated (REG_ENUMERATE_VALUE_KEY_INFORMATION).</summary>
    RegNtPreEnumerateValueKey = RegNtEnumerateValueKey,
    /// <summary>7: a key is about to be queried (REG_QUERY_KEY_INFORMATION).</summary>
    RegNtQueryKey = 7,
    /// <summary>7: a key is about to be queried (REG_QUERY_KEY_INFORMATION).</summary>
    RegNtPreQueryKey = RegNtQueryKey,
    /// <summary>8: a value is about to be queried (REG_QUERY_VALUE_KEY_INFORMATION).</summary>
    RegNtQueryValueKey = 8,
    /// <summary>8: a value is about to be queried (REG_QUERY_VALUE_KEY_INFORMATION).</summary>
    RegNtPreQueryValueKey = RegNtQueryValueKey,
    /// <summary>9: several values are about to be queried (REG_QUERY_MULTIPLE_VALUE_KEY_INFORMATION).</summary>
    RegNtQueryMultipleValueKey = 9,
    /// <summary>9: several values are about to be queried (REG_QUERY_MULTIPLE_VALUE_KEY_INFORMATION).</summary>
    RegNtPreQueryMultipleValueKey = RegNtQueryMultipleValueKey,
    /// <summary>10: a key is about to be created (before Windows Vista; now RegNtPreCreateKeyEx).</summary>
    RegNtPreCreateKey = 10,
    /// <summary>11: a key was created (before Windows Vista; now RegNtPostCreateKeyEx).</summary>
    RegNtPostCreateKey = 11,
    /// <summary>12: a key is about to be opened (before Windows Vista; now RegNtPreOpenKeyEx).</summary>
    RegNtPreOpenKey = 12,
    /// <summary>13: a key was opened (before Windows Vista; now RegNtPostOpenKeyEx).</summary>
    RegNtPostOpenKey = 13,
    /// <summary>14: a key handle is about to be closed (REG_KEY_HANDLE_CLOSE_INFORMATION).</summary>
    RegNtKeyHandleClose = 14,
    /// <summary>14: a key handle is about to be closed (REG_KEY_HANDLE_CLOSE_INFORMATION).</summary>
    RegNtPreKeyHandleClose = RegNtKeyHandleClose,
    /// <summary>15: a key delete finished (REG_POST_OPERATION_INFORMATION).</summary>
    RegNtPostDeleteKey = 15,
    /// <summary>16: a value set finished (REG_POST_OPERATION_INFORMATION).</summary>
    RegNtPostSetValueKey = 16,
    /// <summary>17: a value delete finished (REG_POST_OPERATION_INFORMATION).</summary>
    RegNtPostDeleteValueKey = 17,
    /// <summary>18: a key metadata change finished (REG_POST_OPERATION_INFORMATION).</summary>
    RegNtPostSetInformationKey = 18,
    /// <summary>19: a key rename finished (REG_POST_OPERATION_INFORMATION).</summary>
    RegNtPostRenameKey = 19,
    /// <summary>20: a subkey enumeration finished (REG_POST_OPERATION_INFORMATION).</summary>
    RegNtPostEnumerateKey = 20,
    /// <summary>21: a value enumeration finished (REG_POST_OPERATION_INFORMATION).</summary>
    RegNtPostEnumerateValueKey = 21,
    /// <summary>22: a key query finished (REG_POST_OPERATION_INFORMATION).</summary>
    RegNtPostQueryKey = 22,
    /// <summary>23: a value query finished (REG_POST_OPERATION_INFORMATION).</summary>
    RegNtPostQueryValueKey = 23,
    /// <summary>24: a multiple-value query finished (REG_POST_OPERATION_INFORMATION).</summary>
    RegNtPostQueryMultipleValueKey = 24,
    /// <summary>25: a key handle was closed (REG_POST_OPERATION_INFORMATION).</summary>
    RegNtPostKeyHandleClose = 25,
    /// <summary>26: a key is about to be created or opened by ZwCreateKey (REG_CREATE_KEY_INFORMATION).</summary>
    RegNtPreCreateKeyEx = 26,
    /// <summary>27: a create of a key finished (REG_POST_OPERATION_INFORMATION).</summary>
    RegNtPostCreateKeyEx = 27,
    /// <summary>28: a key is about to be opened (REG_OPEN_KEY_INFORMATION).</summary>
    RegNtPreOpenKeyEx = 28,
    /// <summary>29: an open of a key finished (REG_POST_OPERATION_INFORMATION).</summary>
    RegNtPostOpenKeyEx = 29,
    /// <summary>30: a key is about to be flushed to disk (REG_FLUSH_KEY_INFORMATION).</summary>
    RegNtPreFlushKey = 30,
    /// <summary>31: a key flush finished (REG_POST_OPERATION_INFORMATION).</summary>
    RegNtPostFlushKey = 31,
    /// <summary>32: a hive is about to be loaded (REG_LOAD_KEY_INFORMATION).</summary>
    RegNtPreLoadKey = 32,
    /// <summary>33: a hive load finished (REG_POST_OPERATION_INFORMATION).</summary>
    RegNtPostLoadKey = 33,
    /// <summary>34: a hive is about to be unloaded (REG_UNLOAD_KEY_INFORMATION).</summary>
    RegNtPreUnLoadKey = 34,
    /// <summary>35: a hive unload finished (REG_POST_OPERATION_INFORMATION).</summary>
    RegNtPostUnLoadKey = 35,
    /// <summary>36: a key's security is about to be queried (REG_QUERY_KEY_SECURITY_INFORMATION).</summary>
    RegNtPreQueryKeySecurity = 36,
    /// <summary>37: a key security query finished (REG_POST_OPERATION_INFORMATION).</summary>
    RegNtPostQueryKeySecurity = 37,
    /// <summary>38: a key's security is about to be set (REG_SET_KEY_SECURITY_INFORMATION).</summary>
    RegNtPreSetKeySecurity = 38,
    /// <summary>39: a key security change finished (REG_POST_OPERATION_INFORMATION).</summary>
    RegNtPostSetKeySecurity = 39,
    /// <summary>40: the object context the driver attached to a key is being freed (REG_CALLBACK_CONTEXT_CLEANUP_INFORMATION).</summary>
    RegNtCallbackObjectContextCleanup = 40,
    /// <summary>One past the last REG_NOTIFY_CLASS (41).</summary>
    MaxRegNtNotifyClass = 41,
}

/// <summary>EX_CALLBACK_FUNCTION (wdm.h), the RegistryCallback routine: Argument1 is the
/// REG_NOTIFY_CLASS (cast it: <c>(REG_NOTIFY_CLASS)Argument1!</c>), Argument2 its information.</summary>
public delegate NTSTATUS EX_CALLBACK_FUNCTION(object? CallbackContext, object? Argument1, object? Argument2);
