using System.CommandLine;

namespace NtSim.Cli.Demo;

/// <summary>`ntsim run &lt;app&gt;`: boots a machine, starts the sample service the application
/// needs (or installs its Plug and Play device from the INF, as devcon does), runs it with its
/// arguments, stops the service (or removes the device) and prints the unload report.</summary>
internal static class RunCommand
{
    internal static Command Create()
    {
        var app = new Argument<string>("app")
        {
            Description = "The test application: " + string.Join(", ", SampleCatalog.Runnable.Select(s => s.App)) + ".",
        };
        var appArgs = new Argument<string[]>("args")
        {
            Description = "Arguments for the application.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var seed = new Option<int>("--seed", "-s")
        {
            Description = "Seed of the deterministic scheduler.",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("run", "Run a sample's test application on a machine with its driver loaded.")
        {
            app, appArgs, seed,
        };
        command.SetAction(result =>
        {
            GlobalOptions.ReportVerifier(result, result.InvocationConfiguration.Error);
            return Run(result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, result.GetValue(app)!, result.GetValue(appArgs) ?? [], result.GetValue(seed), GlobalOptions.Choices(result));
        });
        return command;
    }

    internal static int Run(TextWriter output, TextWriter error, string app, string[] args, int seed, MachineChoices? choices = null)
    {
        var sample = SampleCatalog.ByApp(app);
        if (sample is null)
        {
            error.WriteLine($"ntsim run: unknown application '{app}'. Known applications: {string.Join(", ", SampleCatalog.Runnable.Select(s => s.App))}.");
            return 2;
        }

        var (verifier, windows, isChecked) = choices ?? MachineChoices.Default;
        using var machine = Machine.Boot(new MachineOptions { Processors = 2, Seed = seed, Verifier = verifier, WindowsVersion = windows, Checked = isChecked });
        var session = new SampleSession(machine, output);
        if (!session.StartService(sample))
        {
            return 1;
        }

        var exitCode = session.RunApp(sample, args);
        var report = session.StopService(sample);
        if (report is not null)
        {
            var line = SampleSession.Describe(report);
            output.WriteLine(sample.IsPnp ? line.Replace("[SC]", "[PnP]", StringComparison.Ordinal) : line);
            if (!report.IsClean || report.LoadContextCollected == false)
            {
                output.WriteLine(report.ToString());
            }
        }

        return exitCode;
    }
}
