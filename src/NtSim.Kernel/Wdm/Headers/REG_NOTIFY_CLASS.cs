namespace NtSim;

/// <summary>
/// REG_NOTIFY_CLASS (wdm.h): what a RegistryCallback routine is told in Argument1. Argument2 is the
/// class's REG_*_INFORMATION (a post-notification: REG_POST_OPERATION_INFORMATION). Since Windows
/// Vista opens and creates are RegNtPreOpenKeyEx/RegNtPreCreateKeyEx; the older classes are not sent.
/// </summary>
public enum REG_NOTIFY_CLASS
{
    RegNtDeleteKey = 0,
    RegNtPreDeleteKey = RegNtDeleteKey,
    RegNtSetValueKey = 1,
    RegNtPreSetValueKey = RegNtSetValueKey,
    RegNtDeleteValueKey = 2,
    RegNtPreDeleteValueKey = RegNtDeleteValueKey,
    RegNtSetInformationKey = 3,
    RegNtPreSetInformationKey = RegNtSetInformationKey,
    RegNtRenameKey = 4,
    RegNtPreRenameKey = RegNtRenameKey,
    RegNtEnumerateKey = 5,
    RegNtPreEnumerateKey = RegNtEnumerateKey,
    RegNtEnumerateValueKey = 6,
    RegNtPreEnumerateValueKey = RegNtEnumerateValueKey,
    RegNtQueryKey = 7,
    RegNtPreQueryKey = RegNtQueryKey,
    RegNtQueryValueKey = 8,
    RegNtPreQueryValueKey = RegNtQueryValueKey,
    RegNtQueryMultipleValueKey = 9,
    RegNtPreQueryMultipleValueKey = RegNtQueryMultipleValueKey,
    RegNtPreCreateKey = 10,
    RegNtPostCreateKey = 11,
    RegNtPreOpenKey = 12,
    RegNtPostOpenKey = 13,
    RegNtKeyHandleClose = 14,
    RegNtPreKeyHandleClose = RegNtKeyHandleClose,
    RegNtPostDeleteKey = 15,
    RegNtPostSetValueKey = 16,
    RegNtPostDeleteValueKey = 17,
    RegNtPostSetInformationKey = 18,
    RegNtPostRenameKey = 19,
    RegNtPostEnumerateKey = 20,
    RegNtPostEnumerateValueKey = 21,
    RegNtPostQueryKey = 22,
    RegNtPostQueryValueKey = 23,
    RegNtPostQueryMultipleValueKey = 24,
    RegNtPostKeyHandleClose = 25,
    RegNtPreCreateKeyEx = 26,
    RegNtPostCreateKeyEx = 27,
    RegNtPreOpenKeyEx = 28,
    RegNtPostOpenKeyEx = 29,
    RegNtPreFlushKey = 30,
    RegNtPostFlushKey = 31,
    RegNtPreLoadKey = 32,
    RegNtPostLoadKey = 33,
    RegNtPreUnLoadKey = 34,
    RegNtPostUnLoadKey = 35,
    RegNtPreQueryKeySecurity = 36,
    RegNtPostQueryKeySecurity = 37,
    RegNtPreSetKeySecurity = 38,
    RegNtPostSetKeySecurity = 39,
    RegNtCallbackObjectContextCleanup = 40,
    MaxRegNtNotifyClass = 41,
}

/// <summary>EX_CALLBACK_FUNCTION (wdm.h), the RegistryCallback routine: Argument1 is the
/// REG_NOTIFY_CLASS (cast it: <c>(REG_NOTIFY_CLASS)Argument1!</c>), Argument2 its information.</summary>
public delegate NTSTATUS EX_CALLBACK_FUNCTION(object? CallbackContext, object? Argument1, object? Argument2);
