using System.Runtime.InteropServices;

namespace NtSim;

/// <summary>OSVERSIONINFOW (winnt.h): what GetVersionExW reports; the same structure as the kernel's
/// RTL_OSVERSIONINFOW. Set <see cref="dwOSVersionInfoSize"/> to <see cref="SizeOf"/> before the call.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct OSVERSIONINFOW
{
    /// <summary>sizeof(OSVERSIONINFOW).</summary>
    public const int SizeOf = RTL_OSVERSIONINFOW.SizeOf;

    public uint dwOSVersionInfoSize;
    public uint dwMajorVersion;
    public uint dwMinorVersion;
    public uint dwBuildNumber;
    public uint dwPlatformId;
    public CSD_VERSION szCSDVersion;
}

/// <summary>OSVERSIONINFOEXW (winnt.h): OSVERSIONINFOW with the service pack, suite and product type; what
/// VerifyVersionInfoW compares. The same structure as the kernel's RTL_OSVERSIONINFOEXW.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct OSVERSIONINFOEXW
{
    /// <summary>sizeof(OSVERSIONINFOEXW).</summary>
    public const int SizeOf = RTL_OSVERSIONINFOEXW.SizeOf;

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
