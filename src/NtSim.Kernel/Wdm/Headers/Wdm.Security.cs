namespace NtSim;

public static partial class Wdm
{
    // winnt.h / ntifs.h: SID, ACL, ACE and security descriptor constants.
    /// <summary>The revision of a SID structure (1).</summary>
    public const byte SID_REVISION = 1;
    /// <summary>The most subauthorities a SID holds (15).</summary>
    public const byte SID_MAX_SUB_AUTHORITIES = 15;
    /// <summary>The revision of an ACL with standard ACEs (2).</summary>
    public const byte ACL_REVISION = 2;
    /// <summary>The revision of an ACL with object-specific ACEs (4).</summary>
    public const byte ACL_REVISION_DS = 4;
    /// <summary>The revision of a security descriptor (1); RtlCreateSecurityDescriptor requires it.</summary>
    public const uint SECURITY_DESCRIPTOR_REVISION = 1;

    /// <summary>sizeof(SECURITY_DESCRIPTOR_RELATIVE): the header of a self-relative descriptor.</summary>
    public const uint SECURITY_DESCRIPTOR_MIN_LENGTH = 20;

    /// <summary>ACE type 0: allows the access mask to the SID.</summary>
    public const byte ACCESS_ALLOWED_ACE_TYPE = 0x0;
    /// <summary>ACE type 1: denies the access mask to the SID.</summary>
    public const byte ACCESS_DENIED_ACE_TYPE = 0x1;
    /// <summary>ACE type 2: audits access attempts by the SID (in a SACL).</summary>
    public const byte SYSTEM_AUDIT_ACE_TYPE = 0x2;

    /// <summary>ACE flag 0x1: child objects that are not containers inherit the ACE.</summary>
    public const byte OBJECT_INHERIT_ACE = 0x1;
    /// <summary>ACE flag 0x2: child containers (e.g. directories, keys) inherit the ACE.</summary>
    public const byte CONTAINER_INHERIT_ACE = 0x2;
    /// <summary>ACE flag 0x4: the inherited copy of the ACE is not inherited further.</summary>
    public const byte NO_PROPAGATE_INHERIT_ACE = 0x4;
    /// <summary>ACE flag 0x8: the ACE is only inherited and does not apply to this object.</summary>
    public const byte INHERIT_ONLY_ACE = 0x8;
    /// <summary>ACE flag 0x10: the ACE was inherited from a parent.</summary>
    public const byte INHERITED_ACE = 0x10;

    // SECURITY_DESCRIPTOR_CONTROL bits.
    /// <summary>Security descriptor control 0x0001: the owner came from a default, not from the creator.</summary>
    public const ushort SE_OWNER_DEFAULTED = 0x0001;
    /// <summary>Security descriptor control 0x0002: the group came from a default.</summary>
    public const ushort SE_GROUP_DEFAULTED = 0x0002;
    /// <summary>Security descriptor control 0x0004: the descriptor has a DACL (a null DACL grants everyone all access).</summary>
    public const ushort SE_DACL_PRESENT = 0x0004;
    /// <summary>Security descriptor control 0x0008: the DACL came from a default.</summary>
    public const ushort SE_DACL_DEFAULTED = 0x0008;
    /// <summary>Security descriptor control 0x0010: the descriptor has a SACL.</summary>
    public const ushort SE_SACL_PRESENT = 0x0010;
    /// <summary>Security descriptor control 0x0020: the SACL came from a default.</summary>
    public const ushort SE_SACL_DEFAULTED = 0x0020;
    /// <summary>Security descriptor control 0x0100: propagate the DACL's inheritable ACEs to existing children.</summary>
    public const ushort SE_DACL_AUTO_INHERIT_REQ = 0x0100;
    /// <summary>Security descriptor control 0x0200: propagate the SACL's inheritable ACEs to existing children.</summary>
    public const ushort SE_SACL_AUTO_INHERIT_REQ = 0x0200;
    /// <summary>Security descriptor control 0x0400: the DACL was set up to support automatic inheritance.</summary>
    public const ushort SE_DACL_AUTO_INHERITED = 0x0400;
    /// <summary>Security descriptor control 0x0800: the SACL was set up to support automatic inheritance.</summary>
    public const ushort SE_SACL_AUTO_INHERITED = 0x0800;
    /// <summary>Security descriptor control 0x1000: the DACL does not take inheritable ACEs from the parent.</summary>
    public const ushort SE_DACL_PROTECTED = 0x1000;
    /// <summary>Security descriptor control 0x2000: the SACL does not take inheritable ACEs from the parent.</summary>
    public const ushort SE_SACL_PROTECTED = 0x2000;
    /// <summary>Security descriptor control 0x8000: the descriptor is self-relative (one block, with offsets instead of pointers).</summary>
    public const ushort SE_SELF_RELATIVE = 0x8000;

    // wdm.h: the privilege values (the low part of their LUIDs).
    /// <summary>Privilege 2, SeCreateTokenPrivilege: create a primary token.</summary>
    public const int SE_CREATE_TOKEN_PRIVILEGE = 2;
    /// <summary>Privilege 3, SeAssignPrimaryTokenPrivilege: replace a process's primary token.</summary>
    public const int SE_ASSIGNPRIMARYTOKEN_PRIVILEGE = 3;
    /// <summary>Privilege 4, SeLockMemoryPrivilege: lock pages in memory.</summary>
    public const int SE_LOCK_MEMORY_PRIVILEGE = 4;
    /// <summary>Privilege 5, SeIncreaseQuotaPrivilege: raise a process's quotas.</summary>
    public const int SE_INCREASE_QUOTA_PRIVILEGE = 5;
    /// <summary>Privilege 6, SeMachineAccountPrivilege: add workstations to a domain.</summary>
    public const int SE_MACHINE_ACCOUNT_PRIVILEGE = 6;
    /// <summary>Privilege 7, SeTcbPrivilege: act as part of the operating system.</summary>
    public const int SE_TCB_PRIVILEGE = 7;
    /// <summary>Privilege 8, SeSecurityPrivilege: manage auditing and the security log (SACL access).</summary>
    public const int SE_SECURITY_PRIVILEGE = 8;
    /// <summary>Privilege 9, SeTakeOwnershipPrivilege: take ownership of objects.</summary>
    public const int SE_TAKE_OWNERSHIP_PRIVILEGE = 9;
    /// <summary>Privilege 10, SeLoadDriverPrivilege: load and unload device drivers.</summary>
    public const int SE_LOAD_DRIVER_PRIVILEGE = 10;
    /// <summary>Privilege 11, SeSystemProfilePrivilege: profile system performance.</summary>
    public const int SE_SYSTEM_PROFILE_PRIVILEGE = 11;
    /// <summary>Privilege 12, SeSystemtimePrivilege: change the system time.</summary>
    public const int SE_SYSTEMTIME_PRIVILEGE = 12;
    /// <summary>Privilege 13, SeProfileSingleProcessPrivilege: profile a single process.</summary>
    public const int SE_PROF_SINGLE_PROCESS_PRIVILEGE = 13;
    /// <summary>Privilege 14, SeIncreaseBasePriorityPrivilege: raise scheduling priority.</summary>
    public const int SE_INC_BASE_PRIORITY_PRIVILEGE = 14;
    /// <summary>Privilege 15, SeCreatePagefilePrivilege: create a paging file.</summary>
    public const int SE_CREATE_PAGEFILE_PRIVILEGE = 15;
    /// <summary>Privilege 16, SeCreatePermanentPrivilege: create permanent shared objects (OBJ_PERMANENT).</summary>
    public const int SE_CREATE_PERMANENT_PRIVILEGE = 16;
    /// <summary>Privilege 17, SeBackupPrivilege: read any file for backup, bypassing its security.</summary>
    public const int SE_BACKUP_PRIVILEGE = 17;
    /// <summary>Privilege 18, SeRestorePrivilege: write any file for restore, bypassing its security.</summary>
    public const int SE_RESTORE_PRIVILEGE = 18;
    /// <summary>Privilege 19, SeShutdownPrivilege: shut down the system.</summary>
    public const int SE_SHUTDOWN_PRIVILEGE = 19;
    /// <summary>Privilege 20, SeDebugPrivilege: debug and open any process.</summary>
    public const int SE_DEBUG_PRIVILEGE = 20;
    /// <summary>Privilege 21, SeAuditPrivilege: generate security audits.</summary>
    public const int SE_AUDIT_PRIVILEGE = 21;
    /// <summary>Privilege 22, SeSystemEnvironmentPrivilege: change firmware environment values.</summary>
    public const int SE_SYSTEM_ENVIRONMENT_PRIVILEGE = 22;
    /// <summary>Privilege 23, SeChangeNotifyPrivilege: bypass traverse checking (held by everyone by default).</summary>
    public const int SE_CHANGE_NOTIFY_PRIVILEGE = 23;
    /// <summary>Privilege 24, SeRemoteShutdownPrivilege: shut down the system from the network.</summary>
    public const int SE_REMOTE_SHUTDOWN_PRIVILEGE = 24;
    /// <summary>Privilege 25, SeUndockPrivilege: remove the computer from its docking station.</summary>
    public const int SE_UNDOCK_PRIVILEGE = 25;
    /// <summary>Privilege 26, SeSyncAgentPrivilege: synchronize directory service data.</summary>
    public const int SE_SYNC_AGENT_PRIVILEGE = 26;
    /// <summary>Privilege 27, SeEnableDelegationPrivilege: trust accounts for delegation.</summary>
    public const int SE_ENABLE_DELEGATION_PRIVILEGE = 27;
    /// <summary>Privilege 28, SeManageVolumePrivilege: perform volume maintenance tasks.</summary>
    public const int SE_MANAGE_VOLUME_PRIVILEGE = 28;
    /// <summary>Privilege 29, SeImpersonatePrivilege: impersonate a client after authentication.</summary>
    public const int SE_IMPERSONATE_PRIVILEGE = 29;
    /// <summary>Privilege 30, SeCreateGlobalPrivilege: create global objects.</summary>
    public const int SE_CREATE_GLOBAL_PRIVILEGE = 30;
    /// <summary>Privilege 31, SeTrustedCredManAccessPrivilege: access Credential Manager as a trusted caller.</summary>
    public const int SE_TRUSTED_CREDMAN_ACCESS_PRIVILEGE = 31;
    /// <summary>Privilege 32, SeRelabelPrivilege: change the integrity label of objects.</summary>
    public const int SE_RELABEL_PRIVILEGE = 32;
    /// <summary>Privilege 33, SeIncreaseWorkingSetPrivilege: increase a process working set.</summary>
    public const int SE_INC_WORKING_SET_PRIVILEGE = 33;
    /// <summary>Privilege 34, SeTimeZonePrivilege: change the time zone.</summary>
    public const int SE_TIME_ZONE_PRIVILEGE = 34;
    /// <summary>Privilege 35, SeCreateSymbolicLinkPrivilege: create symbolic links.</summary>
    public const int SE_CREATE_SYMBOLIC_LINK_PRIVILEGE = 35;
    /// <summary>Privilege 36, SeDelegateSessionUserImpersonatePrivilege: get an impersonation token for another user in the same session.</summary>
    public const int SE_DELEGATE_SESSION_USER_IMPERSONATE_PRIVILEGE = 36;

    /// <summary>Privilege attribute 0x00000001: the privilege is enabled by default.</summary>
    public const uint SE_PRIVILEGE_ENABLED_BY_DEFAULT = 0x00000001;
    /// <summary>Privilege attribute 0x00000002: the privilege is enabled.</summary>
    public const uint SE_PRIVILEGE_ENABLED = 0x00000002;
    /// <summary>Privilege attribute 0x80000000: the privilege was used to gain access to an object.</summary>
    public const uint SE_PRIVILEGE_USED_FOR_ACCESS = 0x80000000;

    /// <summary>PRIVILEGE_SET.Control: every privilege of the set is required.</summary>
    public const uint PRIVILEGE_SET_ALL_NECESSARY = 1;

    /// <summary>The ACL or security structure has no room left for what was to be added (0xC0000099).</summary>
    public const NTSTATUS STATUS_ALLOTTED_SPACE_EXCEEDED = unchecked((NTSTATUS)0xC0000099);
}
