using System.CommandLine;

namespace NtSim.Cli.Machines;

/// <summary>
/// The machine devcon, pnputil and tree work on: a folder that keeps its registry hives and driver
/// store between invocations (<c>--machine DIR</c>, by default ~/.ntsim/machines/default). Each
/// invocation boots it, enumerates the device tree as boot does, starts again the services that were
/// running when the last invocation ended (<see cref="RunningServices"/>), runs one operation, records what
/// runs (<see cref="Record"/>) and shuts it down.
/// </summary>
internal static class PersistentMachine
{
    internal static string DefaultFolder =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".ntsim", "machines", "default");

    internal static Option<string> FolderOption() => new("--machine")
    {
        Description = "The machine's folder (its registry and driver store); devcon install|update and pnputil /add-driver create it.",
        DefaultValueFactory = _ => DefaultFolder,
    };

    internal static Option<bool> RepairOption() => new("--repair")
    {
        Description = "Boot even if the machine's registry files are damaged: keep every valid record, move the damaged files aside and report what was lost.",
    };

    internal static Option<int> SeedOption() => new("--seed", "-s")
    {
        Description = "Seed of the deterministic scheduler.",
        DefaultValueFactory = _ => 1,
    };

    /// <summary>The end of an invocation on the machine: what is running is recorded for the next boot.</summary>
    internal static void Record(Machine machine, TextWriter error, string tool) => RunningServices.Record(machine, error, tool);

    /// <summary>The driver store of the machine in <paramref name="folder"/> (its Windows\System32\DriverStore).</summary>
    internal static string DriverStoreFolder(string folder) => Path.Combine(folder, "Windows", "System32", "DriverStore");

    /// <summary>The file that a folder holding a machine has: its SYSTEM hive.</summary>
    internal static string SystemHive(string folder) => Path.Combine(folder, "Windows", "System32", "config", "SYSTEM.hive");

    /// <summary>Boots the machine in <paramref name="folder"/> (which rebuilds its device tree); null (with the
    /// reason written to <paramref name="error"/>) when the folder cannot be used or the machine halts. With
    /// <paramref name="repair"/> damaged registry files are repaired, and what was lost is written to <paramref name="error"/>.
    /// Only a command that installs (<paramref name="create"/>) makes a machine in a folder that holds none:
    /// a mistyped --machine of a command that reads is an error, not a new empty machine.</summary>
    internal static Machine? Boot(string folder, int seed, TextWriter error, string tool, bool repair = false, bool create = false,
        MachineChoices? choices = null)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            error.WriteLine($"{tool}: --machine names no folder.");
            return null;
        }

        try
        {
            folder = Path.GetFullPath(folder);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            error.WriteLine($"{tool}: --machine '{folder}' is not a usable path: {e.Message}");
            return null;
        }

        if (!create && !File.Exists(SystemHive(folder)))
        {
            error.WriteLine($"{tool}: there is no machine in '{folder}' (no Windows\\System32\\config\\SYSTEM.hive); "
                + "check --machine, or make one with devcon install, devcon update or pnputil /add-driver.");
            return null;
        }

        Machine machine;
        try
        {
            Directory.CreateDirectory(folder);
            // What boot itself loads (the device tree, the services restarted) is quiet: --dbgprint streams from the command on.
            machine = ((choices ?? MachineChoices.Default) with { DebugPrint = null }).Boot(seed, folder: folder, repair: repair);
        }
        catch (RegistryCorruptException e)
        {
            var where = e.Offset is { } offset ? $" at offset {offset}" : "";
            error.WriteLine($"{tool}: the registry file '{e.File}' is damaged{where}: {e.Problem}. Nothing was changed; " +
                "rerun with --repair to keep every valid record, move the damaged files aside and see what is lost.");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException)
        {
            error.WriteLine($"{tool}: cannot boot the machine in '{folder}': {e.Message}");
            return null;
        }

        if (machine.Registry.RepairReport is { IsEmpty: false } report)
        {
            error.WriteLine($"{tool}: repaired the registry of the machine in '{folder}':");
            error.WriteLine(report.ToString());
        }

        // Boot rebuilds the tree when the registry has root-enumerated devices; an empty machine still gets its root started.
        var status = machine.Pnp.Root.PhysicalDeviceObject is null ? machine.Pnp.Enumerate() : RunStatus.Completed;
        if (status != RunStatus.Completed)
        {
            error.WriteLine($"{tool}: the machine in '{folder}' stopped while enumerating its devices: {status}.");
            if (machine.BugCheck is { } bugCheck)
            {
                error.WriteLine(bugCheck.StopLine);
                error.WriteLine(bugCheck.Account);
            }

            machine.Dispose();
            return null;
        }

        RunningServices.Restore(machine, error, tool);
        choices?.Stream(machine);
        return machine;
    }
}
