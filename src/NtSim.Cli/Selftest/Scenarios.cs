namespace NtSim.Cli.Selftest;

/// <summary>The selftest scenarios, each written the way a driver would write it.</summary>
internal static class Scenarios
{
    internal static IReadOnlyList<Scenario> All { get; } =
    [
        new("spin lock vs DPC", "A thread and a timer DPC on another processor update one counter under a spin lock.", SpinLockRace.Run),
        new("periodic timer", "KeSetTimerEx with a 100 ms period queues its DPC on every expiry.", PeriodicTimer.Run),
        new("producer/consumer", "Two threads pass 20 items through a 4-slot buffer with two semaphores and an event.", ProducerConsumer.Run),
        new("pool leak", "A driver frees two of its three pool blocks; the tracker names the line that allocated the third.", PoolLeak.Run),
        new("bad wait", "A driver waits with a timeout at DISPATCH_LEVEL; the machine bug checks as Windows does.", BadWait.Run),
    ];

    /// <summary>Lines for what the drivers printed (DbgPrintEx, shown by the filter).</summary>
    internal static IEnumerable<string> Printed(Machine machine) =>
        machine.DebugOutput.Messages.Where(m => m.Shown).Select(m => "dbg " + m);

    internal static string Describe(Machine machine, RunStatus status) => status switch
    {
        RunStatus.Completed => "completed",
        RunStatus.BugCheck => machine.BugCheck!.Summary,
        RunStatus.Deadlock => machine.Deadlock!.ToString(),
        _ => status.ToString(),
    };
}
