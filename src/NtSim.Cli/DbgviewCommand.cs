using System.CommandLine;
using NtSim.Cli.Dbgview;
using NtSim.Cli.Machines;

namespace NtSim.Cli;

/// <summary>`ntsim dbgview`: shows, or with --mask sets, the Debug Print Filter key of a persistent machine,
/// which the machine reads at boot: the next invocations on it (with --dbgprint, or sc) print what it lets through.</summary>
internal static class DbgviewCommand
{
    private const string Tool = "ntsim dbgview";

    internal static Command Create()
    {
        var folder = PersistentMachine.FolderOption();
        var mask = new Option<string?>("--mask")
        {
            HelpName = "mask",
            Description = "Set the component's mask (decimal or 0x hex; 0xF shows every level) in the machine's Debug Print Filter key.",
        };
        var component = new Option<string>("--component")
        {
            HelpName = "name",
            Description = "The component whose mask --mask sets: DEFAULT (DbgPrint, KdPrint), IHVDRIVER, ... or WIN2000 (every component).",
            DefaultValueFactory = _ => "DEFAULT",
        };
        var seed = PersistentMachine.SeedOption();
        var command = new Command("dbgview", "Show, or set with --mask, the Debug Print Filter key of a persistent machine (what --dbgprint and sc print at its next boots).")
        {
            folder, mask, component, seed,
        };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var name = result.GetValue(component)!;
            if (DebugPrintFilterKey.Component(name) is not { } known)
            {
                error.WriteLine($"{Tool}: --component {name} is not a debug print component (the <NAME> of a DPFLTR_<NAME>_ID of the WDK, "
                    + "such as DEFAULT, IHVDRIVER or IHVBUS, or WIN2000 for every component).");
                return 2;
            }

            uint? value = null;
            if (result.GetValue(mask) is { } text)
            {
                if (!GlobalOptions.TryParseMask(text, out var parsed))
                {
                    error.WriteLine($"{Tool}: --mask takes a 32-bit mask such as 0xF or 15 (got '{text}').");
                    return 2;
                }

                value = parsed;
            }

            using var machine = PersistentMachine.Boot(result.GetValue(folder)!, result.GetValue(seed), error, Tool,
                choices: GlobalOptions.Choices(result) with { DebugPrint = null });
            if (machine is null)
            {
                return 1;
            }

            if (value is { } newMask)
            {
                DebugPrintFilterKey.Set(machine.Registry, known, newMask);
            }

            DebugPrintFilterKey.Print(machine.Registry, output);
            PersistentMachine.Record(machine, error, Tool);
            return 0;
        });
        return command;
    }
}
