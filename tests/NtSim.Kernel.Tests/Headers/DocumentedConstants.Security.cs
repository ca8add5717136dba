namespace NtSim.Tests.Headers;

internal static partial class DocumentedConstants
{
    /// <summary>
    /// The security constants of winnt.h (which the cross-check does not read) that ntifs.h drivers use
    /// with SIDs, ACLs and security descriptors; values from the Windows SDK's winnt.h (10.0.26100) and
    /// the WDK pages "ACE_HEADER" and "SECURITY_DESCRIPTOR_CONTROL". SE_DELEGATE_SESSION_USER_IMPERSONATE_PRIVILEGE
    /// is the WDK's wdm.h privilege after mingw-w64's newest (SE_CREATE_SYMBOLIC_LINK_PRIVILEGE, 35).
    /// </summary>
    public static IReadOnlyDictionary<string, ulong> SecurityAbsentFromMingw { get; } = new Dictionary<string, ulong>
    {
        ["SID_REVISION"] = 1,
        ["SID_MAX_SUB_AUTHORITIES"] = 15,
        ["SECURITY_DESCRIPTOR_MIN_LENGTH"] = 20,
        ["ACCESS_ALLOWED_ACE_TYPE"] = 0x0,
        ["ACCESS_DENIED_ACE_TYPE"] = 0x1,
        ["SYSTEM_AUDIT_ACE_TYPE"] = 0x2,
        ["OBJECT_INHERIT_ACE"] = 0x1,
        ["CONTAINER_INHERIT_ACE"] = 0x2,
        ["NO_PROPAGATE_INHERIT_ACE"] = 0x4,
        ["INHERIT_ONLY_ACE"] = 0x8,
        ["INHERITED_ACE"] = 0x10,
        ["SE_OWNER_DEFAULTED"] = 0x0001,
        ["SE_GROUP_DEFAULTED"] = 0x0002,
        ["SE_DACL_PRESENT"] = 0x0004,
        ["SE_DACL_DEFAULTED"] = 0x0008,
        ["SE_SACL_PRESENT"] = 0x0010,
        ["SE_SACL_DEFAULTED"] = 0x0020,
        ["SE_DACL_AUTO_INHERIT_REQ"] = 0x0100,
        ["SE_SACL_AUTO_INHERIT_REQ"] = 0x0200,
        ["SE_DACL_AUTO_INHERITED"] = 0x0400,
        ["SE_SACL_AUTO_INHERITED"] = 0x0800,
        ["SE_DACL_PROTECTED"] = 0x1000,
        ["SE_SACL_PROTECTED"] = 0x2000,
        ["SE_SELF_RELATIVE"] = 0x8000,
        ["SE_DELEGATE_SESSION_USER_IMPERSONATE_PRIVILEGE"] = 36,
    };
}
