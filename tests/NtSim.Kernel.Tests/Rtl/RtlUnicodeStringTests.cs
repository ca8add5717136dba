using static NtSim.Wdm;

namespace NtSim.Tests.Rtl;

public sealed class RtlUnicodeStringTests
{
    [Fact]
    public void RtlInitUnicodeString_LengthsInBytes_MaximumCountsTheNul()
    {
        RtlInitUnicodeString(out var s, @"\Device\Foo");
        Assert.Equal(22, s.Length);
        Assert.Equal(24, s.MaximumLength);
        Assert.Equal(@"\Device\Foo", s.ToString());

        RtlInitUnicodeString(out var empty, null);
        Assert.Equal(0, empty.Length);
        Assert.Equal(0, empty.MaximumLength);
        Assert.True(empty.Buffer.IsEmpty);
    }

    [Fact]
    public void RtlInitUnicodeString_TooLong_IsCutToFit()
    {
        RtlInitUnicodeString(out var s, new string('x', 40_000));
        Assert.Equal(0xFFFC, s.Length);
        Assert.Equal(0xFFFE, s.MaximumLength);
    }

    [Fact]
    public void RtlEqualUnicodeString_CaseSensitivity()
    {
        UNICODE_STRING a = @"\Device\Foo", b = @"\DEVICE\foo";
        Assert.True(RtlEqualUnicodeString(a, b, true));
        Assert.False(RtlEqualUnicodeString(a, b, false));
        Assert.False(RtlEqualUnicodeString(a, @"\Device\Fo", true));
    }

    [Fact]
    public void RtlCompareUnicodeString_OrdersAndPrefixesSortFirst()
    {
        Assert.True(RtlCompareUnicodeString("abc", "abd", false) < 0);
        Assert.True(RtlCompareUnicodeString("abd", "ABC", true) > 0);
        Assert.Equal(0, RtlCompareUnicodeString("abc", "ABC", true));
        Assert.True(RtlCompareUnicodeString("ab", "abc", false) < 0);
        Assert.True(RtlCompareUnicodeString("B", "a", false) < 0); // 'B' (0x42) sorts before 'a' (0x61)
        Assert.True(RtlPrefixUnicodeString(@"\Device", @"\device\Foo", true));
        Assert.False(RtlPrefixUnicodeString(@"\Device", @"\device\Foo", false));
    }

    [Fact]
    public void RtlCopyUnicodeString_TruncatesToDestination()
    {
        RtlInitEmptyUnicodeString(out var destination, new char[8], 8);
        RtlCopyUnicodeString(ref destination, @"\Device\Foo");
        Assert.Equal(8, destination.Length);
        Assert.Equal(@"\Dev", destination.ToString());

        RtlCopyUnicodeString(ref destination, null);
        Assert.Equal(0, destination.Length);
    }

    [Fact]
    public void RtlAppendUnicodeToString_TooSmall_LeavesDestinationUnchanged()
    {
        RtlInitEmptyUnicodeString(out var s, new char[16], 32);
        Assert.Equal(STATUS_SUCCESS, RtlAppendUnicodeToString(ref s, @"\Device"));
        Assert.Equal(STATUS_SUCCESS, RtlAppendUnicodeStringToString(ref s, @"\Foo"));
        Assert.Equal(@"\Device\Foo", s.ToString());
        Assert.Equal('\0', s.Buffer.Span[11]); // NUL-terminated where there is room
        Assert.Equal(STATUS_BUFFER_TOO_SMALL, RtlAppendUnicodeToString(ref s, "Overflowing"));
        Assert.Equal(STATUS_BUFFER_TOO_SMALL, RtlAppendUnicodeStringToString(ref s, "Overflowing"));
        Assert.Equal(@"\Device\Foo", s.ToString());
        Assert.Equal(STATUS_SUCCESS, RtlAppendUnicodeToString(ref s, "12345")); // exactly full: 16 characters
        Assert.Equal(32, s.Length);
    }

    [Fact]
    public void RtlUnicodeStringPrintf_FormatsLikeC()
    {
        RtlInitEmptyUnicodeString(out var s, new char[128], 256);
        UNICODE_STRING name = "Zero";
        Assert.Equal(STATUS_SUCCESS, RtlUnicodeStringPrintf(ref s, @"\Device\%wZ%d [%08X] %-4s| %+d %#x %5.2s %I64u %c %%", name, 7, 0xBEEFu, "ab", 3, 255, "xyz", 1UL << 40, 'q'));
        Assert.Equal(@"\Device\Zero7 [0000BEEF] ab  | +3 0xff    xy 1099511627776 q %", s.ToString());
        Assert.Equal(STATUS_SUCCESS, RtlUnicodeStringPrintf(ref s, "%d %u %x", -5, -1, -1));
        Assert.Equal("-5 4294967295 ffffffff", s.ToString());
    }

    [Fact]
    public void RtlUnicodeStringPrintf_TooSmall_TruncatesWithBufferOverflow()
    {
        RtlInitEmptyUnicodeString(out var s, new char[4], 8);
        Assert.Equal(STATUS_BUFFER_OVERFLOW, RtlUnicodeStringPrintf(ref s, "Device%d", 12));
        Assert.Equal("Devi", s.ToString());
    }

    [Fact]
    public void MalformedString_IsRejectedWithClearMessage()
    {
        var bad = new UNICODE_STRING { Buffer = new char[2], Length = 8, MaximumLength = 8 };
        var e = Assert.Throws<ArgumentException>(() => RtlEqualUnicodeString(bad, "x", false));
        Assert.Contains("Length 8 exceeds its buffer of 2 characters", e.Message);
    }

    [Fact]
    public void RtlEqualUnicodeString_OddMaximumLength_ComparesLengthBytesOnly()
    {
        // Only Length matters to a routine that reads the string.
        var odd = new UNICODE_STRING { Buffer = "Zero\0".ToCharArray(), Length = 8, MaximumLength = 9 };
        var shorter = new UNICODE_STRING { Buffer = "ZeroX".ToCharArray(), Length = 8, MaximumLength = 7 };
        Assert.True(RtlEqualUnicodeString(odd, "ZERO", true));
        Assert.True(RtlEqualUnicodeString(odd, shorter, false));
        Assert.Equal(0, RtlCompareUnicodeString(odd, "Zero", false));
        Assert.True(RtlPrefixUnicodeString("Ze", odd, false));
        Assert.Equal("Zero", odd.ToString());
    }

    [Fact]
    public void RtlAppendUnicodeToString_OddMaximumLength_UsesTheWholeCharactersItHolds()
    {
        var s = new UNICODE_STRING { Buffer = new char[3], Length = 0, MaximumLength = 5 };
        Assert.Equal(STATUS_SUCCESS, RtlAppendUnicodeToString(ref s, "ab"));
        Assert.Equal(STATUS_BUFFER_TOO_SMALL, RtlAppendUnicodeToString(ref s, "c"));
        Assert.Equal("ab", s.ToString());
        var copy = new UNICODE_STRING { Buffer = new char[3], Length = 0, MaximumLength = 5 };
        RtlCopyUnicodeString(ref copy, "xyz");
        Assert.Equal("xy", copy.ToString());
    }
}
