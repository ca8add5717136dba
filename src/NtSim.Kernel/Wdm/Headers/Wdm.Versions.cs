namespace NtSim;

// sdkddkver.h (NTDDI_*, _WIN32_WINNT_*) and the version-information constants of wdm.h/ntddk.h
// (VER_*, WDM_MAJORVERSION): "Writing drivers for different versions of Windows".
public static partial class Wdm
{
    // NTDDI_VERSION values: 0xMMmmSSVV (OS major and minor, service pack, subversion).
    public const uint NTDDI_WIN2K = 0x05000000;
    public const uint NTDDI_WINXP = 0x05010000;
    public const uint NTDDI_WINXPSP1 = 0x05010100;
    public const uint NTDDI_WINXPSP2 = 0x05010200;
    public const uint NTDDI_WINXPSP3 = 0x05010300;
    public const uint NTDDI_WS03 = 0x05020000;
    public const uint NTDDI_WS03SP1 = 0x05020100;
    public const uint NTDDI_WS03SP2 = 0x05020200;
    public const uint NTDDI_VISTA = 0x06000000;
    public const uint NTDDI_VISTASP1 = 0x06000100;
    public const uint NTDDI_VISTASP2 = 0x06000200;
    public const uint NTDDI_WS08 = 0x06000100;
    public const uint NTDDI_WS08SP2 = 0x06000200;
    public const uint NTDDI_WIN7 = 0x06010000;
    public const uint NTDDI_WIN8 = 0x06020000;
    public const uint NTDDI_WINBLUE = 0x06030000;
    public const uint NTDDI_WINTHRESHOLD = 0x0A000000;
    public const uint NTDDI_WIN10 = 0x0A000000;
    public const uint NTDDI_WIN10_TH2 = 0x0A000001;
    public const uint NTDDI_WIN10_RS1 = 0x0A000002;
    public const uint NTDDI_WIN10_RS2 = 0x0A000003;
    public const uint NTDDI_WIN10_RS3 = 0x0A000004;
    public const uint NTDDI_WIN10_RS4 = 0x0A000005;
    public const uint NTDDI_WIN10_RS5 = 0x0A000006;
    public const uint NTDDI_WIN10_19H1 = 0x0A000007;
    public const uint NTDDI_WIN10_VB = 0x0A000008;
    public const uint NTDDI_WIN10_MN = 0x0A000009;
    public const uint NTDDI_WIN10_FE = 0x0A00000A;
    public const uint NTDDI_WIN10_CO = 0x0A00000B;
    public const uint NTDDI_WIN10_NI = 0x0A00000C;
    public const uint NTDDI_WIN10_CU = 0x0A00000D;
    public const uint NTDDI_WIN11_ZN = 0x0A00000E;
    public const uint NTDDI_WIN11_GA = 0x0A00000F;
    public const uint NTDDI_WIN11_GE = 0x0A000010;
    public const uint NTDDI_WIN10_GE = NTDDI_WIN11_GE;

    public const uint OSVERSION_MASK = 0xFFFF0000;
    public const uint SPVERSION_MASK = 0x0000FF00;
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
    public const uint _WIN32_WINNT_WIN2K = 0x0500;
    public const uint _WIN32_WINNT_WINXP = 0x0501;
    public const uint _WIN32_WINNT_WS03 = 0x0502;
    public const uint _WIN32_WINNT_VISTA = 0x0600;
    public const uint _WIN32_WINNT_WS08 = 0x0600;
    public const uint _WIN32_WINNT_WIN7 = 0x0601;
    public const uint _WIN32_WINNT_WIN8 = 0x0602;
    public const uint _WIN32_WINNT_WINBLUE = 0x0603;
    public const uint _WIN32_WINNT_WINTHRESHOLD = 0x0A00;
    public const uint _WIN32_WINNT_WIN10 = 0x0A00;

    // The WDM version of wdm.h, which IoIsWdmVersionAvailable compares with: 6.00 since Windows Vista
    // (the IoIsWdmVersionAvailable page lists 6.00 up to Windows 7; later wdm.h headers keep 6.00).
    public const byte WDM_MAJORVERSION = 0x06;
    public const byte WDM_MINORVERSION = 0x00;

    // RtlVerifyVersionInfo's TypeMask bits (the member of RTL_OSVERSIONINFOEXW compared).
    public const uint VER_MINORVERSION = 0x0000001;
    public const uint VER_MAJORVERSION = 0x0000002;
    public const uint VER_BUILDNUMBER = 0x0000004;
    public const uint VER_PLATFORMID = 0x0000008;
    public const uint VER_SERVICEPACKMINOR = 0x0000010;
    public const uint VER_SERVICEPACKMAJOR = 0x0000020;
    public const uint VER_SUITENAME = 0x0000040;
    public const uint VER_PRODUCT_TYPE = 0x0000080;

    // Comparison types of VER_SET_CONDITION (VER_AND and VER_OR for VER_SUITENAME only).
    public const byte VER_EQUAL = 1;
    public const byte VER_GREATER = 2;
    public const byte VER_GREATER_EQUAL = 3;
    public const byte VER_LESS = 4;
    public const byte VER_LESS_EQUAL = 5;
    public const byte VER_AND = 6;
    public const byte VER_OR = 7;

    public const byte VER_CONDITION_MASK = 7;
    public const int VER_NUM_BITS_PER_CONDITION_MASK = 3;

    /// <summary>dwPlatformId of every NT-based Windows.</summary>
    public const uint VER_PLATFORM_WIN32_NT = 2;

    // wProductType.
    public const byte VER_NT_WORKSTATION = 0x1;
    public const byte VER_NT_DOMAIN_CONTROLLER = 0x2;
    public const byte VER_NT_SERVER = 0x3;

    // wSuiteMask bits.
    public const ushort VER_SUITE_SMALLBUSINESS = 0x0001;
    public const ushort VER_SUITE_ENTERPRISE = 0x0002;
    public const ushort VER_SUITE_BACKOFFICE = 0x0004;
    public const ushort VER_SUITE_TERMINAL = 0x0010;
    public const ushort VER_SUITE_SMALLBUSINESS_RESTRICTED = 0x0020;
    public const ushort VER_SUITE_EMBEDDEDNT = 0x0040;
    public const ushort VER_SUITE_DATACENTER = 0x0080;
    public const ushort VER_SUITE_SINGLEUSERTS = 0x0100;
    public const ushort VER_SUITE_PERSONAL = 0x0200;
    public const ushort VER_SUITE_BLADE = 0x0400;
}
