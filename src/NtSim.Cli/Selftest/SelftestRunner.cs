using System.Globalization;

namespace NtSim.Cli.Selftest;

/// <summary>Runs every scenario on a fresh machine per mode and prints outcomes and traces.</summary>
internal sealed class SelftestRunner(TextWriter output, int processors, int seed, int traceLines, MachineChoices? choices = null)
{
    internal bool Run(IReadOnlyList<ExecutionMode> modes)
    {
        var failures = 0;
        var count = 0;
        foreach (var mode in modes)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"== {mode} mode: {processors} processors{(mode == ExecutionMode.Deterministic ? $", seed {seed}" : "")} =="));
            foreach (var scenario in Scenarios.All)
            {
                count++;
                if (!RunOne(scenario, mode))
                {
                    failures++;
                }
            }

            output.WriteLine();
        }

        output.WriteLine(failures == 0
            ? $"selftest: all {count} scenario runs behaved as Windows would."
            : $"selftest: {failures} of {count} scenario runs FAILED.");
        return failures == 0;
    }

    private bool RunOne(Scenario scenario, ExecutionMode mode)
    {
        var (verifier, windows, isChecked) = choices ?? MachineChoices.Default;
        using var machine = Machine.Boot(new MachineOptions { Processors = processors, Seed = seed, Mode = mode, Trace = true, Verifier = verifier, WindowsVersion = windows, Checked = isChecked });
        machine.DebugOutput.SetComponentMask(Wdm.DPFLTR_IHVDRIVER_ID, 0xF);
        (choices ?? MachineChoices.Default).Stream(machine);
        ScenarioResult result;
        try
        {
            result = scenario.Run(machine);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            result = new ScenarioResult(false, [$"error: {e.Message}"]);
        }

        output.WriteLine($"-- {scenario.Name}: {(result.Passed ? "ok" : "FAILED")}");
        output.WriteLine($"   {scenario.Shows}");
        foreach (var line in result.Lines)
        {
            output.WriteLine("   " + line);
        }

        if (machine.BugCheck is { } bugCheck && !result.Passed)
        {
            output.WriteLine("   " + bugCheck.StopLine);
            output.WriteLine("   " + bugCheck.Account);
        }

        PrintTrace(machine);
        return result.Passed;
    }

    private void PrintTrace(Machine machine)
    {
        if (traceLines == 0 || !machine.Trace.Enabled)
        {
            return;
        }

        var events = machine.Trace.Events;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   trace: {machine.Trace.Count} events, hash {machine.Trace.Hash:x16}; the last {Math.Min(traceLines, events.Count)}:"));
        foreach (var e in events.Skip(Math.Max(0, events.Count - traceLines)))
        {
            output.WriteLine("     " + e);
        }
    }
}
