using System.CommandLine;
using System.Globalization;
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
        var verifier = new Option<string>("--verifier")
        {
            Description = "Driver Verifier flags, as verifier /flags takes them (0x8: pool tracking; decimal or 0x hex).",
            DefaultValueFactory = _ => "0",
        };
        verifier.Validators.Add(result =>
        {
            if (!TryParseFlags(result.GetValueOrDefault<string>() ?? "", out _))
            {
                result.AddError($"--verifier takes a number such as 0x8 or 8 (got '{result.GetValueOrDefault<string>()}').");
            }
        });

        var command = new Command("sc", "Create, start, stop, query and delete driver services on a new machine, as sc.exe does; 'then' chains verbs.")
        {
            request, seed, processors, verifier,
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

            TryParseFlags(result.GetValue(verifier) ?? "0", out var flags);
            var options = new MachineOptions
            {
                Seed = result.GetValue(seed), Processors = result.GetValue(processors), Verifier = flags,
                DebugPrintMask = result.GetValue(GlobalOptions.DebugPrintMask),
            };
            return new ScRunner(output, options).Run(requests);
        });
        return command;
    }

    private static bool TryParseFlags(string text, out VerifierFlags flags)
    {
        var ok = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? uint.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)
            : uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        flags = (VerifierFlags)value;
        return ok;
    }
}
