namespace NtSim;

/// <summary>
/// Runs a scenario under many schedules, each on a fresh deterministic machine, and stops at the
/// first that fails: a bug check, a deadlock, a hang (a run stopped at a step or time limit), or an
/// exception the scenario throws (a failed assertion). The scenario receives the booted machine
/// and does what a test does with it (load a driver, <c>machine.Run(...)</c>, check the outcome):
/// <code>
/// var exploration = Schedules.Explore(machine =&gt; { ... }, iterations: 1000, ExplorationStrategy.Pct());
/// exploration.ThrowIfFailed();   // the schedule, the failure, the last trace events and the replay call
/// </code>
/// A scenario that returns a value also collects every distinct outcome (a race shown both ways),
/// and <see cref="Find{T}"/> stops at the first run that shows what is looked for. A failing run
/// replays, event for event, with <see cref="Replay(Action{Machine}, Schedule, MachineOptions?)"/>.
/// A scenario whose run never has two threads (or two answers) to choose from has one schedule
/// only: the exploration stops after it, exhausted.
/// The scenario must depend on nothing but its machine (no host clock, no shared state left over
/// from an earlier iteration) for the same schedule to give the same run.
/// </summary>
public static class Schedules
{
    /// <summary>The step limit of an exploration's machines when no options are given: a livelocked
    /// schedule ends in well under a second as a hang.</summary>
    public const long DefaultMaxSteps = 1_000_000;

    /// <summary>Runs <paramref name="scenario"/> under up to <paramref name="iterations"/> schedules
    /// (random by default) and stops at the first that fails. <paramref name="options"/> shape each
    /// machine (processors, verifier, limits ...; <see cref="MachineOptions.Seed"/> is the first seed,
    /// <see cref="MachineOptions.Strategy"/> is not used); they must be deterministic.</summary>
    public static Exploration Explore(Action<Machine> scenario, int iterations, ExplorationStrategy? strategy = null, MachineOptions? options = null) =>
        Walk(Unit(scenario), iterations, strategy, options, null);

    /// <summary>As <see cref="Explore(Action{Machine}, int, ExplorationStrategy?, MachineOptions?)"/>,
    /// and collects what the scenario returns: <see cref="Exploration{T}.Outcomes"/> holds every
    /// distinct value of a schedule that passed, with the first schedule that gave it.</summary>
    public static Exploration<T> Explore<T>(Func<Machine, T> scenario, int iterations, ExplorationStrategy? strategy = null, MachineOptions? options = null)
        where T : notnull =>
        Walk(scenario, iterations, strategy, options, null);

    /// <summary>Runs <paramref name="scenario"/> until <paramref name="predicate"/> accepts a run
    /// (<see cref="Exploration.Found"/>), a run fails that it does not accept (<see cref="Exploration.Failure"/>),
    /// or the iterations run out. A predicate can look for a failure, say a given bug check.</summary>
    public static Exploration Find(Action<Machine> scenario, Func<ScheduleRun, bool> predicate, int iterations, ExplorationStrategy? strategy = null, MachineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return Walk(Unit(scenario), iterations, strategy, options, run => predicate(run));
    }

    /// <summary>As <see cref="Find(Action{Machine}, Func{ScheduleRun, bool}, int, ExplorationStrategy?, MachineOptions?)"/>
    /// for a scenario that returns a value: <c>Schedules.Find(scenario, run =&gt; run.Value == 1, 1000)</c>.</summary>
    public static Exploration<T> Find<T>(Func<Machine, T> scenario, Func<ScheduleRun<T>, bool> predicate, int iterations, ExplorationStrategy? strategy = null, MachineOptions? options = null)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return Walk(scenario, iterations, strategy, options, predicate);
    }

    /// <summary>Runs <paramref name="scenario"/> once under <paramref name="schedule"/> (with the
    /// options the exploration had): the same run, event for event, with the same trace hash.</summary>
    public static ScheduleRun Replay(Action<Machine> scenario, Schedule schedule, MachineOptions? options = null) =>
        Replay(Unit(scenario), schedule, options);

    /// <summary>Runs <paramref name="scenario"/> once under <paramref name="schedule"/>, with its value.</summary>
    public static ScheduleRun<T> Replay<T>(Func<Machine, T> scenario, Schedule schedule, MachineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(schedule);
        return ScheduleRunner.Run(scenario, Template(options), schedule, -1).Run;
    }

    private static Exploration<T> Walk<T>(Func<Machine, T> scenario, int iterations, ExplorationStrategy? strategy, MachineOptions? options, Func<ScheduleRun<T>, bool>? predicate)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(iterations);
        strategy ??= ExplorationStrategy.Random;
        var template = Template(options);
        var source = strategy.Begin(template.Seed);
        var outcomes = new Dictionary<T, Schedule>();
        var iteration = 0;
        ScheduleRun? failure = null;
        ScheduleRun? found = null;
        var onlyRun = false;
        for (; iteration < iterations; iteration++)
        {
            if (source.Next(iteration) is not { } schedule)
            {
                break;
            }

            var (run, counter) = ScheduleRunner.Run(scenario, template, schedule, iteration);
            source.Ran(counter);
            if (!run.Failed)
            {
                outcomes.TryAdd(run.Value!, schedule);
            }

            if (predicate?.Invoke(run) == true)
            {
                found = run;
            }
            else if (run.Failed)
            {
                failure = run;
            }

            if (found is not null || failure is not null)
            {
                iteration++;
                break;
            }

            if (counter.RealChoices == 0)
            {
                // No question had two answers: every schedule gives this same run.
                iteration++;
                onlyRun = true;
                break;
            }
        }

        var exhausted = failure is null && found is null && (onlyRun || source.Next(iteration) is null);
        return new Exploration<T>(new Exploration(strategy, iteration, exhausted, failure, found), outcomes);
    }

    private static MachineOptions Template(MachineOptions? options)
    {
        if (options is null)
        {
            return new MachineOptions { MaxSteps = DefaultMaxSteps };
        }

        if (options.Mode != ExecutionMode.Deterministic)
        {
            throw new ArgumentException("Schedules: the machines of an exploration are deterministic (MachineOptions.Mode).", nameof(options));
        }

        return options;
    }

    private static Func<Machine, bool> Unit(Action<Machine> scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return machine =>
        {
            scenario(machine);
            return true;
        };
    }
}
