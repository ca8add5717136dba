using System.Diagnostics;

namespace NtSim;

/// <summary>
/// A release of Windows a machine runs (<see cref="MachineOptions.WindowsVersion"/>): what RtlGetVersion,
/// RtlVerifyVersionInfo, RtlIsNtDdiVersionAvailable and PsGetVersion report, and which DDIs
/// MmGetSystemRoutineAddress finds. Windows 7 to Windows 11; the newest by default.
/// </summary>
/// <remarks>Build numbers and NTDDI values as sdkddkver.h and the release notes give them. Releases shipped
/// as enablement packages over an earlier one (Windows 10 1909 over 1903, 20H2 to 22H2 over 2004, Windows 11
/// 23H2 over 22H2) have the NTDDI value of the release they extend: the WDK defines none of their own.</remarks>
[DebuggerDisplay("{Name,nq} ({Major}.{Minor}.{Build})")]
public sealed class WindowsVersion : IComparable<WindowsVersion>
{
    private static readonly List<WindowsVersion> s_all = [];

    /// <summary>Windows 7: version 6.1, build 7600, NTDDI_WIN7.</summary>
    public static readonly WindowsVersion Windows7 = new("Windows 7", 6, 1, 7600, Wdm.NTDDI_WIN7);

    /// <summary>Windows 7 with Service Pack 1: version 6.1, build 7601, NTDDI_WIN7 with service pack 1.</summary>
    public static readonly WindowsVersion Windows7Sp1 = new("Windows 7 SP1", 6, 1, 7601, Wdm.NTDDI_WIN7, servicePackMajor: 1);

    /// <summary>Windows 8: version 6.2, build 9200, NTDDI_WIN8.</summary>
    public static readonly WindowsVersion Windows8 = new("Windows 8", 6, 2, 9200, Wdm.NTDDI_WIN8);

    /// <summary>Windows 8.1: version 6.3, build 9600, NTDDI_WINBLUE.</summary>
    public static readonly WindowsVersion Windows81 = new("Windows 8.1", 6, 3, 9600, Wdm.NTDDI_WINBLUE);

    /// <summary>Windows 10 1507: version 10.0, build 10240, NTDDI_WIN10.</summary>
    public static readonly WindowsVersion Windows10_1507 = new("Windows 10 1507", 10, 0, 10240, Wdm.NTDDI_WIN10);

    /// <summary>Windows 10 1511: version 10.0, build 10586, NTDDI_WIN10_TH2.</summary>
    public static readonly WindowsVersion Windows10_1511 = new("Windows 10 1511", 10, 0, 10586, Wdm.NTDDI_WIN10_TH2);

    /// <summary>Windows 10 1607: version 10.0, build 14393, NTDDI_WIN10_RS1.</summary>
    public static readonly WindowsVersion Windows10_1607 = new("Windows 10 1607", 10, 0, 14393, Wdm.NTDDI_WIN10_RS1);

    /// <summary>Windows 10 1703: version 10.0, build 15063, NTDDI_WIN10_RS2.</summary>
    public static readonly WindowsVersion Windows10_1703 = new("Windows 10 1703", 10, 0, 15063, Wdm.NTDDI_WIN10_RS2);

    /// <summary>Windows 10 1709: version 10.0, build 16299, NTDDI_WIN10_RS3.</summary>
    public static readonly WindowsVersion Windows10_1709 = new("Windows 10 1709", 10, 0, 16299, Wdm.NTDDI_WIN10_RS3);

    /// <summary>Windows 10 1803: version 10.0, build 17134, NTDDI_WIN10_RS4.</summary>
    public static readonly WindowsVersion Windows10_1803 = new("Windows 10 1803", 10, 0, 17134, Wdm.NTDDI_WIN10_RS4);

    /// <summary>Windows 10 1809: version 10.0, build 17763, NTDDI_WIN10_RS5.</summary>
    public static readonly WindowsVersion Windows10_1809 = new("Windows 10 1809", 10, 0, 17763, Wdm.NTDDI_WIN10_RS5);

    /// <summary>Windows 10 1903: version 10.0, build 18362, NTDDI_WIN10_19H1.</summary>
    public static readonly WindowsVersion Windows10_1903 = new("Windows 10 1903", 10, 0, 18362, Wdm.NTDDI_WIN10_19H1);

    /// <summary>Windows 10 1909: version 10.0, build 18363, NTDDI_WIN10_19H1.</summary>
    public static readonly WindowsVersion Windows10_1909 = new("Windows 10 1909", 10, 0, 18363, Wdm.NTDDI_WIN10_19H1);

    /// <summary>Windows 10 2004: version 10.0, build 19041, NTDDI_WIN10_VB.</summary>
    public static readonly WindowsVersion Windows10_2004 = new("Windows 10 2004", 10, 0, 19041, Wdm.NTDDI_WIN10_VB);

    /// <summary>Windows 10 20H2: version 10.0, build 19042, NTDDI_WIN10_VB.</summary>
    public static readonly WindowsVersion Windows10_20H2 = new("Windows 10 20H2", 10, 0, 19042, Wdm.NTDDI_WIN10_VB);

    /// <summary>Windows 10 21H1: version 10.0, build 19043, NTDDI_WIN10_VB.</summary>
    public static readonly WindowsVersion Windows10_21H1 = new("Windows 10 21H1", 10, 0, 19043, Wdm.NTDDI_WIN10_VB);

    /// <summary>Windows 10 21H2: version 10.0, build 19044, NTDDI_WIN10_VB.</summary>
    public static readonly WindowsVersion Windows10_21H2 = new("Windows 10 21H2", 10, 0, 19044, Wdm.NTDDI_WIN10_VB);

    /// <summary>Windows 10 22H2: version 10.0, build 19045, NTDDI_WIN10_VB.</summary>
    public static readonly WindowsVersion Windows10_22H2 = new("Windows 10 22H2", 10, 0, 19045, Wdm.NTDDI_WIN10_VB);

    /// <summary>Windows 11 21H2: version 10.0, build 22000, NTDDI_WIN10_CO.</summary>
    public static readonly WindowsVersion Windows11_21H2 = new("Windows 11 21H2", 10, 0, 22000, Wdm.NTDDI_WIN10_CO);

    /// <summary>Windows 11 22H2: version 10.0, build 22621, NTDDI_WIN10_NI.</summary>
    public static readonly WindowsVersion Windows11_22H2 = new("Windows 11 22H2", 10, 0, 22621, Wdm.NTDDI_WIN10_NI);

    /// <summary>Windows 11 23H2: version 10.0, build 22631, NTDDI_WIN10_NI.</summary>
    public static readonly WindowsVersion Windows11_23H2 = new("Windows 11 23H2", 10, 0, 22631, Wdm.NTDDI_WIN10_NI);

    /// <summary>Windows 11 24H2: version 10.0, build 26100, NTDDI_WIN10_GE.</summary>
    public static readonly WindowsVersion Windows11_24H2 = new("Windows 11 24H2", 10, 0, 26100, Wdm.NTDDI_WIN10_GE);

    private WindowsVersion(string name, uint major, uint minor, uint build, uint ntddi, ushort servicePackMajor = 0)
    {
        Name = name;
        Major = major;
        Minor = minor;
        Build = build;
        ServicePackMajor = servicePackMajor;

        // NTDDI_VERSION is 0xMMmmSSVV: OS version, service pack, subversion (sdkddkver.h).
        NtDdiVersion = ntddi | ((uint)servicePackMajor << 8);
        s_all.Add(this);
    }

    /// <summary>The newest release NtSim knows, a machine's version unless its options say otherwise.</summary>
    public static WindowsVersion Newest => Windows11_24H2;

    /// <summary>Every release NtSim knows, oldest first.</summary>
    public static IReadOnlyList<WindowsVersion> All => s_all;

    /// <summary>The release as Microsoft names it ("Windows 10 1909").</summary>
    public string Name { get; }

    /// <summary>dwMajorVersion: 6 up to Windows 8.1, 10 since Windows 10 (Windows 11 included).</summary>
    public uint Major { get; }

    /// <summary>dwMinorVersion.</summary>
    public uint Minor { get; }

    /// <summary>dwBuildNumber.</summary>
    public uint Build { get; }

    /// <summary>wServicePackMajor (1 for Windows 7 SP1; 0 since Windows 8).</summary>
    public ushort ServicePackMajor { get; }

    /// <summary>The release's NTDDI_VERSION value, service pack included (0x06010100 for Windows 7 SP1).</summary>
    public uint NtDdiVersion { get; }

    /// <summary>szCSDVersion: "Service Pack 1", or empty.</summary>
    public string ServicePackName => ServicePackMajor == 0 ? string.Empty : $"Service Pack {ServicePackMajor}";

    /// <summary><paramref name="left"/> shipped before <paramref name="right"/>.</summary>
    public static bool operator <(WindowsVersion left, WindowsVersion right) => left.CompareTo(right) < 0;

    /// <summary><paramref name="left"/> shipped after <paramref name="right"/>.</summary>
    public static bool operator >(WindowsVersion left, WindowsVersion right) => left.CompareTo(right) > 0;

    /// <summary><paramref name="left"/> shipped before <paramref name="right"/> or is the same release.</summary>
    public static bool operator <=(WindowsVersion left, WindowsVersion right) => left.CompareTo(right) <= 0;

    /// <summary><paramref name="left"/> shipped after <paramref name="right"/> or is the same release.</summary>
    public static bool operator >=(WindowsVersion left, WindowsVersion right) => left.CompareTo(right) >= 0;

    /// <summary>Releases in the order they shipped (by build number, which grows with each release).</summary>
    public int CompareTo(WindowsVersion? other) => other is null ? 1 : Build.CompareTo(other.Build);

    /// <summary>"Windows 10 22H2 (10.0.19045)".</summary>
    public override string ToString() => $"{Name} ({Major}.{Minor}.{Build})";
}
