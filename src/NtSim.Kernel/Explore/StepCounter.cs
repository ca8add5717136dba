namespace NtSim;

/// <summary>Passes every question to a schedule's strategy and counts the thread choices (the steps
/// PCT spreads its change points over).</summary>
internal sealed class StepCounter : ISchedulingStrategy
{
    private readonly ISchedulingStrategy _inner;

    internal StepCounter(ISchedulingStrategy inner)
    {
        _inner = inner;
    }

    internal ISchedulingStrategy Inner => _inner;

    internal int Steps { get; private set; }

    public int Next(int count) => _inner.Next(count);

    public int NextThread(IReadOnlyList<KTHREAD> threads)
    {
        Steps++;
        return _inner.NextThread(threads);
    }
}
