using System.CommandLine;
using NtSim.Cli.Machines;

namespace NtSim.Cli;

/// <summary>`ntsim tree`: the persistent machine's device tree, as !devnode 0 1 prints it.</summary>
internal static class TreeCommand
{
    internal static Command Create()
    {
        var folder = PersistentMachine.FolderOption();
        var seed = PersistentMachine.SeedOption();
        var repair = PersistentMachine.RepairOption();
        var command = new Command("tree", "Print the device tree as WinDbg's !devnode 0 1 does.") { folder, seed, repair };
        command.SetAction(result =>
        {
            using var machine = PersistentMachine.Boot(result.GetValue(folder)!, result.GetValue(seed), result.InvocationConfiguration.Error, "ntsim tree",
                result.GetValue(repair), choices: GlobalOptions.Choices(result));
            if (machine is null)
            {
                return 1;
            }

            result.InvocationConfiguration.Output.Write(machine.DumpDeviceTree());
            return 0;
        });
        return command;
    }
}
