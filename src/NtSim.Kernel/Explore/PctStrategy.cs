namespace NtSim;

/// <summary>
/// Probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi, Nagarakatte, "A Randomized
/// Scheduler with Probabilistic Guarantees of Finding Bugs", ASPLOS 2010). Every thread gets a
/// random priority when it first becomes a choice, all distinct and all at least
/// <c>depth</c>; <c>depth - 1</c> change points are drawn uniformly among the first
/// <c>steps</c> thread choices, and at the i-th change point the thread about to run drops to
/// priority i, below every thread that has not dropped. At each choice the enabled thread of the
/// highest priority runs. A run with n threads and k steps then hits a given bug of depth d (one
/// that needs d ordering constraints between threads to show) with a probability of at least
/// 1 / (n * k^(d-1)).
/// The choices that are not threads (which idle processor takes a thread) are uniform random.
/// </summary>
public sealed class PctStrategy : ISchedulingStrategy
{
    private readonly Random _random;
    // Threads that have not dropped, the highest priority first.
    private readonly List<KTHREAD> _order = [];
    // Threads that dropped at a change point, with their new priority (1 to depth - 1).
    private readonly Dictionary<KTHREAD, int> _dropped = [];
    // Step number of each change point, with the priority it gives.
    private readonly Dictionary<int, int> _changePoints = [];
    private int _step;

    /// <summary>A PCT schedule: <paramref name="depth"/> at least 1 (1 is no change point: a random
    /// priority order without preemption), <paramref name="steps"/> at least 1.</summary>
    public PctStrategy(int seed, int depth, int steps)
    {
        Validate(depth, steps);
        // new Random(seed) uses the same algorithm on every platform and .NET version.
        _random = new Random(seed);
        var points = Math.Min(depth - 1, steps);
        for (var priority = 1; priority <= points; priority++)
        {
            int step;
            do
            {
                step = _random.Next(1, steps + 1);
            }
            while (_changePoints.ContainsKey(step));

            _changePoints.Add(step, priority);
        }
    }

    /// <summary>Number of thread choices made so far.</summary>
    public int Steps => _step;

    /// <inheritdoc/>
    public int Next(int count) => _random.Next(count);

    /// <inheritdoc/>
    public int NextThread(IReadOnlyList<KTHREAD> threads)
    {
        _step++;
        foreach (var thread in threads)
        {
            if (!_dropped.ContainsKey(thread) && !_order.Contains(thread))
            {
                // A new thread takes a random place among the threads that have not dropped, so
                // the priorities are a uniform random permutation however the threads arrive.
                _order.Insert(_random.Next(_order.Count + 1), thread);
            }
        }

        var best = Highest(threads);
        if (_changePoints.TryGetValue(_step, out var priority))
        {
            _order.Remove(threads[best]);
            _dropped[threads[best]] = priority;
            best = Highest(threads);
        }

        return best;
    }

    internal static void Validate(int depth, int steps)
    {
        if (depth < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(depth), depth, "PCT: the depth is at least 1.");
        }

        if (steps < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(steps), steps, "PCT: the number of steps is at least 1.");
        }
    }

    private int Highest(IReadOnlyList<KTHREAD> threads)
    {
        var best = -1;
        var bestRank = int.MaxValue;
        for (var i = 0; i < threads.Count; i++)
        {
            // Not dropped: rank by place in the order (0 is the highest); dropped: below all of them.
            var rank = _dropped.TryGetValue(threads[i], out var priority) ? int.MaxValue - 1 - priority : _order.IndexOf(threads[i]);
            if (rank < bestRank)
            {
                best = i;
                bestRank = rank;
            }
        }

        return best;
    }
}
