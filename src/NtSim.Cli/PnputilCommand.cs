using System.CommandLine;
using NtSim.Cli.Machines;
using NtSim.Cli.Pnputil;
using NtSim.Cli.Progress;
using NtSim.Setup;

namespace NtSim.Cli;

/// <summary>`ntsim pnputil`: pnputil's driver store and device commands on the persistent machine.</summary>
internal static class PnputilCommand
{
    internal static Command Create()
    {
        var request = new Argument<string[]>("command")
        {
            Description = "A pnputil command and its arguments (/add-driver x.inf /install, /enum-drivers, /enum-devices, /delete-driver oem0.inf).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var folder = PersistentMachine.FolderOption();
        var seed = PersistentMachine.SeedOption();
        var repair = PersistentMachine.RepairOption();
        var command = new Command("pnputil", "Add, list and delete driver packages and list devices, as pnputil does.")
        {
            request, folder, seed, repair,
        };

        // pnputil's switches start with '/' or '-'; they are arguments here, not options of the command line parser.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(result =>
        {
            var error = result.InvocationConfiguration.Error;
            var tokens = (result.GetValue(request) ?? []).Concat(result.UnmatchedTokens).ToList();
            var (parsed, problem) = PnputilParser.Parse(tokens);
            if (problem is not null)
            {
                error.WriteLine($"ntsim pnputil: {problem}");
                error.WriteLine(PnputilParser.Usage);
                return 1;
            }

            var machineFolder = result.GetValue(folder)!;
            var adds = parsed!.Command == "add-driver";

            // /add-driver (staging, and with /install starting drivers) shows a status line on a terminal.
            using var progress = TerminalProgress.Start(result.InvocationConfiguration.Output, "pnputil /add-driver", terminal: adds ? null : false);
            var output = progress.Output;
            var choices = GlobalOptions.Choices(result);
            using var machine = PersistentMachine.Boot(machineFolder, result.GetValue(seed), error, "ntsim pnputil", result.GetValue(repair),
                create: adds, choices: choices.DebugPrint is null ? choices : choices with { DebugPrint = output });
            if (machine is null)
            {
                return 1;
            }

            if (DeviceSetups.Open(machine, error, "ntsim pnputil") is not { } setup)
            {
                return 1;
            }

            var exitCode = new PnputilRunner(machine, setup, output).Run(parsed!);
            PersistentMachine.Record(machine, error, "ntsim pnputil");
            return exitCode;
        });
        return command;
    }
}
