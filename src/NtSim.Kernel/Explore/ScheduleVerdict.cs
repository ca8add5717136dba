namespace NtSim;

/// <summary>How a scenario ended under one schedule. Anything but <see cref="Passed"/> is a failure.</summary>
public enum ScheduleVerdict
{
    /// <summary>The scenario returned, the machine did not bug check, deadlock or stop at a limit.</summary>
    Passed,

    /// <summary>The machine bug checked (<see cref="ScheduleRun.BugCheck"/>).</summary>
    BugCheck,

    /// <summary>A run ended with every thread waiting and nothing to wake one (<see cref="ScheduleRun.Deadlock"/>).</summary>
    Deadlock,

    /// <summary>A run stopped at <see cref="MachineOptions.MaxSteps"/> or <see cref="MachineOptions.MaxVirtualTime"/>:
    /// a livelock or a hang (<see cref="ScheduleRun.StopReport"/>).</summary>
    Hang,

    /// <summary>The scenario threw: a failed assertion, most often (<see cref="ScheduleRun.Exception"/>).</summary>
    Exception,
}
