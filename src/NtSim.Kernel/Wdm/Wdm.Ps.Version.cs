namespace NtSim;

public static partial class Wdm
{
    /// <summary>PsGetVersion (obsolete, use RtlGetVersion): the running release's major and minor version and
    /// build number, and its service pack string copied into <paramref name="CSDVersion"/>'s buffer as
    /// RtlCopyUnicodeString copies. Returns FALSE: the system is a free build, not a checked one.</summary>
    public static bool PsGetVersion(out uint MajorVersion, out uint MinorVersion, out uint BuildNumber, ref UNICODE_STRING CSDVersion)
    {
        var result = PsGetVersion(out MajorVersion, out MinorVersion, out BuildNumber);
        var thread = KeContext.Running(nameof(PsGetVersion));
        RtlCopyUnicodeString(ref CSDVersion, new UNICODE_STRING(thread.Machine.Options.WindowsVersion.ServicePackName));
        return result;
    }

    /// <summary>PsGetVersion with CSDVersion NULL.</summary>
    public static bool PsGetVersion(out uint MajorVersion, out uint MinorVersion, out uint BuildNumber)
    {
        var thread = DdiGate.Enter(DdiTable.PsGetVersion);
        var version = thread.Machine.Options.WindowsVersion;
        MajorVersion = version.Major;
        MinorVersion = version.Minor;
        BuildNumber = version.Build;

        // TRUE only on a checked build of Windows, which stopped shipping after Windows 10 1511.
        return false;
    }
}
