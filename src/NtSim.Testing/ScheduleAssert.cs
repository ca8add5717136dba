using System.Globalization;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace NtSim.Testing;

/// <summary>
/// Runs a scenario under many thread schedules, each on a fresh deterministic machine, and fails the
/// test on the first schedule under which the scenario fails (a bug check, a deadlock, a hang, or an
/// assertion of its own), with that schedule, its seed and the one line that replays it:
/// <code>
/// ScheduleAssert.Explore(machine =&gt;
/// {
///     machine.LoadDriver(driverPath, "MyDriver");
///     var client = machine.RunClient(MyClient.Main);
///     Assert.Equal(0, client.ExitCode);
///     machine.StopDriver("MyDriver");
/// }, iterations: 100);
/// </code>
/// </summary>
public static class ScheduleAssert
{
    /// <summary>Runs <paramref name="scenario"/> under up to <paramref name="iterations"/> schedules
    /// (<paramref name="strategy"/>: random by default, seeds 0, 1, ...; <see cref="ExplorationStrategy.Pct"/>
    /// or <see cref="ExplorationStrategy.DepthFirst"/>), each on a machine of its own. On the first
    /// failing schedule, fails with the schedule, its seed, the failure (the bug check's account, the
    /// deadlock, the exception), the trace's last events and the call that replays it. When
    /// <paramref name="output"/> is given, the exploration's one-line result is written to it.
    /// The scenario must depend on nothing but its machine for a schedule to replay.</summary>
    public static void Explore(Action<Machine> scenario, int iterations = 100, ExplorationStrategy? strategy = null, ITestOutputHelper? output = null) =>
        Run(scenario, iterations, strategy, options: null, output);

    /// <summary>As <see cref="Explore(Action{Machine}, int, ExplorationStrategy?, ITestOutputHelper?)"/> on
    /// machines booted with <paramref name="options"/> (processors, verifier flags, a machine folder ...;
    /// deterministic; their <see cref="MachineOptions.Seed"/> is the first seed). A replay needs the same options.</summary>
    public static void Explore(Action<Machine> scenario, MachineOptions options, int iterations = 100, ExplorationStrategy? strategy = null, ITestOutputHelper? output = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Run(scenario, iterations, strategy, options, output);
    }

    private static void Run(Action<Machine> scenario, int iterations, ExplorationStrategy? strategy, MachineOptions? options, ITestOutputHelper? output)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var exploration = Schedules.Explore(scenario, iterations, strategy, options);
        if (exploration.Failure is not { } failure)
        {
            output?.WriteLine(exploration.ToString());
            return;
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The scenario failed under schedule '{failure.Schedule}'");
        if (failure.Schedule.Kind != ScheduleKind.Choices)
        {
            text.Append(CultureInfo.InvariantCulture, $" (seed {failure.Schedule.Seed})");
        }

        text.Append(CultureInfo.InvariantCulture, $", after {exploration.Iterations} schedule(s): {failure.Summary}.").AppendLine();
        text.Append("Replay it with: ").Append(failure.ReplayCall);
        if (options is not null)
        {
            text.Append(" (with the same MachineOptions)");
        }

        text.AppendLine().AppendLine().Append(exploration.ToString());
        if (failure.Exception is { } exception)
        {
            text.AppendLine().AppendLine().Append(exception);
        }

        output?.WriteLine(text.ToString());
        Assert.Fail(text.ToString());
    }
}
