namespace NtSim;

/// <summary>WDF_DRIVER_VERSION_AVAILABLE_PARAMS (wdfdriver.h): the version WdfDriverIsVersionAvailable
/// asks about; initialize it with <see cref="Wdf.WDF_DRIVER_VERSION_AVAILABLE_PARAMS_INIT"/>.</summary>
public sealed class WDF_DRIVER_VERSION_AVAILABLE_PARAMS
{
    /// <summary>The structure's size in bytes, set by its _INIT function; KMDF checks it to tell the structure's version.</summary>
    public uint Size;
    /// <summary>The KMDF major version asked about (1).</summary>
    public uint MajorVersion;
    /// <summary>The KMDF minor version asked about (for example 33 for KMDF 1.33).</summary>
    public uint MinorVersion;

    /// <summary>sizeof(WDF_DRIVER_VERSION_AVAILABLE_PARAMS).</summary>
    internal const uint SizeOfStruct = 0xC;
}
