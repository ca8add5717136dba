using System.CommandLine;
using System.Globalization;
using NtSim.Cli.Progress;

namespace NtSim.Cli.Demo;

/// <summary>`ntsim demo`: boots a machine, creates and starts the sample services, runs their
/// test applications, stops the services and prints the DbgPrint log and a summary.</summary>
internal static class DemoCommand
{
    internal static Command Create()
    {
        var seed = new Option<int>("--seed", "-s")
        {
            Description = "Seed of the deterministic scheduler.",
            DefaultValueFactory = _ => 1,
        };
        var logLines = new Option<int>("--log-lines")
        {
            Description = "How many DbgPrint lines to show (the last ones).",
            DefaultValueFactory = _ => 40,
        };
        logLines.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError("--log-lines must not be negative.");
            }
        });

        var command = new Command("demo", "Boot a machine, load the sample drivers (Zero, SIoctl, Event, CancelSamp, SysMon, KProtect, Booster) as services and run their test applications; then install the toaster family from its INF packages, plug in toasters and show the device tree; then the KMDF samples: Hello World and Echo installed from their INFs, echoapp, and a removal with requests in flight.")
        {
            seed, logLines,
        };
        command.SetAction(result =>
        {
            GlobalOptions.ReportVerifier(result, result.InvocationConfiguration.Error);
            return Run(result.InvocationConfiguration.Output, result.GetValue(seed), result.GetValue(logLines), GlobalOptions.Choices(result)) ? 0 : 1;
        });
        return command;
    }

    internal static bool Run(TextWriter output, int seed, int logLines, MachineChoices? choices = null)
    {
        // On a terminal a status line names the part running; redirected output is unchanged.
        using var progress = TerminalProgress.Start(output, "demo: the sample services (1/3)");
        output = progress.Output;
        choices ??= MachineChoices.Default;
        using var machine = (choices.DebugPrint is null ? choices : choices with { DebugPrint = output }).Boot(seed);
        machine.Ddis.Counting = true;   // the summary shows which DDIs the drivers and applications used
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"NtSim demo: a {machine.Processors.Count}-processor machine, deterministic, seed {seed}"));
        var session = new SampleSession(machine, output);
        var ok = true;
        output.WriteLine("== Services");
        var started = SampleCatalog.All.Where(session.StartService).ToList();
        ok &= started.Count == SampleCatalog.All.Count;
        foreach (var sample in started)
        {
            output.WriteLine($"== {sample.App}");
            ok &= session.RunApp(sample, []) == 0;
        }

        output.WriteLine("== Stopping services");
        foreach (var sample in started)
        {
            var report = session.StopService(sample);
            output.WriteLine(report is null ? $"[SC] {sample.Service}: not stopped" : SampleSession.Describe(report));
            ok &= report is { IsClean: true, ImageUnloaded: true, LoadContextCollected: true };
        }

        progress.Step("demo: Plug and Play, the toaster family (2/3)");
        ok &= new ToasterDemo(machine, output).Run();
        progress.Step("demo: KMDF, Hello World and Echo (3/3)");
        ok &= new KmdfDemo(machine, output).Run();
        session.PrintDebugLog(logLines);
        ok &= session.PrintSummary();
        return ok;
    }
}
