namespace NtSim;

/// <summary>A schedule exploration found a failing schedule; the message is the whole account
/// (schedule, failure, last trace events, trace hash, replay call).</summary>
public sealed class ScheduleFailedException : Exception
{
    internal ScheduleFailedException(Exploration exploration)
        : base(exploration.ToString(), exploration.Failure?.Exception)
    {
        Exploration = exploration;
    }

    /// <summary>The exploration that failed.</summary>
    public Exploration Exploration { get; }
}
