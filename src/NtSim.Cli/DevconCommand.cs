using System.CommandLine;
using NtSim.Cli.Devcon;
using NtSim.Cli.Machines;
using NtSim.Cli.Progress;

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

            // An install or update (staging the package, starting the device's drivers) shows a status line on a terminal.
            using var progress = TerminalProgress.Start(result.InvocationConfiguration.Output, installs ? $"devcon {parsed.Verb}" : "devcon", terminal: installs ? null : false);
            var output = progress.Output;
            var choices = GlobalOptions.Choices(result);
            using var machine = PersistentMachine.Boot(machineFolder, result.GetValue(seed), error, "ntsim devcon", result.GetValue(repair), create: installs,
                choices: choices.DebugPrint is null ? choices : choices with { DebugPrint = output });
            if (machine is null)
            {
                return 1;
            }

            if (DeviceSetups.Open(machine, error, "ntsim devcon") is not { } setup)
            {
                return 1;
            }

            var exitCode = new DevconRunner(machine, setup, output, error).Run(parsed!);
            PersistentMachine.Record(machine, error, "ntsim devcon");
            return exitCode;
        });
        return command;
    }
}
