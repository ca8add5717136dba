namespace NtSim;

/// <summary>
/// The tokens of the accounts a process can run as, modelled on what <c>whoami /all</c> shows on
/// Windows 10/11 (trimmed to the SIDs device ACLs name): an elevated administrator holds
/// SeDebugPrivilege and SeLoadDriverPrivilege; only SYSTEM holds SeTcbPrivilege and SeCreateTokenPrivilege.
/// </summary>
internal static class AccessTokens
{
    private static readonly int[] s_userPrivileges =
    [
        Wdm.SE_SHUTDOWN_PRIVILEGE, Wdm.SE_CHANGE_NOTIFY_PRIVILEGE, Wdm.SE_UNDOCK_PRIVILEGE, Wdm.SE_INC_WORKING_SET_PRIVILEGE,
        Wdm.SE_TIME_ZONE_PRIVILEGE,
    ];

    private static readonly int[] s_administratorPrivileges =
    [
        .. s_userPrivileges, Wdm.SE_INCREASE_QUOTA_PRIVILEGE, Wdm.SE_SECURITY_PRIVILEGE, Wdm.SE_TAKE_OWNERSHIP_PRIVILEGE,
        Wdm.SE_LOAD_DRIVER_PRIVILEGE, Wdm.SE_SYSTEM_PROFILE_PRIVILEGE, Wdm.SE_SYSTEMTIME_PRIVILEGE, Wdm.SE_PROF_SINGLE_PROCESS_PRIVILEGE,
        Wdm.SE_INC_BASE_PRIORITY_PRIVILEGE, Wdm.SE_CREATE_PAGEFILE_PRIVILEGE, Wdm.SE_BACKUP_PRIVILEGE, Wdm.SE_RESTORE_PRIVILEGE,
        Wdm.SE_DEBUG_PRIVILEGE, Wdm.SE_SYSTEM_ENVIRONMENT_PRIVILEGE, Wdm.SE_REMOTE_SHUTDOWN_PRIVILEGE, Wdm.SE_MANAGE_VOLUME_PRIVILEGE,
        Wdm.SE_IMPERSONATE_PRIVILEGE, Wdm.SE_CREATE_GLOBAL_PRIVILEGE, Wdm.SE_CREATE_SYMBOLIC_LINK_PRIVILEGE,
        Wdm.SE_DELEGATE_SESSION_USER_IMPERSONATE_PRIVILEGE,
    ];

    /// <summary>The token of a process running as <paramref name="account"/>.</summary>
    internal static ACCESS_TOKEN For(ProcessAccount account) => account switch
    {
        ProcessAccount.ElevatedAdministrator => Administrator(),
        ProcessAccount.StandardUser => StandardUser(),
        ProcessAccount.LocalSystem => System(),
        _ => throw new ArgumentOutOfRangeException(nameof(account), account, "ProcessAccount must be ElevatedAdministrator, StandardUser or LocalSystem."),
    };

    /// <summary>NT AUTHORITY\SYSTEM: the kernel's threads and LocalSystem services; every privilege.</summary>
    internal static ACCESS_TOKEN System() => new(@"NT AUTHORITY\SYSTEM", WellKnownSids.LocalSystem(),
        [WellKnownSids.Administrators(), WellKnownSids.World(), WellKnownSids.AuthenticatedUsers()],
        Enumerable.Range(Wdm.SE_CREATE_TOKEN_PRIVILEGE, Wdm.SE_DELEGATE_SESSION_USER_IMPERSONATE_PRIVILEGE - Wdm.SE_CREATE_TOKEN_PRIVILEGE + 1));

    internal static ACCESS_TOKEN Administrator() => new(@"NTSIM\Administrator", WellKnownSids.LocalAccount(1001),
        [WellKnownSids.World(), WellKnownSids.Local(), WellKnownSids.Administrators(), WellKnownSids.Users(),
            WellKnownSids.Interactive(), WellKnownSids.AuthenticatedUsers()],
        s_administratorPrivileges);

    internal static ACCESS_TOKEN StandardUser() => new(@"NTSIM\User", WellKnownSids.LocalAccount(1002),
        [WellKnownSids.World(), WellKnownSids.Local(), WellKnownSids.Users(), WellKnownSids.Interactive(), WellKnownSids.AuthenticatedUsers()],
        s_userPrivileges);
}
