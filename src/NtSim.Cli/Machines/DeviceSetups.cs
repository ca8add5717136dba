using NtSim.Setup;

namespace NtSim.Cli.Machines;

/// <summary>The device setup of a booted machine, with its driver store opened.</summary>
internal static class DeviceSetups
{
    /// <summary>machine.Setup, or null (the reason written to <paramref name="error"/>) when its driver store cannot be opened.</summary>
    internal static DeviceSetup? Open(Machine machine, TextWriter error, string tool)
    {
        try
        {
            _ = machine.Setup.Store;
            return machine.Setup;
        }
        catch (Exception e) when (e is DriverStoreException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{tool}: cannot open the driver store: {e.Message}");
            return null;
        }
    }
}
