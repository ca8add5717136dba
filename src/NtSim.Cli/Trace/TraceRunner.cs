using System.Globalization;
using NtSim.Cli.Demo;

namespace NtSim.Cli.Trace;

/// <summary>What `ntsim trace` does: checks the providers, boots a machine, starts the session before the driver loads
/// (so that WPP_INIT_TRACING in DriverEntry finds it enabled), runs the application as `ntsim run` does, stops the
/// session and prints its events.</summary>
internal static class TraceRunner
{
    private const string SessionName = "NtSimTrace";

    internal static int Run(TextWriter output, TextWriter error, string app, string[] args, string[] providerTexts, int seed, MachineChoices choices)
    {
        if (providerTexts.Length == 0)
        {
            error.WriteLine("ntsim trace: name at least one provider to enable: --provider GUID|name[:level[:keywords]] (Zero's is ZeroTraceGuid).");
            return 2;
        }

        var providers = new List<TraceProviderEnable>();
        foreach (var text in providerTexts)
        {
            if (!TraceProviderEnable.TryParse(text, out var enable, out var reason))
            {
                error.WriteLine($"ntsim trace: --provider {reason}.");
                return 2;
            }

            providers.Add(enable!);
        }

        var sample = SampleCatalog.ByApp(app);
        if (sample is null)
        {
            error.WriteLine($"ntsim trace: unknown application '{app}'. Known applications: {string.Join(", ", SampleCatalog.Runnable.Select(s => s.App))}.");
            return 2;
        }

        using var machine = choices.Boot(seed);
        var trace = machine.Tracing.StartSession(SessionName, providers);
        var session = new SampleSession(machine, output);
        var exitCode = 1;
        if (session.StartService(sample))
        {
            exitCode = session.RunApp(sample, args);
            if (session.StopService(sample) is { } report)
            {
                output.WriteLine(SampleSession.Describe(report));
            }
        }

        trace.Stop();
        Print(output, trace);
        foreach (var provider in providers.Where(p => !machine.Tracing.Providers.Any(r => p.Matches(r.ProviderId, r.Name))))
        {
            error.WriteLine($"ntsim trace: no driver registered the provider {provider.ProviderId?.ToString("D") ?? provider.Name}; "
                + $"the providers registered were: {Describe(machine.Tracing.Providers)}.");
        }

        return exitCode;
    }

    private static void Print(TextWriter output, TraceSession trace)
    {
        var events = trace.Events;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"== Trace session {trace.Name}: {events.Count} events ({string.Join(", ", trace.Providers)})"));
        foreach (var record in events)
        {
            output.WriteLine(TraceFormat.Line(record));
        }
    }

    private static string Describe(IReadOnlyList<TraceProviderInfo> providers) =>
        providers.Count == 0 ? "none" : string.Join(", ", providers.Select(p => $"{p.Name} ({p.ProviderId:D}, {p.Driver})").Distinct());
}
