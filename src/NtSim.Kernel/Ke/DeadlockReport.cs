namespace NtSim;

/// <summary>Why a run could not go on: every thread waits and no timer can wake one. Lists what
/// each thread waits for, as <c>!locks</c> and <c>!thread</c> would show it, with the IRPs whose
/// completion it waits for and where each one is (<c>!irp</c>).</summary>
public sealed class DeadlockReport
{
    internal DeadlockReport(IReadOnlyList<string> threads, long interruptTime)
    {
        Threads = threads;
        InterruptTime = interruptTime;
    }

    /// <summary>One line per blocked thread: what it waits on, who owns it, and the IRPs it waits for.</summary>
    public IReadOnlyList<string> Threads { get; }

    /// <summary>Interrupt time (100 ns units since boot) when the deadlock was found.</summary>
    public long InterruptTime { get; }

    /// <summary>"Deadlock: ..." and one indented line per blocked thread.</summary>
    public override string ToString() =>
        "Deadlock: no thread can run and no timer is pending." + Environment.NewLine + string.Join(Environment.NewLine, Threads.Select(t => "  " + t));
}
