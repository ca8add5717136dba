using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Win32
{
    // The application is taken as manifested for the machine's release: GetVersionEx and VerifyVersionInfo
    // report the truth. (Windows reports 6.2, Windows 8, to an application without a compatibility manifest
    // on Windows 8.1 and later; NtSim does not model manifests.)

    /// <summary>GetVersionExW: the release's version numbers and service pack string. FALSE with
    /// ERROR_INSUFFICIENT_BUFFER when dwOSVersionInfoSize is not sizeof(OSVERSIONINFOW).</summary>
    public static bool GetVersionExW(ref OSVERSIONINFOW lpVersionInformation)
    {
        var thread = Current(out _);
        if (lpVersionInformation.dwOSVersionInfoSize != OSVERSIONINFOW.SizeOf)
        {
            thread.Win32State.LastError = Win32Error.ERROR_INSUFFICIENT_BUFFER;
            return false;
        }

        var info = default(RTL_OSVERSIONINFOEXW);
        OsVersionInfo.Fill(thread.Machine.Options.WindowsVersion, ref info, extended: false);
        info.dwOSVersionInfoSize = lpVersionInformation.dwOSVersionInfoSize;
        lpVersionInformation = Unsafe.As<RTL_OSVERSIONINFOEXW, OSVERSIONINFOW>(ref info);
        return true;
    }

    /// <summary>GetVersionExW with an OSVERSIONINFOEXW: every member with sizeof(OSVERSIONINFOEXW), the shared
    /// ones with sizeof(OSVERSIONINFOW); another size is FALSE with ERROR_INSUFFICIENT_BUFFER.</summary>
    public static bool GetVersionExW(ref OSVERSIONINFOEXW lpVersionInformation)
    {
        var thread = Current(out _);
        var size = lpVersionInformation.dwOSVersionInfoSize;
        if (size is not (OSVERSIONINFOW.SizeOf or OSVERSIONINFOEXW.SizeOf))
        {
            thread.Win32State.LastError = Win32Error.ERROR_INSUFFICIENT_BUFFER;
            return false;
        }

        OsVersionInfo.Fill(thread.Machine.Options.WindowsVersion, ref Unsafe.As<OSVERSIONINFOEXW, RTL_OSVERSIONINFOEXW>(ref lpVersionInformation),
            extended: size == OSVERSIONINFOEXW.SizeOf);
        return true;
    }

    /// <summary>VerifyVersionInfoW: TRUE if the release meets every condition (RtlVerifyVersionInfo's rules;
    /// build the mask with Wdm.VER_SET_CONDITION); FALSE with ERROR_OLD_WIN_VERSION if one fails, FALSE with
    /// ERROR_BAD_ARGUMENTS for a bad mask.</summary>
    public static bool VerifyVersionInfoW(ref OSVERSIONINFOEXW lpVersionInformation, uint dwTypeMask, ulong dwlConditionMask)
    {
        var thread = Current(out _);
        var status = OsVersionInfo.Verify(thread.Machine.Options.WindowsVersion,
            Unsafe.As<OSVERSIONINFOEXW, RTL_OSVERSIONINFOEXW>(ref lpVersionInformation), dwTypeMask, dwlConditionMask);
        if (status == Wdm.STATUS_SUCCESS)
        {
            return true;
        }

        thread.Win32State.LastError = status == Wdm.STATUS_REVISION_MISMATCH ? Win32Error.ERROR_OLD_WIN_VERSION : Win32Error.ERROR_BAD_ARGUMENTS;
        return false;
    }
}
