namespace NtSim;

// sdkddkver.h (NTDDI_*, _WIN32_WINNT_*) and the version-information constants of wdm.h/ntddk.h
// (VER_*, WDM_MAJORVERSION): "Writing drivers for different versions of Windows".
public static partial class Wdm
{
    // NTDDI_VERSION values: 0xMMmmSSVV (OS major and minor, service pack, subversion).
    /// <summary>NTDDI_VERSION of Windows 2000 (0x05000000).</summary>
    public const uint NTDDI_WIN2K = 0x05000000;
    /// <summary>NTDDI_VERSION of Windows XP (0x05010000).</summary>
    public const uint NTDDI_WINXP = 0x05010000;
    /// <summary>NTDDI_VERSION of Windows XP SP1 (0x05010100).</summary>
    public const uint NTDDI_WINXPSP1 = 0x05010100;
    /// <summary>NTDDI_VERSION of Windows XP SP2 (0x05010200).</summary>
    public const uint NTDDI_WINXPSP2 = 0x05010200;
    /// <summary>NTDDI_VERSION of Windows XP SP3 (0x05010300).</summary>
    public const uint NTDDI_WINXPSP3 = 0x05010300;
    /// <summary>NTDDI_VERSION of Windows Server 2003 (0x05020000).</summary>
    public const uint NTDDI_WS03 = 0x05020000;
    /// <summary>NTDDI_VERSION of Windows Server 2003 SP1 (0x05020100).</summary>
    public const uint NTDDI_WS03SP1 = 0x05020100;
    /// <summary>NTDDI_VERSION of Windows Server 2003 SP2 (0x05020200).</summary>
    public const uint NTDDI_WS03SP2 = 0x05020200;
    /// <summary>NTDDI_VERSION of Windows Vista (0x06000000).</summary>
    public const uint NTDDI_VISTA = 0x06000000;
    /// <summary>NTDDI_VERSION of Windows Vista SP1 (0x06000100).</summary>
    public const uint NTDDI_VISTASP1 = 0x06000100;
    /// <summary>NTDDI_VERSION of Windows Vista SP2 (0x06000200).</summary>
    public const uint NTDDI_VISTASP2 = 0x06000200;
    /// <summary>NTDDI_VERSION of Windows Server 2008 (0x06000100, the same as Vista SP1).</summary>
    public const uint NTDDI_WS08 = 0x06000100;
    /// <summary>NTDDI_VERSION of Windows Server 2008 SP2 (0x06000200).</summary>
    public const uint NTDDI_WS08SP2 = 0x06000200;
    /// <summary>NTDDI_VERSION of Windows 7 (0x06010000).</summary>
    public const uint NTDDI_WIN7 = 0x06010000;
    /// <summary>NTDDI_VERSION of Windows 8 (0x06020000).</summary>
    public const uint NTDDI_WIN8 = 0x06020000;
    /// <summary>NTDDI_VERSION of Windows 8.1 (0x06030000).</summary>
    public const uint NTDDI_WINBLUE = 0x06030000;
    /// <summary>NTDDI_VERSION of Windows 10 "Threshold" (0x0A000000, the same as NTDDI_WIN10).</summary>
    public const uint NTDDI_WINTHRESHOLD = 0x0A000000;
    /// <summary>NTDDI_VERSION of Windows 10, version 1507 (0x0A000000).</summary>
    public const uint NTDDI_WIN10 = 0x0A000000;
    /// <summary>NTDDI_VERSION of Windows 10, version 1511 (0x0A000001).</summary>
    public const uint NTDDI_WIN10_TH2 = 0x0A000001;
    /// <summary>NTDDI_VERSION of Windows 10, version 1607 (0x0A000002).</summary>
    public const uint NTDDI_WIN10_RS1 = 0x0A000002;
    /// <summary>NTDDI_VERSION of Windows 10, version 1703 (0x0A000003).</summary>
    public const uint NTDDI_WIN10_RS2 = 0x0A000003;
    /// <summary>NTDDI_VERSION of Windows 10, version 1709 (0x0A000004).</summary>
    public const uint NTDDI_WIN10_RS3 = 0x0A000004;
    /// <summary>NTDDI_VERSION of Windows 10, version 1803 (0x0A000005).</summary>
    public const uint NTDDI_WIN10_RS4 = 0x0A000005;
    /// <summary>NTDDI_VERSION of Windows 10, version 1809 (0x0A000006).</summary>
    public const uint NTDDI_WIN10_RS5 = 0x0A000006;
    /// <summary>NTDDI_VERSION of Windows 10, version 1903 (0x0A000007).</summary>
    public const uint NTDDI_WIN10_19H1 = 0x0A000007;
    /// <summary>NTDDI_VERSION of Windows 10, version 2004 (0x0A000008).</summary>
    public const uint NTDDI_WIN10_VB = 0x0A000008;
    /// <summary>NTDDI_VERSION of the Windows 10 "Manganese" release (0x0A000009).</summary>
    public const uint NTDDI_WIN10_MN = 0x0A000009;
    /// <summary>NTDDI_VERSION of the "Iron" release, Windows Server 2022 (0x0A00000A).</summary>
    public const uint NTDDI_WIN10_FE = 0x0A00000A;
    /// <summary>NTDDI_VERSION of the "Cobalt" release, Windows 11 version 21H2 (0x0A00000B).</summary>
    public const uint NTDDI_WIN10_CO = 0x0A00000B;
    /// <summary>NTDDI_VERSION of the "Nickel" release, Windows 11 version 22H2 (0x0A00000C).</summary>
    public const uint NTDDI_WIN10_NI = 0x0A00000C;
    /// <summary>NTDDI_VERSION of the "Copper" release (0x0A00000D).</summary>
    public const uint NTDDI_WIN10_CU = 0x0A00000D;
    /// <summary>NTDDI_VERSION of the Windows 11 "Zinc" release (0x0A00000E).</summary>
    public const uint NTDDI_WIN11_ZN = 0x0A00000E;
    /// <summary>NTDDI_VERSION of the Windows 11 "Gallium" release (0x0A00000F).</summary>
    public const uint NTDDI_WIN11_GA = 0x0A00000F;
    /// <summary>NTDDI_VERSION of the Windows 11 "Germanium" release, version 24H2 (0x0A000010).</summary>
    public const uint NTDDI_WIN11_GE = 0x0A000010;
    /// <summary>The older name of NTDDI_WIN11_GE.</summary>
    public const uint NTDDI_WIN10_GE = NTDDI_WIN11_GE;

    /// <summary>The OS major and minor version bits of an NTDDI value (0xFFFF0000).</summary>
    public const uint OSVERSION_MASK = 0xFFFF0000;
    /// <summary>The service pack bits of an NTDDI value (0x0000FF00).</summary>
    public const uint SPVERSION_MASK = 0x0000FF00;
    /// <summary>The subversion bits of an NTDDI value (0x000000FF).</summary>
    public const uint SUBVERSION_MASK = 0x000000FF;

    /// <summary>OSVER: the OS part of an NTDDI value.</summary>
    public static uint OSVER(uint Version) => Version & OSVERSION_MASK;

    /// <summary>SPVER: the service pack of an NTDDI value.</summary>
    public static uint SPVER(uint Version) => (Version & SPVERSION_MASK) >> 8;

    /// <summary>SUBVER: the subversion of an NTDDI value.</summary>
    public static uint SUBVER(uint Version) => Version & SUBVERSION_MASK;

    /// <summary>NTDDI_VERSION_FROM_WIN32_WINNT: the NTDDI value of a _WIN32_WINNT value.</summary>
    public static uint NTDDI_VERSION_FROM_WIN32_WINNT(uint Version) => Version << 16;

    // _WIN32_WINNT values.
    /// <summary>_WIN32_WINNT of Windows 2000 (0x0500).</summary>
    public const uint _WIN32_WINNT_WIN2K = 0x0500;
    /// <summary>_WIN32_WINNT of Windows XP (0x0501).</summary>
    public const uint _WIN32_WINNT_WINXP = 0x0501;
    /// <summary>_WIN32_WINNT of Windows Server 2003 (0x0502).</summary>
    public const uint _WIN32_WINNT_WS03 = 0x0502;
    /// <summary>_WIN32_WINNT of Windows Vista (0x0600).</summary>
    public const uint _WIN32_WINNT_VISTA = 0x0600;
    /// <summary>_WIN32_WINNT of Windows Server 2008 (0x0600).</summary>
    public const uint _WIN32_WINNT_WS08 = 0x0600;
    /// <summary>_WIN32_WINNT of Windows 7 (0x0601).</summary>
    public const uint _WIN32_WINNT_WIN7 = 0x0601;
    /// <summary>_WIN32_WINNT of Windows 8 (0x0602).</summary>
    public const uint _WIN32_WINNT_WIN8 = 0x0602;
    /// <summary>_WIN32_WINNT of Windows 8.1 (0x0603).</summary>
    public const uint _WIN32_WINNT_WINBLUE = 0x0603;
    /// <summary>_WIN32_WINNT of Windows 10 "Threshold" (0x0A00).</summary>
    public const uint _WIN32_WINNT_WINTHRESHOLD = 0x0A00;
    /// <summary>_WIN32_WINNT of Windows 10 and later (0x0A00).</summary>
    public const uint _WIN32_WINNT_WIN10 = 0x0A00;

    // The WDM version of wdm.h, which IoIsWdmVersionAvailable compares with: 6.00 since Windows Vista
    // (the IoIsWdmVersionAvailable page lists 6.00 up to Windows 7; later wdm.h headers keep 6.00).
    /// <summary>The major WDM version of these headers (6); IoIsWdmVersionAvailable compares with it.</summary>
    public const byte WDM_MAJORVERSION = 0x06;
    /// <summary>The minor WDM version of these headers (0x00); IoIsWdmVersionAvailable compares with it.</summary>
    public const byte WDM_MINORVERSION = 0x00;

    // RtlVerifyVersionInfo's TypeMask bits (the member of RTL_OSVERSIONINFOEXW compared).
    /// <summary>RtlVerifyVersionInfo TypeMask bit 0x0000001: compare dwMinorVersion.</summary>
    public const uint VER_MINORVERSION = 0x0000001;
    /// <summary>RtlVerifyVersionInfo TypeMask bit 0x0000002: compare dwMajorVersion.</summary>
    public const uint VER_MAJORVERSION = 0x0000002;
    /// <summary>RtlVerifyVersionInfo TypeMask bit 0x0000004: compare dwBuildNumber.</summary>
    public const uint VER_BUILDNUMBER = 0x0000004;
    /// <summary>RtlVerifyVersionInfo TypeMask bit 0x0000008: compare dwPlatformId.</summary>
    public const uint VER_PLATFORMID = 0x0000008;
    /// <summary>RtlVerifyVersionInfo TypeMask bit 0x0000010: compare wServicePackMinor.</summary>
    public const uint VER_SERVICEPACKMINOR = 0x0000010;
    /// <summary>RtlVerifyVersionInfo TypeMask bit 0x0000020: compare wServicePackMajor.</summary>
    public const uint VER_SERVICEPACKMAJOR = 0x0000020;
    /// <summary>RtlVerifyVersionInfo TypeMask bit 0x0000040: compare wSuiteMask.</summary>
    public const uint VER_SUITENAME = 0x0000040;
    /// <summary>RtlVerifyVersionInfo TypeMask bit 0x0000080: compare wProductType.</summary>
    public const uint VER_PRODUCT_TYPE = 0x0000080;

    // Comparison types of VER_SET_CONDITION (VER_AND and VER_OR for VER_SUITENAME only).
    /// <summary>VER_SET_CONDITION comparison 1: the values must be equal.</summary>
    public const byte VER_EQUAL = 1;
    /// <summary>VER_SET_CONDITION comparison 2: the current value must be greater.</summary>
    public const byte VER_GREATER = 2;
    /// <summary>VER_SET_CONDITION comparison 3: the current value must be greater or equal.</summary>
    public const byte VER_GREATER_EQUAL = 3;
    /// <summary>VER_SET_CONDITION comparison 4: the current value must be less.</summary>
    public const byte VER_LESS = 4;
    /// <summary>VER_SET_CONDITION comparison 5: the current value must be less or equal.</summary>
    public const byte VER_LESS_EQUAL = 5;
    /// <summary>VER_SET_CONDITION comparison 6, for VER_SUITENAME only: all the suites given must be present.</summary>
    public const byte VER_AND = 6;
    /// <summary>VER_SET_CONDITION comparison 7, for VER_SUITENAME only: at least one of the suites given must be present.</summary>
    public const byte VER_OR = 7;

    /// <summary>The bits one condition takes in a condition mask (7).</summary>
    public const byte VER_CONDITION_MASK = 7;
    /// <summary>The number of bits one condition takes in a condition mask (3).</summary>
    public const int VER_NUM_BITS_PER_CONDITION_MASK = 3;

    /// <summary>dwPlatformId of every NT-based Windows.</summary>
    public const uint VER_PLATFORM_WIN32_NT = 2;

    // wProductType.
    /// <summary>wProductType 1: a workstation (client) edition.</summary>
    public const byte VER_NT_WORKSTATION = 0x1;
    /// <summary>wProductType 2: a domain controller.</summary>
    public const byte VER_NT_DOMAIN_CONTROLLER = 0x2;
    /// <summary>wProductType 3: a server that is not a domain controller.</summary>
    public const byte VER_NT_SERVER = 0x3;

    // wSuiteMask bits.
    /// <summary>wSuiteMask bit 0x0001: Small Business Server was once installed.</summary>
    public const ushort VER_SUITE_SMALLBUSINESS = 0x0001;
    /// <summary>wSuiteMask bit 0x0002: an Enterprise (or Advanced Server) edition.</summary>
    public const ushort VER_SUITE_ENTERPRISE = 0x0002;
    /// <summary>wSuiteMask bit 0x0004: Microsoft BackOffice components are installed.</summary>
    public const ushort VER_SUITE_BACKOFFICE = 0x0004;
    /// <summary>wSuiteMask bit 0x0010: Terminal Services is installed.</summary>
    public const ushort VER_SUITE_TERMINAL = 0x0010;
    /// <summary>wSuiteMask bit 0x0020: Small Business Server with its restrictive client license.</summary>
    public const ushort VER_SUITE_SMALLBUSINESS_RESTRICTED = 0x0020;
    /// <summary>wSuiteMask bit 0x0040: Windows Embedded.</summary>
    public const ushort VER_SUITE_EMBEDDEDNT = 0x0040;
    /// <summary>wSuiteMask bit 0x0080: a Datacenter edition.</summary>
    public const ushort VER_SUITE_DATACENTER = 0x0080;
    /// <summary>wSuiteMask bit 0x0100: Remote Desktop supports one interactive session only.</summary>
    public const ushort VER_SUITE_SINGLEUSERTS = 0x0100;
    /// <summary>wSuiteMask bit 0x0200: a Home edition.</summary>
    public const ushort VER_SUITE_PERSONAL = 0x0200;
    /// <summary>wSuiteMask bit 0x0400: a Web Edition server.</summary>
    public const ushort VER_SUITE_BLADE = 0x0400;
}
