namespace NtSim;

/// <summary>Makes a given sequence of choices, then always the first (the running thread goes on),
/// and records every choice it made with the number of choices it had: what the depth-first search
/// needs to find the next schedule.</summary>
internal sealed class ChoiceStrategy : ISchedulingStrategy
{
    private readonly int[] _prefix;
    private readonly List<(int Choice, int Count)> _made = [];

    internal ChoiceStrategy(int[] prefix)
    {
        _prefix = prefix;
    }

    /// <summary>Every choice made, in order, with how many there were to pick from.</summary>
    internal IReadOnlyList<(int Choice, int Count)> Made => _made;

    public int Next(int count)
    {
        var position = _made.Count;
        // A scenario that depends on nothing but its choices offers as many on replay; clamp if not.
        var choice = position < _prefix.Length ? Math.Min(_prefix[position], count - 1) : 0;
        _made.Add((choice, count));
        return choice;
    }
}
