using System.Globalization;
using System.Text;

namespace NtSim.Testing;

/// <summary>What a failure message says about a machine: why its run stopped (the bug check's stop
/// line and account, the deadlock, the hang) and the tail of its event trace.</summary>
internal static class MachineText
{
    /// <summary>How many of the trace's last events a failure message shows.</summary>
    public const int TraceTail = 20;

    /// <summary>"Run ended with BugCheck: *** STOP: ...", the report behind it, and the trace's tail.</summary>
    public static string Stopped(Machine machine, RunStatus status)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The machine's run ended with {status}");
        var report = status switch
        {
            RunStatus.BugCheck => machine.BugCheck?.ToString(),
            RunStatus.Deadlock => machine.Deadlock?.ToString(),
            RunStatus.StepLimit or RunStatus.TimeLimit or RunStatus.Hung => machine.StopReport?.ToString(),
            _ => null,
        };
        text.Append(report is null ? "." : ":" + Environment.NewLine + report);
        AppendTrace(text, machine);
        return text.ToString();
    }

    /// <summary>The last <see cref="TraceTail"/> events of the machine's trace, if it records one.</summary>
    public static void AppendTrace(StringBuilder text, Machine machine)
    {
        if (!machine.Trace.Enabled)
        {
            return;
        }

        var events = machine.Trace.Events;
        var tail = events.Skip(Math.Max(0, events.Count - TraceTail)).ToList();
        if (tail.Count == 0)
        {
            return;
        }

        text.AppendLine().Append(CultureInfo.InvariantCulture, $"The trace's last {tail.Count} events:");
        foreach (var e in tail)
        {
            text.AppendLine().Append("  ").Append(e.ToString());
        }
    }
}
