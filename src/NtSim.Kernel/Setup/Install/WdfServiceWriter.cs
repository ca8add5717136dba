namespace NtSim.Setup;

/// <summary>
/// What installing a DDInstall.Wdf section's KmdfService leaves in the registry:
/// Services\&lt;service&gt;\Parameters\Wdf with KmdfLibraryVersion (REG_SZ, as the INF gives it) and
/// WdfMajorVersion / WdfMinorVersion (REG_DWORD), the values the framework checks its client's
/// registration against (FX_DRIVER_GLOBALS::IsCorrectVersionRegistered).
/// </summary>
internal static class WdfServiceWriter
{
    internal static void Apply(MachineRegistry registry, InfWdfService wdf)
    {
        if (wdf.Kind != "Kmdf" || wdf.ServiceName.Length == 0 || wdf.LibraryVersion is not { } text)
        {
            return;
        }

        var key = $@"{MachineRegistry.ServicesPath}\{wdf.ServiceName}\Parameters\Wdf";
        registry.CreateKey(key);
        registry.SetValue(key, "KmdfLibraryVersion", text.Trim());
        if (InfWdfService.TryParseKmdfVersion(text, out var major, out var minor))
        {
            registry.SetValue(key, "WdfMajorVersion", major);
            registry.SetValue(key, "WdfMinorVersion", minor);
        }
    }
}
