namespace NtSim;

public static partial class Wdm
{
    /// <summary>RtlTimeToTimeFields: a system time (100 ns units since 1601) as calendar fields.</summary>
    public static void RtlTimeToTimeFields(in LARGE_INTEGER Time, out TIME_FIELDS TimeFields)
    {
        DdiGate.Enter(DdiTable.RtlTimeToTimeFields);
        TimeFields = SystemTimes.ToFields(Time.QuadPart);
    }

    /// <summary>RtlTimeFieldsToTime: calendar fields as a system time; FALSE (and Time unchanged) when a
    /// field is out of range. Weekday is ignored.</summary>
    public static bool RtlTimeFieldsToTime(in TIME_FIELDS TimeFields, ref LARGE_INTEGER Time)
    {
        DdiGate.Enter(DdiTable.RtlTimeFieldsToTime);
        if (!SystemTimes.TryFromFields(TimeFields, out var time))
        {
            return false;
        }

        Time = time;
        return true;
    }

    /// <summary>ExSystemTimeToLocalTime: a UTC system time in the machine's time zone. An NtSim machine's
    /// time zone is UTC, without daylight saving time, so the local time is the system time.</summary>
    public static void ExSystemTimeToLocalTime(in LARGE_INTEGER SystemTime, out LARGE_INTEGER LocalTime)
    {
        var thread = DdiGate.Enter(DdiTable.ExSystemTimeToLocalTime);
        LocalTime = SystemTime.QuadPart - thread.Machine.TimeZoneBias;
    }

    /// <summary>ExLocalTimeToSystemTime: a local time of the machine's time zone (UTC) as a system time.</summary>
    public static void ExLocalTimeToSystemTime(in LARGE_INTEGER LocalTime, out LARGE_INTEGER SystemTime)
    {
        var thread = DdiGate.Enter(DdiTable.ExLocalTimeToSystemTime);
        SystemTime = LocalTime.QuadPart + thread.Machine.TimeZoneBias;
    }
}
