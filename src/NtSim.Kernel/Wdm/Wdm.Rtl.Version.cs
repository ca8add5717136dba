namespace NtSim;

public static partial class Wdm
{
    /// <summary>RtlGetVersion: the running release's major, minor and build numbers, platform and service pack
    /// string. dwOSVersionInfoSize must be sizeof(RTL_OSVERSIONINFOW): anything else is STATUS_INVALID_PARAMETER
    /// and the structure is left as it was. (An RTL_OSVERSIONINFOEXW goes to the other overload.)</summary>
    public static NTSTATUS RtlGetVersion(ref RTL_OSVERSIONINFOW lpVersionInformation)
    {
        var thread = DdiGate.Enter(DdiTable.RtlGetVersion);
        if (lpVersionInformation.dwOSVersionInfoSize != RTL_OSVERSIONINFOW.SizeOf)
        {
            // The kernel accepts only the two structure sizes; an EX size here would make it write the EX
            // members past this structure, which NtSim refuses rather than pretend.
            return STATUS_INVALID_PARAMETER;
        }

        var info = default(RTL_OSVERSIONINFOEXW);
        OsVersionInfo.Fill(thread.Machine.Options.WindowsVersion, ref info, extended: false);
        lpVersionInformation.dwMajorVersion = info.dwMajorVersion;
        lpVersionInformation.dwMinorVersion = info.dwMinorVersion;
        lpVersionInformation.dwBuildNumber = info.dwBuildNumber;
        lpVersionInformation.dwPlatformId = info.dwPlatformId;
        lpVersionInformation.szCSDVersion = info.szCSDVersion;
        return STATUS_SUCCESS;
    }

    /// <summary>RtlGetVersion with an RTL_OSVERSIONINFOEXW: dwOSVersionInfoSize says which structure the caller
    /// means. sizeof(RTL_OSVERSIONINFOEXW) fills every member; sizeof(RTL_OSVERSIONINFOW) only the members the
    /// two share; any other size is STATUS_INVALID_PARAMETER.</summary>
    public static NTSTATUS RtlGetVersion(ref RTL_OSVERSIONINFOEXW lpVersionInformation)
    {
        var thread = DdiGate.Enter(DdiTable.RtlGetVersion);
        var size = lpVersionInformation.dwOSVersionInfoSize;
        if (size is not (RTL_OSVERSIONINFOW.SizeOf or RTL_OSVERSIONINFOEXW.SizeOf))
        {
            return STATUS_INVALID_PARAMETER;
        }

        OsVersionInfo.Fill(thread.Machine.Options.WindowsVersion, ref lpVersionInformation, extended: size == RTL_OSVERSIONINFOEXW.SizeOf);
        return STATUS_SUCCESS;
    }

    /// <summary>RtlVerifyVersionInfo: compares the members <paramref name="TypeMask"/> names with the running
    /// release, each as <paramref name="ConditionMask"/> (built with VER_SET_CONDITION) says. STATUS_SUCCESS if
    /// all hold, STATUS_REVISION_MISMATCH if one does not, STATUS_INVALID_PARAMETER for a zero TypeMask or
    /// ConditionMask or a member without a valid condition.</summary>
    public static NTSTATUS RtlVerifyVersionInfo(in RTL_OSVERSIONINFOEXW VersionInfo, uint TypeMask, ulong ConditionMask)
    {
        var thread = DdiGate.Enter(DdiTable.RtlVerifyVersionInfo);
        return OsVersionInfo.Verify(thread.Machine.Options.WindowsVersion, VersionInfo, TypeMask, ConditionMask);
    }

    /// <summary>VerSetConditionMask: <paramref name="ConditionMask"/> with <paramref name="Condition"/> recorded
    /// for the member <paramref name="TypeMask"/> names. A pure function (no gate).</summary>
    public static ulong VerSetConditionMask(ulong ConditionMask, uint TypeMask, byte Condition) =>
        OsVersionInfo.SetConditionMask(ConditionMask, TypeMask, Condition);

    /// <summary>VER_SET_CONDITION (macro): <c>ConditionMask = VerSetConditionMask(ConditionMask, TypeBitMask, ComparisonType)</c>.</summary>
    public static void VER_SET_CONDITION(ref ulong ConditionMask, uint TypeBitMask, byte ComparisonType) =>
        ConditionMask = VerSetConditionMask(ConditionMask, TypeBitMask, ComparisonType);

    /// <summary>RtlIsNtDdiVersionAvailable: TRUE if the running release is <paramref name="Version"/> (an NTDDI_*
    /// value) or later.</summary>
    public static bool RtlIsNtDdiVersionAvailable(uint Version)
    {
        var thread = DdiGate.Enter(DdiTable.RtlIsNtDdiVersionAvailable);
        return OsVersionInfo.IsNtDdiVersionAvailable(thread.Machine.Options.WindowsVersion, Version);
    }

    /// <summary>RtlIsServicePackVersionInstalled: TRUE if the running release is the OS <paramref name="Version"/>
    /// names with that service pack or a later one; FALSE for another OS.</summary>
    public static bool RtlIsServicePackVersionInstalled(uint Version)
    {
        var thread = DdiGate.Enter(DdiTable.RtlIsServicePackVersionInstalled);
        return OsVersionInfo.IsServicePackInstalled(thread.Machine.Options.WindowsVersion, Version);
    }
}
