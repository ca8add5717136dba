namespace NtSim;

public static partial class Wdm
{
    // winnt.h / ntifs.h: SID, ACL, ACE and security descriptor constants.
    public const byte SID_REVISION = 1;
    public const byte SID_MAX_SUB_AUTHORITIES = 15;
    public const byte ACL_REVISION = 2;
    public const byte ACL_REVISION_DS = 4;
    public const uint SECURITY_DESCRIPTOR_REVISION = 1;

    /// <summary>sizeof(SECURITY_DESCRIPTOR_RELATIVE): the header of a self-relative descriptor.</summary>
    public const uint SECURITY_DESCRIPTOR_MIN_LENGTH = 20;

    public const byte ACCESS_ALLOWED_ACE_TYPE = 0x0;
    public const byte ACCESS_DENIED_ACE_TYPE = 0x1;
    public const byte SYSTEM_AUDIT_ACE_TYPE = 0x2;

    public const byte OBJECT_INHERIT_ACE = 0x1;
    public const byte CONTAINER_INHERIT_ACE = 0x2;
    public const byte NO_PROPAGATE_INHERIT_ACE = 0x4;
    public const byte INHERIT_ONLY_ACE = 0x8;
    public const byte INHERITED_ACE = 0x10;

    // SECURITY_DESCRIPTOR_CONTROL bits.
    public const ushort SE_OWNER_DEFAULTED = 0x0001;
    public const ushort SE_GROUP_DEFAULTED = 0x0002;
    public const ushort SE_DACL_PRESENT = 0x0004;
    public const ushort SE_DACL_DEFAULTED = 0x0008;
    public const ushort SE_SACL_PRESENT = 0x0010;
    public const ushort SE_SACL_DEFAULTED = 0x0020;
    public const ushort SE_DACL_AUTO_INHERIT_REQ = 0x0100;
    public const ushort SE_SACL_AUTO_INHERIT_REQ = 0x0200;
    public const ushort SE_DACL_AUTO_INHERITED = 0x0400;
    public const ushort SE_SACL_AUTO_INHERITED = 0x0800;
    public const ushort SE_DACL_PROTECTED = 0x1000;
    public const ushort SE_SACL_PROTECTED = 0x2000;
    public const ushort SE_SELF_RELATIVE = 0x8000;

    // wdm.h: the privilege values (the low part of their LUIDs).
    public const int SE_CREATE_TOKEN_PRIVILEGE = 2;
    public const int SE_ASSIGNPRIMARYTOKEN_PRIVILEGE = 3;
    public const int SE_LOCK_MEMORY_PRIVILEGE = 4;
    public const int SE_INCREASE_QUOTA_PRIVILEGE = 5;
    public const int SE_MACHINE_ACCOUNT_PRIVILEGE = 6;
    public const int SE_TCB_PRIVILEGE = 7;
    public const int SE_SECURITY_PRIVILEGE = 8;
    public const int SE_TAKE_OWNERSHIP_PRIVILEGE = 9;
    public const int SE_LOAD_DRIVER_PRIVILEGE = 10;
    public const int SE_SYSTEM_PROFILE_PRIVILEGE = 11;
    public const int SE_SYSTEMTIME_PRIVILEGE = 12;
    public const int SE_PROF_SINGLE_PROCESS_PRIVILEGE = 13;
    public const int SE_INC_BASE_PRIORITY_PRIVILEGE = 14;
    public const int SE_CREATE_PAGEFILE_PRIVILEGE = 15;
    public const int SE_CREATE_PERMANENT_PRIVILEGE = 16;
    public const int SE_BACKUP_PRIVILEGE = 17;
    public const int SE_RESTORE_PRIVILEGE = 18;
    public const int SE_SHUTDOWN_PRIVILEGE = 19;
    public const int SE_DEBUG_PRIVILEGE = 20;
    public const int SE_AUDIT_PRIVILEGE = 21;
    public const int SE_SYSTEM_ENVIRONMENT_PRIVILEGE = 22;
    public const int SE_CHANGE_NOTIFY_PRIVILEGE = 23;
    public const int SE_REMOTE_SHUTDOWN_PRIVILEGE = 24;
    public const int SE_UNDOCK_PRIVILEGE = 25;
    public const int SE_SYNC_AGENT_PRIVILEGE = 26;
    public const int SE_ENABLE_DELEGATION_PRIVILEGE = 27;
    public const int SE_MANAGE_VOLUME_PRIVILEGE = 28;
    public const int SE_IMPERSONATE_PRIVILEGE = 29;
    public const int SE_CREATE_GLOBAL_PRIVILEGE = 30;
    public const int SE_TRUSTED_CREDMAN_ACCESS_PRIVILEGE = 31;
    public const int SE_RELABEL_PRIVILEGE = 32;
    public const int SE_INC_WORKING_SET_PRIVILEGE = 33;
    public const int SE_TIME_ZONE_PRIVILEGE = 34;
    public const int SE_CREATE_SYMBOLIC_LINK_PRIVILEGE = 35;
    public const int SE_DELEGATE_SESSION_USER_IMPERSONATE_PRIVILEGE = 36;

    public const uint SE_PRIVILEGE_ENABLED_BY_DEFAULT = 0x00000001;
    public const uint SE_PRIVILEGE_ENABLED = 0x00000002;
    public const uint SE_PRIVILEGE_USED_FOR_ACCESS = 0x80000000;

    /// <summary>PRIVILEGE_SET.Control: every privilege of the set is required.</summary>
    public const uint PRIVILEGE_SET_ALL_NECESSARY = 1;

    public const NTSTATUS STATUS_ALLOTTED_SPACE_EXCEEDED = unchecked((NTSTATUS)0xC0000099);
}
