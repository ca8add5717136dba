namespace NtSim;

public static partial class Wdm
{
    /// <summary>IoIsWdmVersionAvailable: TRUE if the system's WDM version (WDM_MAJORVERSION.WDM_MINORVERSION,
    /// 6.00) is at least <paramref name="MajorVersion"/>.<paramref name="MinorVersion"/> (the minor is hex:
    /// WDM 1.10 is (1, 0x10)).</summary>
    public static bool IoIsWdmVersionAvailable(byte MajorVersion, byte MinorVersion)
    {
        DdiGate.Enter(DdiTable.IoIsWdmVersionAvailable);
        return OsVersionInfo.IsWdmVersionAvailable(MajorVersion, MinorVersion);
    }
}
