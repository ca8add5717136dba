namespace NtSim;

/// <summary>How a call that drives the machine (<see cref="Machine.Run(Action, string?)"/>,
/// <see cref="Machine.RunUntilIdle"/>, <see cref="Machine.AdvanceTime"/>) ended.</summary>
public enum RunStatus
{
    /// <summary>The work finished (the thread returned, or the machine went idle).</summary>
    Completed,

    /// <summary>The machine bug checked; see <see cref="Machine.BugCheck"/>.</summary>
    BugCheck,

    /// <summary>Every thread waits and nothing can wake one; see <see cref="Machine.Deadlock"/>.</summary>
    Deadlock,

    /// <summary>Deterministic mode: more scheduling decisions than <see cref="MachineOptions.MaxSteps"/>.</summary>
    StepLimit,

    /// <summary>Deterministic mode: more virtual time than <see cref="MachineOptions.MaxVirtualTime"/>.</summary>
    TimeLimit,

    /// <summary>A thread ran for <see cref="MachineOptions.HangTimeout"/> of host time without entering
    /// the kernel (driver code spinning without a DDI, or blocked on a .NET primitive); the machine
    /// halted. <see cref="Machine.StopReport"/> names the thread, its module, its last DDI and its line.</summary>
    Hung,

    /// <summary>A breakpoint or a failed assertion broke into the kernel debugger (a debugger is attached, or
    /// debugging is enabled and the machine waits for one): every processor stands still where it was.
    /// <see cref="Machine.Debugger"/> has the report; <see cref="DebuggerConnection.Go"/> and a further run
    /// resume the machine. docs/asserts.md.</summary>
    Break,
}
