using System.Numerics;

namespace NtSim;

/// <summary>
/// The version information of a machine's Windows release (RtlGetVersion, RtlVerifyVersionInfo,
/// RtlIsNtDdiVersionAvailable, RtlIsServicePackVersionInstalled, IoIsWdmVersionAvailable): the rules of
/// their WDK pages, over a <see cref="WindowsVersion"/>.
/// </summary>
internal static class OsVersionInfo
{
    /// <summary>wSuiteMask of a client edition (Windows 10/11 Pro reports a single-user terminal services suite).</summary>
    private const ushort ClientSuite = Wdm.VER_SUITE_SINGLEUSERTS;

    /// <summary>Fills the fields of RTL_OSVERSIONINFOW (and, when <paramref name="extended"/>, those RTL_OSVERSIONINFOEXW adds).</summary>
    internal static void Fill(WindowsVersion version, ref RTL_OSVERSIONINFOEXW info, bool extended)
    {
        info.dwMajorVersion = version.Major;
        info.dwMinorVersion = version.Minor;
        info.dwBuildNumber = version.Build;
        info.dwPlatformId = Wdm.VER_PLATFORM_WIN32_NT;
        Span<char> csd = info.szCSDVersion;
        csd.Clear();
        version.ServicePackName.AsSpan().CopyTo(csd);
        if (extended)
        {
            info.wServicePackMajor = version.ServicePackMajor;
            info.wServicePackMinor = 0;
            info.wSuiteMask = ClientSuite;
            info.wProductType = Wdm.VER_NT_WORKSTATION;
            info.wReserved = 0;
        }
    }

    /// <summary>VerSetConditionMask: records <paramref name="condition"/> for one member in the 3 bits the
    /// member's TypeMask bit selects. A zero type or condition leaves the mask as it is; a TypeMask of several
    /// bits sets the highest one's condition, as Windows does.</summary>
    internal static ulong SetConditionMask(ulong conditionMask, uint typeMask, byte condition)
    {
        if (typeMask == 0 || condition == 0)
        {
            return conditionMask;
        }

        var index = 31 - BitOperations.LeadingZeroCount(typeMask);
        return conditionMask | ((ulong)(condition & Wdm.VER_CONDITION_MASK) << (index * Wdm.VER_NUM_BITS_PER_CONDITION_MASK));
    }

    /// <summary>RtlVerifyVersionInfo: STATUS_SUCCESS when the running release meets every condition,
    /// STATUS_REVISION_MISMATCH when one fails, STATUS_INVALID_PARAMETER for a zero TypeMask or
    /// ConditionMask, a member with no condition or a condition the member does not take.</summary>
    internal static NTSTATUS Verify(WindowsVersion version, in RTL_OSVERSIONINFOEXW wanted, uint typeMask, ulong conditionMask)
    {
        if (typeMask == 0 || conditionMask == 0)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        var running = default(RTL_OSVERSIONINFOEXW);
        Fill(version, ref running, extended: true);

        // Members compared on their own.
        if ((typeMask & Wdm.VER_SUITENAME) != 0)
        {
            var status = CompareSuite(running.wSuiteMask, wanted.wSuiteMask, Condition(conditionMask, Wdm.VER_SUITENAME));
            if (status != Wdm.STATUS_SUCCESS)
            {
                return status;
            }
        }

        (uint Bit, uint Running, uint Wanted)[] independent =
        [
            (Wdm.VER_PRODUCT_TYPE, running.wProductType, wanted.wProductType),
            (Wdm.VER_PLATFORMID, running.dwPlatformId, wanted.dwPlatformId),
            (Wdm.VER_BUILDNUMBER, running.dwBuildNumber, wanted.dwBuildNumber),
        ];
        foreach (var (bit, have, want) in independent)
        {
            if ((typeMask & bit) != 0)
            {
                var status = Compare(have, want, Condition(conditionMask, bit));
                if (status != Wdm.STATUS_SUCCESS)
                {
                    return status;
                }
            }
        }

        // Major, minor, service pack major and minor compare as one number: a member decides unless it is
        // equal, when the next one asked for decides (VerifyVersionInfo's documented hierarchy).
        (uint Bit, uint Running, uint Wanted)[] hierarchy =
        [
            (Wdm.VER_MAJORVERSION, running.dwMajorVersion, wanted.dwMajorVersion),
            (Wdm.VER_MINORVERSION, running.dwMinorVersion, wanted.dwMinorVersion),
            (Wdm.VER_SERVICEPACKMAJOR, running.wServicePackMajor, wanted.wServicePackMajor),
            (Wdm.VER_SERVICEPACKMINOR, running.wServicePackMinor, wanted.wServicePackMinor),
        ];
        var result = Wdm.STATUS_SUCCESS;
        foreach (var (bit, have, want) in hierarchy)
        {
            if ((typeMask & bit) == 0)
            {
                continue;
            }

            result = Compare(have, want, Condition(conditionMask, bit));
            if (result == Wdm.STATUS_INVALID_PARAMETER || have != want)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>RtlIsNtDdiVersionAvailable: the running release is <paramref name="ntDdiVersion"/> or later.</summary>
    internal static bool IsNtDdiVersionAvailable(WindowsVersion version, uint ntDdiVersion) => version.NtDdiVersion >= ntDdiVersion;

    /// <summary>RtlIsServicePackVersionInstalled: the running release is the OS that <paramref name="ntDdiVersion"/>
    /// names, with its service pack or a later one (FALSE for another OS, older or newer).</summary>
    internal static bool IsServicePackInstalled(WindowsVersion version, uint ntDdiVersion) =>
        Wdm.OSVER(version.NtDdiVersion) == Wdm.OSVER(ntDdiVersion) && Wdm.SPVER(version.NtDdiVersion) >= Wdm.SPVER(ntDdiVersion);

    /// <summary>IoIsWdmVersionAvailable: the WDM version the system provides is at least the one asked for.</summary>
    internal static bool IsWdmVersionAvailable(byte major, byte minor) =>
        major < Wdm.WDM_MAJORVERSION || (major == Wdm.WDM_MAJORVERSION && minor <= Wdm.WDM_MINORVERSION);

    private static byte Condition(ulong conditionMask, uint typeBit) =>
        (byte)((conditionMask >> (BitOperations.TrailingZeroCount(typeBit) * Wdm.VER_NUM_BITS_PER_CONDITION_MASK)) & Wdm.VER_CONDITION_MASK);

    private static NTSTATUS Compare(uint running, uint wanted, byte condition)
    {
        bool? met = condition switch
        {
            Wdm.VER_EQUAL => running == wanted,
            Wdm.VER_GREATER => running > wanted,
            Wdm.VER_GREATER_EQUAL => running >= wanted,
            Wdm.VER_LESS => running < wanted,
            Wdm.VER_LESS_EQUAL => running <= wanted,
            _ => null,
        };
        return met switch
        {
            null => Wdm.STATUS_INVALID_PARAMETER,
            true => Wdm.STATUS_SUCCESS,
            false => Wdm.STATUS_REVISION_MISMATCH,
        };
    }

    private static NTSTATUS CompareSuite(ushort running, ushort wanted, byte condition) => condition switch
    {
        // VER_AND: every suite asked for is there; VER_OR: at least one is.
        Wdm.VER_AND => (running & wanted) == wanted ? Wdm.STATUS_SUCCESS : Wdm.STATUS_REVISION_MISMATCH,
        Wdm.VER_OR => (running & wanted) != 0 ? Wdm.STATUS_SUCCESS : Wdm.STATUS_REVISION_MISMATCH,
        _ => Wdm.STATUS_INVALID_PARAMETER,
    };
}
