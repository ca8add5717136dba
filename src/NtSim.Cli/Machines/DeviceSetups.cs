using NtSim.Setup;

namespace NtSim.Cli.Machines;

/// <summary>The device setup the commands use on a booted machine.</summary>
internal static class DeviceSetups
{
    /// <summary>The machine's device setup, or null (the reason written to <paramref name="error"/>) when its driver store cannot be opened.</summary>
    internal static IDeviceSetup? Of(Machine machine, string folder, TextWriter error, string tool)
    {
        _ = machine;
        try
        {
            return new StoreOnlySetup(new DriverStore(PersistentMachine.DriverStoreFolder(Path.GetFullPath(folder))));
        }
        catch (Exception e) when (e is DriverStoreException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{tool}: cannot open the driver store: {e.Message}");
            return null;
        }
    }
}
