using System.Globalization;

namespace NtSim;

/// <summary>How a schedule makes its choices.</summary>
public enum ScheduleKind
{
    /// <summary>Uniform random choices from a seed: the machine's default strategy,
    /// <see cref="RandomStrategy"/>, so the schedule is <c>MachineOptions.Seed</c> itself.</summary>
    Random,

    /// <summary>Probabilistic concurrency testing (<see cref="PctStrategy"/>): a seed, a depth and a step count.</summary>
    Pct,

    /// <summary>A sequence of choices, the first one (no preemption) after its end: what the
    /// depth-first search enumerates.</summary>
    Choices,
}

/// <summary>
/// One schedule: everything that decides a deterministic run's choices, so that the same scenario
/// under the same schedule (and the same <see cref="MachineOptions"/>) replays event for event. Its
/// text form ("random seed=17", "pct seed=17 depth=3 steps=120", "choices 0.0.1.0.2") is what a
/// failing exploration prints and <see cref="Parse"/> reads back.
/// </summary>
public sealed class Schedule : IEquatable<Schedule>
{
    private readonly int[] _choices;

    private Schedule(ScheduleKind kind, int seed, int depth, int steps, int[] choices)
    {
        Kind = kind;
        Seed = seed;
        Depth = depth;
        Steps = steps;
        _choices = choices;
    }

    /// <summary>Whether the schedule is a random seed, a PCT seed or a list of choices.</summary>
    public ScheduleKind Kind { get; }

    /// <summary>The seed (random and PCT schedules).</summary>
    public int Seed { get; }

    /// <summary>PCT: the bug depth aimed at (d; the schedule has d - 1 priority change points).</summary>
    public int Depth { get; }

    /// <summary>PCT: the number of steps (thread choices) over which the change points are spread.</summary>
    public int Steps { get; }

    /// <summary>Choice schedules: the choices in order; every later choice is the first (0).</summary>
    public IReadOnlyList<int> Choices => _choices;

    /// <summary>A random schedule: the same as booting with <c>MachineOptions.Seed = seed</c>.</summary>
    public static Schedule Random(int seed) => new(ScheduleKind.Random, seed, 0, 0, []);

    /// <summary>A PCT schedule (<see cref="PctStrategy"/>).</summary>
    public static Schedule Pct(int seed, int depth, int steps)
    {
        PctStrategy.Validate(depth, steps);
        return new(ScheduleKind.Pct, seed, depth, steps, []);
    }

    /// <summary>A schedule that makes these choices, then always the first.</summary>
    public static Schedule FromChoices(IEnumerable<int> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        int[] list = [.. choices];
        if (list.Any(c => c < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(choices), "Schedule.FromChoices: a choice is an index, 0 or more.");
        }

        // Trailing first choices say nothing: every choice after the list is the first.
        var length = list.Length;
        while (length > 0 && list[length - 1] == 0)
        {
            length--;
        }

        return new(ScheduleKind.Choices, 0, 0, 0, list[..length]);
    }

    /// <summary>Reads a schedule's text form, as <see cref="ToString"/> writes it.</summary>
    public static Schedule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        try
        {
            switch (parts.FirstOrDefault())
            {
                case "random" when parts.Length == 2:
                    return Random(Field(parts[1], "seed"));
                case "pct" when parts.Length == 4:
                    return Pct(Field(parts[1], "seed"), Field(parts[2], "depth"), Field(parts[3], "steps"));
                case "choices" when parts.Length <= 2:
                    return FromChoices(parts.Length == 1 ? [] : parts[1].Split('.').Select(c => int.Parse(c, NumberStyles.None, CultureInfo.InvariantCulture)));
            }
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            throw new FormatException($"Schedule.Parse: '{text}' is not a schedule ({e.Message}).", e);
        }

        throw new FormatException($"Schedule.Parse: '{text}' is not a schedule; expected 'random seed=N', 'pct seed=N depth=D steps=K' or 'choices 0.1.0'.");
    }

    /// <summary>The strategy that makes this schedule's choices in a fresh machine.</summary>
    internal ISchedulingStrategy CreateStrategy() => Kind switch
    {
        ScheduleKind.Random => new RandomStrategy(Seed),
        ScheduleKind.Pct => new PctStrategy(Seed, Depth, Steps),
        _ => new ChoiceStrategy(_choices),
    };

    /// <summary>"random seed=N", "pct seed=N depth=D steps=S" or "choices 0.1.0": the form Schedule.Parse reads back.</summary>
    public override string ToString() => Kind switch
    {
        ScheduleKind.Random => string.Create(CultureInfo.InvariantCulture, $"random seed={Seed}"),
        ScheduleKind.Pct => string.Create(CultureInfo.InvariantCulture, $"pct seed={Seed} depth={Depth} steps={Steps}"),
        _ => _choices.Length == 0 ? "choices" : "choices " + string.Join('.', _choices),
    };

    /// <summary>Two schedules are equal when they print the same.</summary>
    public bool Equals(Schedule? other) => other is not null && ToString() == other.ToString();

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Schedule);

    /// <inheritdoc/>
    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

    private static int Field(string part, string name)
    {
        var prefix = name + "=";
        if (!part.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new FormatException($"expected {prefix}N, found '{part}'");
        }

        return int.Parse(part.AsSpan(prefix.Length), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }
}
