namespace NtSim;

/// <summary>
/// System times (100-nanosecond intervals since 1 January 1601, UTC) and their calendar fields,
/// on the proleptic Gregorian calendar, as RtlTimeToTimeFields and RtlTimeFieldsToTime count them.
/// </summary>
internal static class SystemTimes
{
    private const long TicksPerMillisecond = 10_000;
    private const long TicksPerDay = 86_400 * 1000 * TicksPerMillisecond;

    /// <summary>Days from 1 March of year 0 to 1 January 1601.</summary>
    private static readonly long s_epoch = DaysFromYearZero(1601, 1, 1);

    internal static TIME_FIELDS ToFields(long time)
    {
        var days = Math.DivRem(time, TicksPerDay, out var rest);
        if (rest < 0)
        {
            days--;
            rest += TicksPerDay;
        }

        var (year, month, day) = Civil(days + s_epoch);
        var ms = rest / TicksPerMillisecond;
        return new TIME_FIELDS
        {
            Year = (short)year,
            Month = (short)month,
            Day = (short)day,
            Hour = (short)(ms / 3_600_000),
            Minute = (short)(ms / 60_000 % 60),
            Second = (short)(ms / 1000 % 60),
            Milliseconds = (short)(ms % 1000),

            // 1 January 1601 was a Monday (1); Sunday is 0.
            Weekday = (short)(((days % 7) + 8) % 7),
        };
    }

    /// <summary>The time the fields name; false when a field is out of range (a year before 1601,
    /// a month not 1-12, a day past its month's end, an hour, minute, second or millisecond too large).</summary>
    internal static bool TryFromFields(in TIME_FIELDS fields, out long time)
    {
        time = 0;
        if (fields.Year is < 1601 or > 30827 || fields.Month is < 1 or > 12 || fields.Day < 1
            || fields.Day > DateTime.DaysInMonth(2000 + (fields.Year % 400), fields.Month)
            || fields.Hour is < 0 or > 23 || fields.Minute is < 0 or > 59 || fields.Second is < 0 or > 59
            || fields.Milliseconds is < 0 or > 999)
        {
            return false;
        }

        var days = DaysFromYearZero(fields.Year, fields.Month, fields.Day) - s_epoch;
        var ms = ((((fields.Hour * 60L) + fields.Minute) * 60) + fields.Second) * 1000 + fields.Milliseconds;
        time = (days * TicksPerDay) + (ms * TicksPerMillisecond);
        return true;
    }

    /// <summary>Days since 1 March of year 0 (years begin in March, so that February's leap day is last).</summary>
    private static long DaysFromYearZero(long year, long month, long day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - (era * 400);
        var dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra;
    }

    private static (long Year, long Month, long Day) Civil(long days)
    {
        var era = (days >= 0 ? days : days - 146096) / 146097;
        var dayOfEra = days - (era * 146097);
        var yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        var dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        var mp = ((5 * dayOfYear) + 2) / 153;
        var day = dayOfYear - (((153 * mp) + 2) / 5) + 1;
        var month = mp < 10 ? mp + 3 : mp - 9;
        return (yearOfEra + (era * 400) + (month <= 2 ? 1 : 0), month, day);
    }
}
