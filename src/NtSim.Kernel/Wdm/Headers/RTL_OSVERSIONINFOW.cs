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

    public uint dwOSVersionInfoSize;
    public uint dwMajorVersion;
    public uint dwMinorVersion;
    public uint dwBuildNumber;
    public uint dwPlatformId;
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

    public uint dwOSVersionInfoSize;
    public uint dwMajorVersion;
    public uint dwMinorVersion;
    public uint dwBuildNumber;
    public uint dwPlatformId;
    public CSD_VERSION szCSDVersion;
    public ushort wServicePackMajor;
    public ushort wServicePackMinor;
    public ushort wSuiteMask;
    public byte wProductType;
    public byte wReserved;
}
