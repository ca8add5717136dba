namespace NtSim;

/// <summary>TIME_FIELDS: a time broken into calendar fields (CSHORT each), as RtlTimeToTimeFields gives
/// it. Weekday is 0 for Sunday to 6 for Saturday; RtlTimeFieldsToTime ignores it.</summary>
public struct TIME_FIELDS
{
    /// <summary>The year, from 1601.</summary>
    public short Year;
    /// <summary>The month, 1 to 12.</summary>
    public short Month;
    /// <summary>The day of the month, 1 to 31.</summary>
    public short Day;
    /// <summary>The hour, 0 to 23.</summary>
    public short Hour;
    /// <summary>The minute, 0 to 59.</summary>
    public short Minute;
    /// <summary>The second, 0 to 59.</summary>
    public short Second;
    /// <summary>The milliseconds, 0 to 999.</summary>
    public short Milliseconds;
    /// <summary>The day of the week, 0 for Sunday to 6 for Saturday.</summary>
    public short Weekday;

    /// <summary>"yyyy-MM-dd HH:mm:ss.fff (weekday n)".</summary>
    public override readonly string ToString() =>
        $"{Year:D4}-{Month:D2}-{Day:D2} {Hour:D2}:{Minute:D2}:{Second:D2}.{Milliseconds:D3} (weekday {Weekday})";
}
