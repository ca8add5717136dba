namespace NtSim;

/// <summary>
/// The KMDF version a driver was built for (KMDF_VERSION_MAJOR / KMDF_VERSION_MINOR of its project,
/// which the WDK's stub puts in the image's bind info). On the assembly, or on one driver type to
/// override it; without it a driver is built for the newest KMDF the framework has (1.33). A machine
/// whose Windows release has an older KMDF minor refuses to start it, as WdfVersionBind does.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class KmdfVersionAttribute(uint major, uint minor) : Attribute
{
    /// <summary>KMDF_VERSION_MAJOR: the KMDF major version the driver was built for (1).</summary>
    public uint Major { get; } = major;

    /// <summary>KMDF_VERSION_MINOR: the KMDF minor version the driver was built for; a machine with an older KMDF refuses to start it.</summary>
    public uint Minor { get; } = minor;
}
