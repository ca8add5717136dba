namespace NtSim;

/// <summary>SE_EXPORTS: the well-known privilege LUIDs and SIDs the kernel exports (SeExports).</summary>
public sealed class SE_EXPORTS
{
    /// <summary>SeCreateTokenPrivilege (2): create a primary token.</summary>
    public LUID SeCreateTokenPrivilege = Luid(Wdm.SE_CREATE_TOKEN_PRIVILEGE);
    /// <summary>SeAssignPrimaryTokenPrivilege (3): replace a process's primary token.</summary>
    public LUID SeAssignPrimaryTokenPrivilege = Luid(Wdm.SE_ASSIGNPRIMARYTOKEN_PRIVILEGE);
    /// <summary>SeLockMemoryPrivilege (4): lock pages in memory.</summary>
    public LUID SeLockMemoryPrivilege = Luid(Wdm.SE_LOCK_MEMORY_PRIVILEGE);
    /// <summary>SeIncreaseQuotaPrivilege (5): adjust the memory quotas of a process.</summary>
    public LUID SeIncreaseQuotaPrivilege = Luid(Wdm.SE_INCREASE_QUOTA_PRIVILEGE);
    /// <summary>SeTcbPrivilege (7): act as part of the operating system.</summary>
    public LUID SeTcbPrivilege = Luid(Wdm.SE_TCB_PRIVILEGE);
    /// <summary>SeSecurityPrivilege (8): manage auditing and the security log (SACLs).</summary>
    public LUID SeSecurityPrivilege = Luid(Wdm.SE_SECURITY_PRIVILEGE);
    /// <summary>SeTakeOwnershipPrivilege (9): take ownership of objects.</summary>
    public LUID SeTakeOwnershipPrivilege = Luid(Wdm.SE_TAKE_OWNERSHIP_PRIVILEGE);
    /// <summary>SeLoadDriverPrivilege (10): load and unload device drivers.</summary>
    public LUID SeLoadDriverPrivilege = Luid(Wdm.SE_LOAD_DRIVER_PRIVILEGE);
    /// <summary>SeSystemProfilePrivilege (11): profile system performance.</summary>
    public LUID SeSystemProfilePrivilege = Luid(Wdm.SE_SYSTEM_PROFILE_PRIVILEGE);
    /// <summary>SeSystemtimePrivilege (12): change the system time.</summary>
    public LUID SeSystemtimePrivilege = Luid(Wdm.SE_SYSTEMTIME_PRIVILEGE);
    /// <summary>SeProfileSingleProcessPrivilege (13): profile a single process.</summary>
    public LUID SeProfileSingleProcessPrivilege = Luid(Wdm.SE_PROF_SINGLE_PROCESS_PRIVILEGE);
    /// <summary>SeIncreaseBasePriorityPrivilege (14): increase scheduling priority.</summary>
    public LUID SeIncreaseBasePriorityPrivilege = Luid(Wdm.SE_INC_BASE_PRIORITY_PRIVILEGE);
    /// <summary>SeCreatePagefilePrivilege (15): create a paging file.</summary>
    public LUID SeCreatePagefilePrivilege = Luid(Wdm.SE_CREATE_PAGEFILE_PRIVILEGE);
    /// <summary>SeCreatePermanentPrivilege (16): create permanent shared objects.</summary>
    public LUID SeCreatePermanentPrivilege = Luid(Wdm.SE_CREATE_PERMANENT_PRIVILEGE);
    /// <summary>SeBackupPrivilege (17): read any file for a backup, whatever its security.</summary>
    public LUID SeBackupPrivilege = Luid(Wdm.SE_BACKUP_PRIVILEGE);
    /// <summary>SeRestorePrivilege (18): write any file for a restore, whatever its security.</summary>
    public LUID SeRestorePrivilege = Luid(Wdm.SE_RESTORE_PRIVILEGE);
    /// <summary>SeShutdownPrivilege (19): shut down the system.</summary>
    public LUID SeShutdownPrivilege = Luid(Wdm.SE_SHUTDOWN_PRIVILEGE);
    /// <summary>SeDebugPrivilege (20): debug and open any process or thread.</summary>
    public LUID SeDebugPrivilege = Luid(Wdm.SE_DEBUG_PRIVILEGE);
    /// <summary>SeAuditPrivilege (21): generate security audits.</summary>
    public LUID SeAuditPrivilege = Luid(Wdm.SE_AUDIT_PRIVILEGE);
    /// <summary>SeSystemEnvironmentPrivilege (22): modify firmware environment values.</summary>
    public LUID SeSystemEnvironmentPrivilege = Luid(Wdm.SE_SYSTEM_ENVIRONMENT_PRIVILEGE);
    /// <summary>SeChangeNotifyPrivilege (23): bypass traverse checking (held by everyone).</summary>
    public LUID SeChangeNotifyPrivilege = Luid(Wdm.SE_CHANGE_NOTIFY_PRIVILEGE);
    /// <summary>SeRemoteShutdownPrivilege (24): shut down the system from a remote computer.</summary>
    public LUID SeRemoteShutdownPrivilege = Luid(Wdm.SE_REMOTE_SHUTDOWN_PRIVILEGE);
    /// <summary>SeUndockPrivilege (25): remove the computer from its docking station.</summary>
    public LUID SeUndockPrivilege = Luid(Wdm.SE_UNDOCK_PRIVILEGE);
    /// <summary>SeManageVolumePrivilege (28): perform volume maintenance tasks.</summary>
    public LUID SeManageVolumePrivilege = Luid(Wdm.SE_MANAGE_VOLUME_PRIVILEGE);
    /// <summary>SeImpersonatePrivilege (29): impersonate a client after authentication.</summary>
    public LUID SeImpersonatePrivilege = Luid(Wdm.SE_IMPERSONATE_PRIVILEGE);
    /// <summary>SeCreateGlobalPrivilege (30): create global objects.</summary>
    public LUID SeCreateGlobalPrivilege = Luid(Wdm.SE_CREATE_GLOBAL_PRIVILEGE);

    /// <summary>The Null SID, S-1-0-0 (no one).</summary>
    public SID SeNullSid = WellKnownSids.Null();
    /// <summary>Everyone, S-1-1-0.</summary>
    public SID SeWorldSid = WellKnownSids.World();
    /// <summary>Local, S-1-2-0: users logged on locally.</summary>
    public SID SeLocalSid = WellKnownSids.Local();
    /// <summary>Creator Owner, S-1-3-0: replaced by the creator's SID in inherited ACEs.</summary>
    public SID SeCreatorOwnerSid = WellKnownSids.CreatorOwner();
    /// <summary>Creator Group, S-1-3-1: replaced by the creator's primary group in inherited ACEs.</summary>
    public SID SeCreatorGroupSid = WellKnownSids.CreatorGroup();
    /// <summary>Network, S-1-5-2: users logged on over the network.</summary>
    public SID SeNetworkSid = WellKnownSids.Network();
    /// <summary>Batch, S-1-5-3: batch-job logons.</summary>
    public SID SeBatchSid = WellKnownSids.Batch();
    /// <summary>Interactive, S-1-5-4: users logged on interactively.</summary>
    public SID SeInteractiveSid = WellKnownSids.Interactive();
    /// <summary>Service, S-1-5-6: service logons.</summary>
    public SID SeServiceSid = WellKnownSids.Service();
    /// <summary>Anonymous Logon, S-1-5-7.</summary>
    public SID SeAnonymousLogonSid = WellKnownSids.Anonymous();
    /// <summary>Authenticated Users, S-1-5-11.</summary>
    public SID SeAuthenticatedUsersSid = WellKnownSids.AuthenticatedUsers();
    /// <summary>Restricted Code, S-1-5-12.</summary>
    public SID SeRestrictedSid = WellKnownSids.Restricted();
    /// <summary>Local System, S-1-5-18: the account the kernel and services run as.</summary>
    public SID SeLocalSystemSid = WellKnownSids.LocalSystem();
    /// <summary>Local Service, S-1-5-19.</summary>
    public SID SeLocalServiceSid = WellKnownSids.LocalService();
    /// <summary>Network Service, S-1-5-20.</summary>
    public SID SeNetworkServiceSid = WellKnownSids.NetworkService();
    /// <summary>BUILTIN\Administrators, S-1-5-32-544.</summary>
    public SID SeAliasAdminsSid = WellKnownSids.Administrators();
    /// <summary>BUILTIN\Users, S-1-5-32-545.</summary>
    public SID SeAliasUsersSid = WellKnownSids.Users();
    /// <summary>BUILTIN\Guests, S-1-5-32-546.</summary>
    public SID SeAliasGuestsSid = WellKnownSids.Guests();
    /// <summary>BUILTIN\Power Users, S-1-5-32-547.</summary>
    public SID SeAliasPowerUsersSid = WellKnownSids.PowerUsers();

    private static LUID Luid(int value) => new() { LowPart = (uint)value };
}
