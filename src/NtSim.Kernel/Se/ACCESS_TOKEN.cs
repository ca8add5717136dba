using System.Diagnostics;

namespace NtSim;

/// <summary>Who a user-mode process runs as (<see cref="Machine.StartProcess(string, ProcessAccount, Func{string[], int}, string[])"/>).</summary>
public enum ProcessAccount
{
    /// <summary>An administrator whose process was elevated (UAC "Run as administrator"): member of
    /// BUILTIN\Administrators, with the administrator's privileges. The default, as every process
    /// could open every device before tokens existed.</summary>
    ElevatedAdministrator,

    /// <summary>A standard user: Users, Authenticated Users, Everyone; no administrative privilege.</summary>
    StandardUser,

    /// <summary>LocalSystem, as a service runs: the SYSTEM token the kernel's own threads have.</summary>
    LocalSystem,
}

/// <summary>
/// TOKEN, opaque to drivers as in the WDK: the user SID, the group SIDs that count in an access check,
/// and the privileges held. Tokens do not change once made here (no AdjustTokenPrivileges): a
/// privilege held is enabled, so SeSinglePrivilegeCheck answers from the account alone.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class ACCESS_TOKEN
{
    private readonly SID[] _groups;
    private readonly HashSet<int> _privileges;

    internal ACCESS_TOKEN(string accountName, SID user, IEnumerable<SID> groups, IEnumerable<int> privileges)
    {
        AccountName = accountName;
        User = user;
        _groups = [.. groups];
        _privileges = [.. privileges];
    }

    /// <summary>"NT AUTHORITY\SYSTEM", "NTSIM\Administrator" ...</summary>
    internal string AccountName { get; }

    internal SID User { get; }

    internal IReadOnlyList<SID> Groups => _groups;

    /// <summary>Whether the user or one of the groups is <paramref name="sid"/> (the SIDs an ACE can match).</summary>
    internal bool Matches(SID sid) => User.SameAs(sid) || _groups.Any(g => g.SameAs(sid));

    /// <summary>Whether the token holds (enabled) the privilege whose LUID low part is <paramref name="privilege"/>.</summary>
    internal bool Holds(LUID privilege) => privilege.HighPart == 0 && _privileges.Contains((int)privilege.LowPart);

    /// <summary>TOKEN account (user SID).</summary>
    public override string ToString() => $"TOKEN {AccountName} ({User})";
}
