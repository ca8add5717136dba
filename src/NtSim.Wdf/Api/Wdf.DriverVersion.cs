namespace NtSim;

public static partial class Wdf
{
    /// <summary>WDF_DRIVER_VERSION_AVAILABLE_PARAMS_INIT.</summary>
    public static void WDF_DRIVER_VERSION_AVAILABLE_PARAMS_INIT(out WDF_DRIVER_VERSION_AVAILABLE_PARAMS Params, uint MajorVersion, uint MinorVersion) =>
        Params = new WDF_DRIVER_VERSION_AVAILABLE_PARAMS
        {
            Size = WDF_DRIVER_VERSION_AVAILABLE_PARAMS.SizeOfStruct,
            MajorVersion = MajorVersion,
            MinorVersion = MinorVersion,
        };

    /// <summary>WdfDriverRetrieveVersionString: puts "Kernel Mode Driver Framework version 1.33.0" (the
    /// machine's KMDF; the build number, not in the public source, is 0), with "(verifier on)" when the
    /// KMDF verifier is on, into <paramref name="String"/>.</summary>
    public static NTSTATUS WdfDriverRetrieveVersionString(WDFDRIVER Driver, WDFSTRING String)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDriverRetrieveVersionString);
        var driver = FxHandles.Resolve<FxDriver>(thread, Driver.Target, FxObjectType.Driver, nameof(WdfDriverRetrieveVersionString));
        var target = FxHandles.Resolve<FxString>(thread, String.Target, FxObjectType.String, nameof(WdfDriverRetrieveVersionString));
        var version = driver.Globals.Library.Version;
        target.Assign(driver.Globals.Verifier.VerifierOn
            ? $"Kernel Mode Driver Framework (verifier on) version {version}.0"
            : $"Kernel Mode Driver Framework version {version}.0");
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>WdfDriverIsVersionAvailable: TRUE for the machine's KMDF major version and any minor
    /// version up to its own (fxdriverapi.cpp); FALSE for a bad Size.</summary>
    public static bool WdfDriverIsVersionAvailable(WDFDRIVER Driver, WDF_DRIVER_VERSION_AVAILABLE_PARAMS VersionAvailableParams)
    {
        var thread = DdiGate.Enter(WdfDdis.WdfDriverIsVersionAvailable);
        var driver = FxHandles.Resolve<FxDriver>(thread, Driver.Target, FxObjectType.Driver, nameof(WdfDriverIsVersionAvailable));
        if (VersionAvailableParams is null)
        {
            FxHandles.RequiredNull(thread, nameof(WdfDriverIsVersionAvailable), nameof(VersionAvailableParams));
        }

        if (VersionAvailableParams.Size != WDF_DRIVER_VERSION_AVAILABLE_PARAMS.SizeOfStruct)
        {
            driver.Globals.Log.Error($"VersionAvailableParams Size 0x{VersionAvailableParams.Size:x}, expected 0x{WDF_DRIVER_VERSION_AVAILABLE_PARAMS.SizeOfStruct:x}, STATUS_INFO_LENGTH_MISMATCH");
            return false;
        }

        var library = driver.Globals.Library.Version;
        driver.Globals.Log.Add("FxDriver::IsVersionAvailable",
            $"current WDF ver major {library.Major}, minor {library.Minor}, caller asking about major {VersionAvailableParams.MajorVersion}, minor {VersionAvailableParams.MinorVersion}");
        return new FxVersion(VersionAvailableParams.MajorVersion, VersionAvailableParams.MinorVersion).RunsOn(library);
    }
}
