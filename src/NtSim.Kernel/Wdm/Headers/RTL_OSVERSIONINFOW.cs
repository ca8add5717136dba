using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NtSim;

/// <summary>WCHAR szCSDVersion[128]: the service pack string of an OS version structure.</summary>
[InlineArray(128)]
public struct CSD_VERSION
{
    private char _element0;

    /// <summary>The NUL-terminated text.</summary>
    public override readonly string ToString()
    {
        ReadOnlySpan<char> chars = this;
        var end = chars.IndexOf('\0');
        return new string(end < 0 ? chars : chars[..end]);
    }
}

/// <summary>
/// RTL_OSVERSIONINFOW (OSVERSIONINFOW): what RtlGetVersion reports. Set <see cref="dwOSVersionInfoSize"/>
/// to <see cref="SizeOf"/> (sizeof(RTL_OSVERSIONINFOW)) before the call.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct RTL_OSVERSIONINFOW
{
    /// <summary>sizeof(RTL_OSVERSIONINFOW): 5 ULONGs and 128 WCHARs.</summary>
    public const int SizeOf = 276;

    /// <summary>The size of the structure, in bytes: set it to SizeOf before the call.</summary>
    public uint dwOSVersionInfoSize;
    /// <summary>The major version of the operating system (10 for Windows 10 and 11).</summary>
    public uint dwMajorVersion;
    /// <summary>The minor version of the operating system.</summary>
    public uint dwMinorVersion;
    /// <summary>The build number of the operating system.</summary>
    public uint dwBuildNumber;
    /// <summary>The platform: VER_PLATFORM_WIN32_NT.</summary>
    public uint dwPlatformId;
    /// <summary>The latest service pack installed, as text; empty if none.</summary>
    public CSD_VERSION szCSDVersion;
}

/// <summary>
/// RTL_OSVERSIONINFOEXW (OSVERSIONINFOEXW): RTL_OSVERSIONINFOW with the service pack numbers, suite and
/// product type; what RtlVerifyVersionInfo compares. Set <see cref="dwOSVersionInfoSize"/> to
/// <see cref="SizeOf"/> (sizeof(RTL_OSVERSIONINFOEXW)) before RtlGetVersion.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct RTL_OSVERSIONINFOEXW
{
    /// <summary>sizeof(RTL_OSVERSIONINFOEXW): RTL_OSVERSIONINFOW, 3 USHORTs and 2 UCHARs.</summary>
    public const int SizeOf = 284;

    /// <summary>The size of the structure, in bytes: set it to SizeOf before the call.</summary>
    public uint dwOSVersionInfoSize;
    /// <summary>The major version of the operating system (10 for Windows 10 and 11).</summary>
    public uint dwMajorVersion;
    /// <summary>The minor version of the operating system.</summary>
    public uint dwMinorVersion;
    /// <summary>The build number of the operating system.</summary>
    public uint dwBuildNumber;
    /// <summary>The platform: VER_PLATFORM_WIN32_NT.</summary>
    public uint dwPlatformId;
    /// <summary>The latest service pack installed, as text; empty if none.</summary>
    public CSD_VERSION szCSDVersion;
    /// <summary>The major number of the latest service pack installed (0 if none).</summary>
    public ushort wServicePackMajor;
    /// <summary>The minor number of the latest service pack installed.</summary>
    public ushort wServicePackMinor;
    /// <summary>The product suites available (VER_SUITE_* bits).</summary>
    public ushort wSuiteMask;
    /// <summary>The product type: VER_NT_WORKSTATION, VER_NT_DOMAIN_CONTROLLER or VER_NT_SERVER.</summary>
    public byte wProductType;
    /// <summary>Reserved.</summary>
    public byte wReserved;
}
