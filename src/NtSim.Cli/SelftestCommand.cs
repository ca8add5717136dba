using System.CommandLine;
using NtSim.Cli.Selftest;

namespace NtSim.Cli;

/// <summary>`ntsim selftest`: boots machines and runs the executive's scenarios in both modes.</summary>
internal static class SelftestCommand
{
    internal static Command Create()
    {
        var processors = new Option<int>("--processors", "-p")
        {
            Description = "Number of simulated processors (1-64).",
            DefaultValueFactory = _ => 2,
        };
        processors.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 1 or > 64)
            {
                result.AddError($"--processors must be between 1 and 64 (got {value}).");
            }
        });
        var seed = new Option<int>("--seed", "-s")
        {
            Description = "Seed of the deterministic scheduler.",
            DefaultValueFactory = _ => 1,
        };
        var mode = new Option<string>("--mode", "-m")
        {
            Description = "deterministic, concurrent or both.",
            DefaultValueFactory = _ => "both",
        };
        mode.AcceptOnlyFromAmong("deterministic", "concurrent", "both");
        var traceLines = new Option<int>("--trace-lines")
        {
            Description = "How many trace events to print per scenario (0 for none).",
            DefaultValueFactory = _ => 12,
        };
        traceLines.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--trace-lines must not be negative.");
            }
        });

        var command = new Command("selftest", "Boot machines and run the executive's scenarios (spin lock and DPC race, periodic timer, producer/consumer, pool leak, bad wait), in deterministic and concurrent mode.")
        {
            processors, seed, mode, traceLines,
        };
        command.SetAction(result =>
        {
            var modes = result.GetValue(mode) switch
            {
                "deterministic" => new[] { ExecutionMode.Deterministic },
                "concurrent" => [ExecutionMode.Concurrent],
                _ => [ExecutionMode.Deterministic, ExecutionMode.Concurrent],
            };
            GlobalOptions.ReportVerifier(result, result.InvocationConfiguration.Error);
            var runner = new SelftestRunner(result.InvocationConfiguration.Output, result.GetValue(processors), result.GetValue(seed), result.GetValue(traceLines),
                GlobalOptions.Choices(result));
            return runner.Run(modes) ? 0 : 1;
        });
        return command;
    }
}
