using System.Diagnostics.CodeAnalysis;

[assembly: NtSim.DriverLibrary(typeof(NtSim.FxVersionBind))]

namespace NtSim;

/// <summary>
/// WdfVersionBind: before a KMDF driver's DriverEntry, the loader binds the version the driver was
/// built for to the framework the machine has. A newer minor (or another major) fails the load with
/// STATUS_INVALID_PARAMETER, which sc start reports as Win32 error 87 (kmdf.md 1.1).
/// </summary>
[SuppressMessage("Performance", "CA1812", Justification = "Created by the kernel's loader through DriverLibraryAttribute.")]
internal sealed class FxVersionBind : IDriverLibraryBinder
{
    internal const string DiagnosticsKey = @"\Registry\Machine\System\CurrentControlSet\Control\Wdf\Kmdf\Diagnostics";

    public NTSTATUS Bind(KTHREAD thread, Type driverType, string registryPath, out string? problem)
    {
        problem = null;
        var built = FxVersion.OfDriver(driverType);
        var library = FxLibrary.Of(thread.Machine).Version;
        if (built.RunsOn(library))
        {
            RegisterClientVersion(thread.Machine, registryPath, built);
            return Wdm.STATUS_SUCCESS;
        }

        problem = $"{driverType.Name} was built for KMDF {built}, newer than the KMDF {library} of {thread.Machine.Options.WindowsVersion.Name}";
        if (thread.Machine.Registry.GetValue(DiagnosticsKey, "DbgPrintOn") is { Type: Wdm.REG_DWORD, Dword: not 0 })
        {
            // The loader's own prints are off unless Control\Wdf\Kmdf\Diagnostics\DbgPrintOn says otherwise.
            KernelPrint.Print(thread, "WdfLdr", Wdm.DPFLTR_DEFAULT_ID, Wdm.DPFLTR_ERROR_LEVEL, $"WdfLdr: WdfVersionBind - {problem}\n");
        }

        return Wdm.STATUS_INVALID_PARAMETER;
    }

    /// <summary>The client's version under its service's Parameters\Wdf, written when missing or different
    /// (FX_DRIVER_GLOBALS::IsCorrectVersionRegistered, then RegisterClientVersion).</summary>
    private static void RegisterClientVersion(Machine machine, string registryPath, FxVersion built)
    {
        var key = registryPath + @"\Parameters\Wdf";
        if (machine.Registry.GetValue(key, "WdfMajorVersion") is { Type: Wdm.REG_DWORD } major && major.Dword == built.Major
            && machine.Registry.GetValue(key, "WdfMinorVersion") is { Type: Wdm.REG_DWORD } minor && minor.Dword == built.Minor)
        {
            return;
        }

        machine.Registry.SetValues(key, [new("WdfMajorVersion", built.Major), new("WdfMinorVersion", built.Minor)]);
    }
}
