namespace NtSim;

/// <summary>Runs a scenario once: boots a fresh deterministic machine whose choices the schedule
/// makes, runs the scenario on it, and reads how it ended before the machine is disposed.</summary>
internal static class ScheduleRunner
{
    internal static (ScheduleRun<T> Run, StepCounter Counter) Run<T>(Func<Machine, T> scenario, MachineOptions options, Schedule schedule, int iteration)
    {
        var counter = new StepCounter(schedule.CreateStrategy());
        using var machine = Machine.Boot(options, counter);
        var value = default(T);
        Exception? exception = null;
        try
        {
            value = scenario(machine);
        }
        catch (Exception e)
        {
            // A failed assertion, most often: the schedule failed; the exploration goes on to report it.
            exception = e;
        }

        var run = new ScheduleRun(iteration, schedule, machine.BugCheck, machine.Deadlock, machine.StopReport, exception,
            machine.Trace.Hash, machine.Trace.Count, machine.Trace.Last(ScheduleRun.KeptEvents), counter.Steps);
        return (new ScheduleRun<T>(run, run.Failed ? default : value), counter);
    }
}
