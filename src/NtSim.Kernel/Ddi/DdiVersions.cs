namespace NtSim;

/// <summary>
/// The Windows release each DDI appeared in, beside its row in <see cref="DdiTable"/>: the "Minimum supported
/// client" line of its WDK page. Only DDIs newer than Windows 7 (the oldest release NtSim runs) are listed;
/// every other DDI is there on every machine. Keyed by name, so a row added in any DdiTable file picks its
/// version up here without its line changing.
/// </summary>
internal static class DdiVersions
{
    private static readonly Dictionary<string, WindowsVersion> s_since = new(StringComparer.Ordinal)
    {
        // Pool: "Minimum supported client: Windows 10 version 2004" on both pages.
        ["ExAllocatePool2"] = WindowsVersion.Windows10_2004,
        ["ExAllocatePool3"] = WindowsVersion.Windows10_2004,

        // High-resolution timers: "Available starting with Windows 8.1".
        ["ExAllocateTimer"] = WindowsVersion.Windows81,
        ["ExSetTimer"] = WindowsVersion.Windows81,
        ["ExCancelTimer"] = WindowsVersion.Windows81,
        ["ExDeleteTimer"] = WindowsVersion.Windows81,

        // Notifications: the Ex/Ex2 forms came with Windows 10.
        ["PsSetCreateThreadNotifyRoutineEx"] = WindowsVersion.Windows10_1507,
        ["PsSetCreateProcessNotifyRoutineEx2"] = WindowsVersion.Windows10_1703,
        ["PsSetLoadImageNotifyRoutineEx"] = WindowsVersion.Windows10_1709,
    };

    /// <summary>The release <paramref name="ddi"/> appeared in (Windows 7 for one not listed).</summary>
    internal static WindowsVersion Of(string ddi) => s_since.GetValueOrDefault(ddi, WindowsVersion.Windows7);

    /// <summary>Every DDI listed, with its release.</summary>
    internal static IReadOnlyDictionary<string, WindowsVersion> Listed => s_since;
}
