namespace NtSim;

/// <summary>Passes every question to a schedule's strategy and counts the thread choices (the steps
/// PCT spreads its change points over) and the questions that had more than one answer.</summary>
internal sealed class StepCounter : ISchedulingStrategy
{
    private readonly ISchedulingStrategy _inner;

    internal StepCounter(ISchedulingStrategy inner)
    {
        _inner = inner;
    }

    internal ISchedulingStrategy Inner => _inner;

    internal int Steps { get; private set; }

    /// <summary>The questions with more than one answer: a run with none is the only run its
    /// scenario has, whatever the schedule.</summary>
    internal int RealChoices { get; private set; }

    public int Next(int count)
    {
        if (count > 1)
        {
            RealChoices++;
        }

        return _inner.Next(count);
    }

    public int NextThread(IReadOnlyList<KTHREAD> threads)
    {
        Steps++;
        if (threads.Count > 1)
        {
            RealChoices++;
        }

        return _inner.NextThread(threads);
    }
}
