namespace NtSim;

/// <summary>WDF_DRIVER_VERSION_AVAILABLE_PARAMS (wdfdriver.h): the version WdfDriverIsVersionAvailable
/// asks about; initialize it with <see cref="Wdf.WDF_DRIVER_VERSION_AVAILABLE_PARAMS_INIT"/>.</summary>
public sealed class WDF_DRIVER_VERSION_AVAILABLE_PARAMS
{
    public uint Size;
    public uint MajorVersion;
    public uint MinorVersion;

    /// <summary>sizeof(WDF_DRIVER_VERSION_AVAILABLE_PARAMS).</summary>
    internal const uint SizeOfStruct = 0xC;
}
