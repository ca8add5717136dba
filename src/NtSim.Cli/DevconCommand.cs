using System.CommandLine;
using NtSim.Cli.Devcon;
using NtSim.Cli.Machines;

namespace NtSim.Cli;

/// <summary>`ntsim devcon`: devcon's commands on the persistent machine (install, update, remove,
/// rescan, find, findall, status, hwids, stack, drivernodes, enable, disable, restart, classes).</summary>
internal static class DevconCommand
{
    internal static Command Create()
    {
        var request = new Argument<string[]>("command")
        {
            Description = "A devcon command and its arguments.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var folder = PersistentMachine.FolderOption();
        var seed = PersistentMachine.SeedOption();
        var repair = PersistentMachine.RepairOption();
        var command = new Command("devcon", "Install, find, inspect, enable, disable and remove devices, as devcon does.")
        {
            request, folder, seed, repair,
        };
        command.SetAction(result =>
        {
            var error = result.InvocationConfiguration.Error;
            var (parsed, problem) = DevconParser.Parse(result.GetValue(request) ?? []);
            if (problem is not null)
            {
                error.WriteLine($"ntsim devcon: {problem}");
                error.WriteLine(DevconParser.Usage);
                return 1;
            }

            var machineFolder = result.GetValue(folder)!;
            var installs = parsed!.Verb is "install" or "update";
            using var machine = PersistentMachine.Boot(machineFolder, result.GetValue(seed), error, "ntsim devcon", result.GetValue(repair), create: installs,
                choices: GlobalOptions.Choices(result));
            if (machine is null)
            {
                return 1;
            }

            if (DeviceSetups.Open(machine, error, "ntsim devcon") is not { } setup)
            {
                return 1;
            }

            var exitCode = new DevconRunner(machine, setup, result.InvocationConfiguration.Output, error).Run(parsed!);
            PersistentMachine.Record(machine, error, "ntsim devcon");
            return exitCode;
        });
        return command;
    }
}
