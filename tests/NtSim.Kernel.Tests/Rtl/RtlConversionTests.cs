using static NtSim.Wdm;

namespace NtSim.Tests.Rtl;

/// <summary>Numbers, GUIDs and times as strings and fields.</summary>
public sealed class RtlConversionTests
{
    [Fact]
    public void RtlIntegerToUnicodeString_Bases_AndTheNul()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            RtlInitEmptyUnicodeString(out var s, new char[24], 48);
            Assert.Equal(STATUS_SUCCESS, RtlIntegerToUnicodeString(255, 16, ref s));
            Assert.Equal("FF", s.ToString());
            Assert.Equal('\0', s.Buffer.Span[2]);
            Assert.Equal(STATUS_SUCCESS, RtlIntegerToUnicodeString(5, 2, ref s));
            Assert.Equal("101", s.ToString());
            Assert.Equal(STATUS_SUCCESS, RtlIntegerToUnicodeString(1234, 0, ref s));
            Assert.Equal("1234", s.ToString());
            Assert.Equal(STATUS_INVALID_PARAMETER, RtlIntegerToUnicodeString(1, 3, ref s));
            Assert.Equal(STATUS_SUCCESS, RtlInt64ToUnicodeString(ulong.MaxValue, 10, ref s));
            Assert.Equal("18446744073709551615", s.ToString());

            RtlInitEmptyUnicodeString(out var small, new char[4], 8);
            Assert.Equal(STATUS_BUFFER_OVERFLOW, RtlIntegerToUnicodeString(1234, 10, ref small)); // no room for the NUL
            Assert.Equal(STATUS_SUCCESS, RtlIntegerToUnicodeString(123, 10, ref small));
        }));
    }

    [Fact]
    public void RtlUnicodeStringToInteger_WhiteSpaceSignPrefixAndStop()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, RtlUnicodeStringToInteger("  -0x1A", 0, out var value));
            Assert.Equal(unchecked((uint)-26), value);
            Assert.Equal(STATUS_SUCCESS, RtlUnicodeStringToInteger("0b101", 0, out value));
            Assert.Equal(5u, value);
            Assert.Equal(STATUS_SUCCESS, RtlUnicodeStringToInteger("0o17", 0, out value));
            Assert.Equal(15u, value);
            Assert.Equal(STATUS_SUCCESS, RtlUnicodeStringToInteger("123abc", 10, out value));
            Assert.Equal(123u, value);
            Assert.Equal(STATUS_SUCCESS, RtlUnicodeStringToInteger("ff", 16, out value));
            Assert.Equal(255u, value);
            Assert.Equal(STATUS_INVALID_PARAMETER, RtlUnicodeStringToInteger("1", 7, out _));
        }));
    }

    [Fact]
    public void RtlStringFromGUID_RoundTripsThroughRtlGUIDFromString_AndIsPool()
    {
        using var machine = MachineAssert.Boot();
        var guid = new Guid("5d006e1a-2631-466b-8af5-0b5c0d4c7d92");
        string? text = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, RtlStringFromGUID(guid, out var s));
            text = s.ToString();
            Assert.Equal(78, s.MaximumLength);
            Assert.Equal(1, machine.Pool.QueryTag("Strg").Outstanding);
            Assert.Equal(STATUS_SUCCESS, RtlGUIDFromString(s, out var back));
            Assert.Equal(guid, back);
            RtlFreeUnicodeString(ref s);
            Assert.Equal(STATUS_SUCCESS, RtlGUIDFromString("{5d006e1a-2631-466b-8af5-0b5c0d4c7d92}", out back));
            Assert.Equal(guid, back);
            Assert.Equal(STATUS_INVALID_PARAMETER, RtlGUIDFromString("5d006e1a-2631-466b-8af5-0b5c0d4c7d92", out _));
            Assert.Equal(STATUS_INVALID_PARAMETER, RtlGUIDFromString("{5d006e1a-2631-466b-8af5-0b5c0d4c7d9}", out _));
        }));
        Assert.Equal("{5D006E1A-2631-466B-8AF5-0B5C0D4C7D92}", text);
        Assert.Equal(0, machine.Pool.QueryTag("Strg").Outstanding);
    }

    [Fact]
    public void RtlTimeToTimeFields_Epoch_IsMonday1601()
    {
        using var machine = MachineAssert.Boot();
        TIME_FIELDS fields = default;
        MachineAssert.Completed(machine, machine.Run(() => RtlTimeToTimeFields(new LARGE_INTEGER(0), out fields)));
        Assert.Equal((short)1601, fields.Year);
        Assert.Equal((short)1, fields.Month);
        Assert.Equal((short)1, fields.Day);
        Assert.Equal((short)1, fields.Weekday);
    }

    [Fact]
    public void RtlTimeToTimeFields_AgreesWithTheCalendar_AndRoundTrips()
    {
        using var machine = MachineAssert.Boot();
        var when = new DateTime(2024, 2, 29, 23, 59, 58, 765, DateTimeKind.Utc);
        TIME_FIELDS fields = default;
        LARGE_INTEGER back = default;
        var ok = false;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            RtlTimeToTimeFields(new LARGE_INTEGER(when.ToFileTimeUtc() + 1234), out fields);
            ok = RtlTimeFieldsToTime(fields, ref back);
        }));
        Assert.Equal("2024-02-29 23:59:58.765 (weekday 4)", fields.ToString()); // a Thursday
        Assert.True(ok);
        Assert.Equal(when.ToFileTimeUtc(), back.QuadPart); // the sub-millisecond part is not in the fields
    }

    [Fact]
    public void RtlTimeFieldsToTime_InvalidField_FalseAndTimeUnchanged()
    {
        using var machine = MachineAssert.Boot();
        var results = new List<bool>();
        LARGE_INTEGER time = 42;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var leap = new TIME_FIELDS { Year = 2023, Month = 2, Day = 29 };
            results.Add(RtlTimeFieldsToTime(leap, ref time));
            results.Add(RtlTimeFieldsToTime(leap with { Year = 1600 }, ref time));
            results.Add(RtlTimeFieldsToTime(new TIME_FIELDS { Year = 2023, Month = 13, Day = 1 }, ref time));
            results.Add(RtlTimeFieldsToTime(new TIME_FIELDS { Year = 2023, Month = 1, Day = 1, Hour = 24 }, ref time));
        }));
        Assert.Equal([false, false, false, false], results);
        Assert.Equal(42, time.QuadPart);
    }

    [Fact]
    public void ExSystemTimeToLocalTime_MachineKeepsUtc()
    {
        using var machine = MachineAssert.Boot();
        LARGE_INTEGER local = default, system = default, now = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            KeQuerySystemTime(out now);
            ExSystemTimeToLocalTime(now, out local);
            ExLocalTimeToSystemTime(local, out system);
        }));
        Assert.Equal(now, local);
        Assert.Equal(now, system);
    }
}
