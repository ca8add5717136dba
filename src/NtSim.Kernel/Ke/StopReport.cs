using System.Globalization;
using System.Text;

namespace NtSim;

/// <summary>Why a run stopped at a limit (<see cref="RunStatus.StepLimit"/>, <see cref="RunStatus.TimeLimit"/>)
/// or hung (<see cref="RunStatus.Hung"/>):
/// the thread that was running, its module, the last DDI it called and the driver's line, and
/// what every other thread was doing.</summary>
public sealed class StopReport
{
    internal StopReport(RunStatus status, string? thread, string? module, string? lastDdi, string? location, IReadOnlyList<string> threads, long interruptTime)
    {
        Status = status;
        Thread = thread;
        Module = module;
        LastDdi = lastDdi;
        Location = location;
        Threads = threads;
        InterruptTime = interruptTime;
    }

    /// <summary>Why the run stopped (the limit that struck).</summary>
    public RunStatus Status { get; }

    /// <summary>The thread that was running when the limit struck ("T12 (Poller)"); null if only idle threads ran.</summary>
    public string? Thread { get; }

    /// <summary>The module whose code that thread was running ("Sample").</summary>
    public string? Module { get; }

    /// <summary>The last DDI that thread called ("KeStallExecutionProcessor").</summary>
    public string? LastDdi { get; }

    /// <summary>The driver's frame on that thread: "Sample!SampleDriver.Poll, SampleDriver.cs:42".</summary>
    public string? Location { get; }

    /// <summary>One line per other thread: what it waits for or does, its module and its last DDI.</summary>
    public IReadOnlyList<string> Threads { get; }

    /// <summary>Interrupt time (100 ns units since boot) when the run stopped.</summary>
    public long InterruptTime { get; }

    /// <summary>"The machine stopped: StepLimit. T12 (Poller) was running Sample!SampleDriver.Poll,
    /// SampleDriver.cs:42 (last DDI KeStallExecutionProcessor)." and the other threads.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"The machine stopped: {Status}.");
        if (Thread is not null)
        {
            text.Append(' ').Append(Thread).Append(" was running ").Append(Location ?? Module ?? "kernel code");
            if (LastDdi is not null)
            {
                text.Append(" (last DDI ").Append(LastDdi).Append(')');
            }

            text.Append('.');
        }

        foreach (var line in Threads)
        {
            text.AppendLine().Append("  ").Append(line);
        }

        return text.ToString();
    }
}
