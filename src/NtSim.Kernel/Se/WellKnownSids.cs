namespace NtSim;

/// <summary>
/// The well-known SIDs (winnt.h) and their two-letter SDDL aliases (sddl.h, "SDDL for Device
/// Objects"). Each call gives a fresh SID, so a caller may keep or change what it gets.
/// </summary>
internal static class WellKnownSids
{
    private const ulong NullAuthority = 0;
    private const ulong WorldAuthority = 1;
    private const ulong LocalAuthority = 2;
    private const ulong CreatorAuthority = 3;
    private const ulong NtAuthority = 5;
    private const uint BuiltinDomain = 32;

    /// <summary>The machine's own domain (S-1-5-21-x-y-z), under which its local accounts are numbered.</summary>
    private static readonly uint[] s_machineDomain = [21, 3_623_811_015, 3_361_044_348, 30_300_820];

    private static readonly (string Alias, Func<SID> Make)[] s_aliases =
    [
        ("AN", Anonymous), ("AU", AuthenticatedUsers), ("BA", Administrators), ("BG", Guests), ("BU", Users),
        ("CG", CreatorGroup), ("CO", CreatorOwner), ("IU", Interactive), ("LS", LocalService), ("NS", NetworkService),
        ("NU", Network), ("PU", PowerUsers), ("RC", Restricted), ("SU", Service), ("SY", LocalSystem), ("WD", World),
        // The other machine-independent aliases of sddl.h, so that an INF's Security string parses as SetupAPI parses it.
        ("AO", () => Builtin(548)), ("SO", () => Builtin(549)), ("PO", () => Builtin(550)), ("BO", () => Builtin(551)),
        ("RE", () => Builtin(552)), ("RU", () => Builtin(554)), ("RD", () => Builtin(555)), ("NO", () => Builtin(556)),
        ("MU", () => Builtin(558)), ("LU", () => Builtin(559)), ("IS", () => Builtin(568)), ("CY", () => Builtin(569)),
        ("ER", () => Builtin(573)), ("HA", () => Builtin(578)), ("RM", () => Builtin(580)),
        ("OW", () => SID.Of(CreatorAuthority, 4)), ("ED", () => SID.Of(NtAuthority, 9)), ("PS", () => SID.Of(NtAuthority, 10)),
        ("WR", () => SID.Of(NtAuthority, 33)), ("UD", () => SID.Of(NtAuthority, 84, 0, 0, 0, 0, 0)), ("AC", () => SID.Of(15, 2, 1)),
        ("LW", () => SID.Of(16, 0x1000)), ("ME", () => SID.Of(16, 0x2000)), ("HI", () => SID.Of(16, 0x3000)), ("SI", () => SID.Of(16, 0x4000)),
    ];

    private static SID Builtin(uint rid) => SID.Of(NtAuthority, BuiltinDomain, rid);

    internal static SID Null() => SID.Of(NullAuthority, 0);

    internal static SID World() => SID.Of(WorldAuthority, 0);

    internal static SID Local() => SID.Of(LocalAuthority, 0);

    internal static SID CreatorOwner() => SID.Of(CreatorAuthority, 0);

    internal static SID CreatorGroup() => SID.Of(CreatorAuthority, 1);

    internal static SID Network() => SID.Of(NtAuthority, 2);

    internal static SID Batch() => SID.Of(NtAuthority, 3);

    internal static SID Interactive() => SID.Of(NtAuthority, 4);

    internal static SID Service() => SID.Of(NtAuthority, 6);

    internal static SID Anonymous() => SID.Of(NtAuthority, 7);

    internal static SID AuthenticatedUsers() => SID.Of(NtAuthority, 11);

    internal static SID Restricted() => SID.Of(NtAuthority, 12);

    internal static SID LocalSystem() => SID.Of(NtAuthority, 18);

    internal static SID LocalService() => SID.Of(NtAuthority, 19);

    internal static SID NetworkService() => SID.Of(NtAuthority, 20);

    internal static SID Administrators() => SID.Of(NtAuthority, BuiltinDomain, 544);

    internal static SID Users() => SID.Of(NtAuthority, BuiltinDomain, 545);

    internal static SID Guests() => SID.Of(NtAuthority, BuiltinDomain, 546);

    internal static SID PowerUsers() => SID.Of(NtAuthority, BuiltinDomain, 547);

    /// <summary>A local account of the machine: S-1-5-21-...-<paramref name="rid"/> (1001 is the first user made).</summary>
    internal static SID LocalAccount(uint rid) => SID.Of(NtAuthority, [.. s_machineDomain, rid]);

    /// <summary>The SID an SDDL alias ("SY", "BA" ...) stands for, or null.</summary>
    internal static SID? FromAlias(string alias)
    {
        foreach (var (name, make) in s_aliases)
        {
            if (string.Equals(name, alias, StringComparison.OrdinalIgnoreCase))
            {
                return make();
            }
        }

        return null;
    }

    /// <summary>The SDDL alias of a SID, or null when it has none.</summary>
    internal static string? AliasOf(SID sid)
    {
        foreach (var (name, make) in s_aliases)
        {
            if (make().SameAs(sid))
            {
                return name;
            }
        }

        return null;
    }
}
