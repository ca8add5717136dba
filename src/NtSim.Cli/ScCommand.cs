using System.CommandLine;
using NtSim.Cli.Sc;

namespace NtSim.Cli;

/// <summary>`ntsim sc`: the service control manager of a freshly booted machine, with sc.exe's verbs
/// and output; `then` chains several verbs on the same machine.</summary>
internal static class ScCommand
{
    internal static Command Create()
    {
        var request = new Argument<string[]>("request")
        {
            Description = "A verb and its arguments, in sc.exe's syntax; 'then' separates verbs.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var seed = new Option<int>("--seed", "-s")
        {
            Description = "Seed of the deterministic scheduler.",
            DefaultValueFactory = _ => 1,
        };
        var processors = new Option<int>("--processors", "-p")
        {
            Description = "Number of simulated processors (1-64).",
            DefaultValueFactory = _ => 2,
        };
        processors.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 64)
            {
                result.AddError($"--processors must be between 1 and 64 (got {result.GetValueOrDefault<int>()}).");
            }
        });
        var command = new Command("sc", "Create, start, stop, query and delete driver services on a new machine, as sc.exe does; 'then' chains verbs.")
        {
            request, seed, processors,
        };
        command.SetAction(result =>
        {
            // The invocation's writers (the console unless a test gives its own).
            var output = result.InvocationConfiguration.Output;
            var (requests, error) = ScParser.Parse(result.GetValue(request) ?? []);
            if (error is not null)
            {
                result.InvocationConfiguration.Error.WriteLine($"ntsim sc: {error}");
                result.InvocationConfiguration.Error.WriteLine(ScParser.Usage);
                return 1;
            }

            GlobalOptions.ReportVerifier(result, result.InvocationConfiguration.Error);
            var (verifier, windows, isChecked) = GlobalOptions.Choices(result);
            var options = new MachineOptions
            {
                Seed = result.GetValue(seed), Processors = result.GetValue(processors), Verifier = verifier, WindowsVersion = windows, Checked = isChecked,
                DebugPrintMask = result.GetValue(GlobalOptions.DebugPrintMask),
            };
            return new ScRunner(output, options).Run(requests);
        });
        return command;
    }
}
