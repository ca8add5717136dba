using System.Runtime.InteropServices;

namespace NtSim;

/// <summary>OSVERSIONINFOW (winnt.h): what GetVersionExW reports; the same structure as the kernel's
/// RTL_OSVERSIONINFOW. Set <see cref="dwOSVersionInfoSize"/> to <see cref="SizeOf"/> before the call.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct OSVERSIONINFOW
{
    /// <summary>sizeof(OSVERSIONINFOW).</summary>
    public const int SizeOf = RTL_OSVERSIONINFOW.SizeOf;

    /// <summary>The structure's size in bytes; set it to SizeOf before the call.</summary>
    public uint dwOSVersionInfoSize;
    /// <summary>The major version (10 for Windows 10 and 11).</summary>
    public uint dwMajorVersion;
    /// <summary>The minor version.</summary>
    public uint dwMinorVersion;
    /// <summary>The build number (19045, 22631, ...).</summary>
    public uint dwBuildNumber;
    /// <summary>VER_PLATFORM_WIN32_NT (2).</summary>
    public uint dwPlatformId;
    /// <summary>The latest service pack installed ("Service Pack 1"), or empty.</summary>
    public CSD_VERSION szCSDVersion;
}

/// <summary>OSVERSIONINFOEXW (winnt.h): OSVERSIONINFOW with the service pack, suite and product type; what
/// VerifyVersionInfoW compares. The same structure as the kernel's RTL_OSVERSIONINFOEXW.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct OSVERSIONINFOEXW
{
    /// <summary>sizeof(OSVERSIONINFOEXW).</summary>
    public const int SizeOf = RTL_OSVERSIONINFOEXW.SizeOf;

    /// <summary>The structure's size in bytes; set it to SizeOf before the call.</summary>
    public uint dwOSVersionInfoSize;
    /// <summary>The major version (10 for Windows 10 and 11).</summary>
    public uint dwMajorVersion;
    /// <summary>The minor version.</summary>
    public uint dwMinorVersion;
    /// <summary>The build number (19045, 22631, ...).</summary>
    public uint dwBuildNumber;
    /// <summary>VER_PLATFORM_WIN32_NT (2).</summary>
    public uint dwPlatformId;
    /// <summary>The latest service pack installed ("Service Pack 1"), or empty.</summary>
    public CSD_VERSION szCSDVersion;
    /// <summary>The major number of the latest service pack installed.</summary>
    public ushort wServicePackMajor;
    /// <summary>The minor number of the latest service pack installed.</summary>
    public ushort wServicePackMinor;
    /// <summary>VER_SUITE_* bits: the product suites available.</summary>
    public ushort wSuiteMask;
    /// <summary>VER_NT_WORKSTATION (1), VER_NT_DOMAIN_CONTROLLER (2) or VER_NT_SERVER (3).</summary>
    public byte wProductType;
    /// <summary>Reserved.</summary>
    public byte wReserved;
}
