namespace NtSim;

/// <summary>SE_EXPORTS: the well-known privilege LUIDs and SIDs the kernel exports (SeExports).</summary>
public sealed class SE_EXPORTS
{
    public LUID SeCreateTokenPrivilege = Luid(Wdm.SE_CREATE_TOKEN_PRIVILEGE);
    public LUID SeAssignPrimaryTokenPrivilege = Luid(Wdm.SE_ASSIGNPRIMARYTOKEN_PRIVILEGE);
    public LUID SeLockMemoryPrivilege = Luid(Wdm.SE_LOCK_MEMORY_PRIVILEGE);
    public LUID SeIncreaseQuotaPrivilege = Luid(Wdm.SE_INCREASE_QUOTA_PRIVILEGE);
    public LUID SeTcbPrivilege = Luid(Wdm.SE_TCB_PRIVILEGE);
    public LUID SeSecurityPrivilege = Luid(Wdm.SE_SECURITY_PRIVILEGE);
    public LUID SeTakeOwnershipPrivilege = Luid(Wdm.SE_TAKE_OWNERSHIP_PRIVILEGE);
    public LUID SeLoadDriverPrivilege = Luid(Wdm.SE_LOAD_DRIVER_PRIVILEGE);
    public LUID SeSystemProfilePrivilege = Luid(Wdm.SE_SYSTEM_PROFILE_PRIVILEGE);
    public LUID SeSystemtimePrivilege = Luid(Wdm.SE_SYSTEMTIME_PRIVILEGE);
    public LUID SeProfileSingleProcessPrivilege = Luid(Wdm.SE_PROF_SINGLE_PROCESS_PRIVILEGE);
    public LUID SeIncreaseBasePriorityPrivilege = Luid(Wdm.SE_INC_BASE_PRIORITY_PRIVILEGE);
    public LUID SeCreatePagefilePrivilege = Luid(Wdm.SE_CREATE_PAGEFILE_PRIVILEGE);
    public LUID SeCreatePermanentPrivilege = Luid(Wdm.SE_CREATE_PERMANENT_PRIVILEGE);
    public LUID SeBackupPrivilege = Luid(Wdm.SE_BACKUP_PRIVILEGE);
    public LUID SeRestorePrivilege = Luid(Wdm.SE_RESTORE_PRIVILEGE);
    public LUID SeShutdownPrivilege = Luid(Wdm.SE_SHUTDOWN_PRIVILEGE);
    public LUID SeDebugPrivilege = Luid(Wdm.SE_DEBUG_PRIVILEGE);
    public LUID SeAuditPrivilege = Luid(Wdm.SE_AUDIT_PRIVILEGE);
    public LUID SeSystemEnvironmentPrivilege = Luid(Wdm.SE_SYSTEM_ENVIRONMENT_PRIVILEGE);
    public LUID SeChangeNotifyPrivilege = Luid(Wdm.SE_CHANGE_NOTIFY_PRIVILEGE);
    public LUID SeRemoteShutdownPrivilege = Luid(Wdm.SE_REMOTE_SHUTDOWN_PRIVILEGE);
    public LUID SeUndockPrivilege = Luid(Wdm.SE_UNDOCK_PRIVILEGE);
    public LUID SeManageVolumePrivilege = Luid(Wdm.SE_MANAGE_VOLUME_PRIVILEGE);
    public LUID SeImpersonatePrivilege = Luid(Wdm.SE_IMPERSONATE_PRIVILEGE);
    public LUID SeCreateGlobalPrivilege = Luid(Wdm.SE_CREATE_GLOBAL_PRIVILEGE);

    public SID SeNullSid = WellKnownSids.Null();
    public SID SeWorldSid = WellKnownSids.World();
    public SID SeLocalSid = WellKnownSids.Local();
    public SID SeCreatorOwnerSid = WellKnownSids.CreatorOwner();
    public SID SeCreatorGroupSid = WellKnownSids.CreatorGroup();
    public SID SeNetworkSid = WellKnownSids.Network();
    public SID SeBatchSid = WellKnownSids.Batch();
    public SID SeInteractiveSid = WellKnownSids.Interactive();
    public SID SeServiceSid = WellKnownSids.Service();
    public SID SeAnonymousLogonSid = WellKnownSids.Anonymous();
    public SID SeAuthenticatedUsersSid = WellKnownSids.AuthenticatedUsers();
    public SID SeRestrictedSid = WellKnownSids.Restricted();
    public SID SeLocalSystemSid = WellKnownSids.LocalSystem();
    public SID SeLocalServiceSid = WellKnownSids.LocalService();
    public SID SeNetworkServiceSid = WellKnownSids.NetworkService();
    public SID SeAliasAdminsSid = WellKnownSids.Administrators();
    public SID SeAliasUsersSid = WellKnownSids.Users();
    public SID SeAliasGuestsSid = WellKnownSids.Guests();
    public SID SeAliasPowerUsersSid = WellKnownSids.PowerUsers();

    private static LUID Luid(int value) => new() { LowPart = (uint)value };
}
