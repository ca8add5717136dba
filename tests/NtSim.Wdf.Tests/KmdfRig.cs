using static NtSim.Win32;

namespace NtSim.WdfTests;

/// <summary>Shared steps of the framework tests: a root device for a KMDF driver, and a user-mode
/// client that opens a device interface.</summary>
internal static class KmdfRig
{
    /// <summary>Installs <typeparamref name="TDriver"/> as <paramref name="service"/> and creates a root device it drives.</summary>
    public static string InstallRootDevice<TDriver>(Machine machine, string service)
        where TDriver : IDriver, new()
    {
        machine.Services.Install<TDriver>(service);
        ReportWithoutBreak(machine, service);
        return machine.Pnp.CreateRootDevice(service, [$@"root\{service}"], service: service);
    }

    /// <summary>
    /// Sets the service's DbgBreakOnError to 0. Under Driver Verifier's standard settings a misuse the
    /// framework survives breaks into the debugger (and, with none, bug checks 0x7E); the tests of a
    /// DDI's failure statuses turn the break off, as a developer does to see them, and VerifierTests
    /// test the break itself.
    /// </summary>
    public static void ReportWithoutBreak(Machine machine, string service)
    {
        machine.Registry.CreateKey(FxVerifierSettings.KeyPath(service));
        machine.Registry.SetValue(FxVerifierSettings.KeyPath(service), "DbgBreakOnError", 0u);
    }

    /// <summary>The first device path of an interface class, from a client's point of view.</summary>
    public static string? FirstInterface(in Guid interfaceClass)
    {
        if (CM_Get_Device_Interface_List_Size(out var length, interfaceClass, null, CM_GET_DEVICE_INTERFACE_LIST_PRESENT) != CR_SUCCESS || length <= 1)
        {
            return null;
        }

        var buffer = new char[length];
        CM_Get_Device_Interface_List(interfaceClass, null, buffer, length, CM_GET_DEVICE_INTERFACE_LIST_PRESENT);
        return new string(buffer).Split('\0')[0];
    }
}
