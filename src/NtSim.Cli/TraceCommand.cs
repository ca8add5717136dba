using System.CommandLine;
using NtSim.Cli.Demo;
using NtSim.Cli.Trace;

namespace NtSim.Cli;

/// <summary>`ntsim trace &lt;app&gt; --provider ...`: runs a sample's application with its driver loaded, under a trace
/// session that enables the given providers (as <c>tracelog -start</c> does), and prints the events as tracefmt does.</summary>
internal static class TraceCommand
{
    internal static Command Create()
    {
        var app = new Argument<string>("app")
        {
            Description = "The test application: " + string.Join(", ", SampleCatalog.Runnable.Select(s => s.App)) + ".",
        };
        var appArgs = new Argument<string[]>("arg")
        {
            Description = "Arguments for the application.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var providers = new Option<string[]>("--provider", "-p")
        {
            HelpName = "GUID|name[:level[:keywords]]",
            Description = "A provider to enable, by control GUID or name (a WPP control GUID's or a TraceLogging provider's), "
                + "with the highest level (0-255, default 255: all) and the keywords or WPP flags (decimal or 0x hex, default all); "
                + "repeat for more. Zero's is ZeroTraceGuid.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var seed = new Option<int>("--seed", "-s")
        {
            Description = "Seed of the deterministic scheduler.",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("trace", "Run a sample's test application under a trace session and print the events as tracefmt does.")
        {
            app, appArgs, providers, seed,
        };
        command.SetAction(result =>
        {
            GlobalOptions.ReportVerifier(result, result.InvocationConfiguration.Error);
            return TraceRunner.Run(result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, result.GetValue(app)!,
                result.GetValue(appArgs) ?? [], result.GetValue(providers) ?? [], result.GetValue(seed), GlobalOptions.Choices(result));
        });
        return command;
    }
}
