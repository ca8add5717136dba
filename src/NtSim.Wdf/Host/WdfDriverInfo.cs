namespace NtSim;

/// <summary>
/// A KMDF driver (what !wdfdriverinfo prints): its service and image, the KMDF it was built for and
/// the library it runs on, its WDFDRIVER handle and FxDriverGlobals address, its verifier settings,
/// and its devices.
/// </summary>
public sealed record WdfDriverInfo(
    string ServiceName,
    string ImageName,
    string KmdfVersion,
    string LibraryVersion,
    ulong Handle,
    ulong Globals,
    WdfVerifierInfo Verifier,
    IReadOnlyList<WdfDeviceInfo> Devices)
{
    internal static WdfDriverInfo Of(FxDriverGlobals globals)
    {
        var devices = globals.Driver?.Children.OfType<FxDevice>().Select(WdfDeviceInfo.Of).ToList() ?? [];
        return new WdfDriverInfo(globals.ServiceName, globals.ImageName, globals.BuiltFor.ToString(), globals.Library.Version.ToString(),
            globals.Driver?.Handle ?? 0, globals.Address, WdfVerifierInfo.Of(globals.Verifier), devices);
    }
}

/// <summary>A driver's KMDF verifier settings (!wdfdriverinfo flag 0x1).</summary>
public sealed record WdfVerifierInfo(
    bool VerifierOn,
    bool VerboseOn,
    bool DbgBreakOnError,
    uint VerifierAllocateFailCount,
    uint LogPages,
    IReadOnlyList<string> TrackHandles)
{
    internal static WdfVerifierInfo Of(FxVerifierSettings settings) => new(settings.VerifierOn, settings.VerboseOn, settings.DbgBreakOnError,
        settings.VerifierAllocateFailCount, settings.LogPages, settings.TrackHandles);
}
