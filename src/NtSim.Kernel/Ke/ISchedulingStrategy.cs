namespace NtSim;

/// <summary>
/// Decides who runs next in deterministic mode. At every scheduling point the scheduler lists the
/// enabled choices in a fixed order (processors by number, then the ready queue) and asks for one.
/// A strategy must be a pure function of its seed and the sequence of questions it was asked, so
/// that the same seed replays the same run.
/// </summary>
public interface ISchedulingStrategy
{
    /// <summary>Returns a choice in [0, count). <paramref name="count"/> is at least 2.</summary>
    int Next(int count);

    /// <summary>Returns which of <paramref name="threads"/> runs next, an index in [0, Count); the
    /// list has at least 2 threads and is only valid during the call. A strategy that tells threads
    /// apart (priorities, as PCT gives them) overrides this; by default it is <see cref="Next"/>.
    /// The choices that are not threads (which idle processor takes a thread, which processor a ready
    /// thread preempts) come through <see cref="Next"/>.</summary>
    int NextThread(IReadOnlyList<KTHREAD> threads) => Next(threads.Count);
}

/// <summary>Uniform random choice from a seeded generator: explores interleavings broadly.</summary>
public sealed class RandomStrategy : ISchedulingStrategy
{
    private readonly Random _random;

    /// <summary>A strategy whose choices come from a generator seeded with <paramref name="seed"/>: the same seed gives the same run.</summary>
    public RandomStrategy(int seed)
    {
        // new Random(seed) uses the same algorithm on every platform and .NET version.
        _random = new Random(seed);
    }

    /// <inheritdoc/>
    public int Next(int count) => _random.Next(count);
}

/// <summary>Always the first choice: the running thread keeps its processor until it blocks
/// (no preemption), the lowest-numbered processor goes first. Useful to read a trace.</summary>
public sealed class FirstChoiceStrategy : ISchedulingStrategy
{
    /// <inheritdoc/>
    public int Next(int count) => 0;
}
