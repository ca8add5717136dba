namespace NtSim;

/// <summary>
/// Marks an assembly as a driver library a driver binds to before its DriverEntry runs, as a KMDF
/// driver's stub (FxDriverEntry) calls WdfVersionBind in WdfLdr before the driver's own DriverEntry.
/// <see cref="Binder"/> implements <see cref="IDriverLibraryBinder"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
internal sealed class DriverLibraryAttribute(Type binder) : Attribute
{
    internal Type Binder { get; } = binder;
}

/// <summary>Binds a driver to a library it was built against (WdfVersionBind): a failure status is
/// what the driver's entry point returns, and the driver's DriverEntry never runs.</summary>
internal interface IDriverLibraryBinder
{
    /// <summary>Binds <paramref name="driverType"/>'s image, the service at <paramref name="registryPath"/>, on
    /// <paramref name="thread"/> (IopLoadDriver's thread, at PASSIVE_LEVEL); on failure, <paramref name="problem"/>
    /// says why in a sentence.</summary>
    NTSTATUS Bind(KTHREAD thread, Type driverType, string registryPath, out string? problem);
}
