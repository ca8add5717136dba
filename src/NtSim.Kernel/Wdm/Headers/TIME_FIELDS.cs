namespace NtSim;

/// <summary>TIME_FIELDS: a time broken into calendar fields (CSHORT each), as RtlTimeToTimeFields gives
/// it. Weekday is 0 for Sunday to 6 for Saturday; RtlTimeFieldsToTime ignores it.</summary>
public struct TIME_FIELDS
{
    public short Year;
    public short Month;
    public short Day;
    public short Hour;
    public short Minute;
    public short Second;
    public short Milliseconds;
    public short Weekday;

    public override readonly string ToString() =>
        $"{Year:D4}-{Month:D2}-{Day:D2} {Hour:D2}:{Minute:D2}:{Second:D2}.{Milliseconds:D3} (weekday {Weekday})";
}
