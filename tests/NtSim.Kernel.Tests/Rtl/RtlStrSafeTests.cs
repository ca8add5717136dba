using System.Text;
using static NtSim.Wdm;

namespace NtSim.Tests.Rtl;

/// <summary>ntstrsafe.h: inline functions, so they run on any thread (no machine needed but for a
/// destination in simulated memory).</summary>
public sealed class RtlStrSafeTests
{
    private static string Text(ReadOnlySpan<char> buffer) => new(buffer[..buffer.IndexOf('\0')]);

    private static string Text(ReadOnlySpan<byte> buffer) => Encoding.Latin1.GetString(buffer[..buffer.IndexOf((byte)0)]);

    [Fact]
    public void RtlStringCchCopyW_Fits_CopiesAndTerminates()
    {
        var buffer = new char[8];
        Array.Fill(buffer, 'x');
        Assert.Equal(STATUS_SUCCESS, RtlStringCchCopyW(buffer, 8, "Zero"));
        Assert.Equal("Zero", Text(buffer));
        Assert.Equal('x', buffer[5]);
    }

    [Fact]
    public void RtlStringCchCopyW_TooLong_TruncatesTerminatedWithBufferOverflow()
    {
        var buffer = new char[8];
        Assert.Equal(STATUS_BUFFER_OVERFLOW, RtlStringCchCopyW(buffer, 4, @"\Device\Zero"));
        Assert.Equal(@"\De", Text(buffer));
        Assert.Equal('\0', buffer[3]);
    }

    [Fact]
    public void RtlStringCchCopyW_ZeroOrHugeSize_InvalidParameterAndNothingWritten()
    {
        var buffer = "abcd".ToCharArray();
        Assert.Equal(STATUS_INVALID_PARAMETER, RtlStringCchCopyW(buffer, 0, "x"));
        Assert.Equal(STATUS_INVALID_PARAMETER, RtlStringCchCopyW(buffer, 2147483648UL, "x"));
        Assert.Equal("abcd", new string(buffer));
    }

    [Fact]
    public void RtlStringCchCopyW_SizeLargerThanBuffer_IsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => RtlStringCchCopyW(new char[4], 16, "x"));
        Assert.Contains("RtlStringCchCopyW: the destination holds 4 characters but the call says 16", e.Message);
    }

    [Fact]
    public void RtlStringCchCopyNW_CopiesAtMostN_AndNStopsAtTheSourceNul()
    {
        var buffer = new char[16];
        Assert.Equal(STATUS_SUCCESS, RtlStringCchCopyNW(buffer, 16, "ZeroDevice", 4));
        Assert.Equal("Zero", Text(buffer));
        Assert.Equal(STATUS_SUCCESS, RtlStringCchCopyNW(buffer, 16, "ab\0cd".ToCharArray(), 5));
        Assert.Equal("ab", Text(buffer));
        Assert.Equal(STATUS_INVALID_PARAMETER, RtlStringCchCopyNW(buffer, 16, "x", 2147483647));
        Assert.Equal('\0', buffer[0]); // an invalid count leaves an empty string
    }

    [Fact]
    public void RtlStringCchCatW_AppendsAndTruncates()
    {
        var buffer = new char[10];
        RtlStringCchCopyW(buffer, 10, "Zero");
        Assert.Equal(STATUS_SUCCESS, RtlStringCchCatW(buffer, 10, "Dev"));
        Assert.Equal("ZeroDev", Text(buffer));
        Assert.Equal(STATUS_BUFFER_OVERFLOW, RtlStringCchCatW(buffer, 10, "ice0"));
        Assert.Equal("ZeroDevic", Text(buffer));
        Assert.Equal(STATUS_SUCCESS, RtlStringCchCatNW(buffer, 10, "zzz", 0));
    }

    [Fact]
    public void RtlStringCchCatW_DestinationWithoutNul_InvalidParameter()
    {
        var buffer = "abcd".ToCharArray();
        Assert.Equal(STATUS_INVALID_PARAMETER, RtlStringCchCatW(buffer, 4, "x"));
        Assert.Equal("abcd", new string(buffer));
    }

    [Fact]
    public void RtlStringCbCopyW_SizeInBytes_OddByteIgnored()
    {
        var buffer = new char[8];
        Assert.Equal(STATUS_INVALID_PARAMETER, RtlStringCbCopyW(buffer, 1, "x"));
        Assert.Equal(STATUS_BUFFER_OVERFLOW, RtlStringCbCopyW(buffer, 7, "Zero")); // 3 characters
        Assert.Equal("Ze", Text(buffer));
        Assert.Equal(STATUS_SUCCESS, RtlStringCbCopyNW(buffer, 16, "Zero", 4)); // 2 characters
        Assert.Equal("Ze", Text(buffer));
        Assert.Equal(STATUS_SUCCESS, RtlStringCbCatW(buffer, 16, "ro"));
        Assert.Equal("Zero", Text(buffer));
    }

    [Fact]
    public void RtlStringCchPrintfA_FormatsTheSpecifiersDriversUse()
    {
        var buffer = new byte[128];
        UNICODE_STRING name = "Zero";
        ANSI_STRING ansi = "ansi";
        var status = RtlStringCchPrintfA(buffer, 128, "%s|%S|%ls|%ws|%wZ|%Z|%d|%i|%u|%x|%X|%lu|%ld|%I64x|%llx|%c|%%|%5d|%-5d|%05u|%.2s|%p",
            "a"u8.ToArray(), "w", "l", "ws", name, ansi, -7, 8, 9u, 0xabu, 0xabu, 10u, -11, 0x1122334455UL, 0xFFUL, 'q', 42, 42, 42, "xyz", new PVOID(0xFFFFA50F00001010));
        Assert.Equal(STATUS_SUCCESS, status);
        Assert.Equal("a|w|l|ws|Zero|ansi|-7|8|9|ab|AB|10|-11|1122334455|ff|q|%|   42|42   |00042|xy|FFFFA50F00001010", Text(buffer));
    }

    [Fact]
    public void RtlStringCchPrintfW_TooSmall_TruncatesTerminatedWithBufferOverflow()
    {
        var buffer = new char[6];
        Assert.Equal(STATUS_BUFFER_OVERFLOW, RtlStringCchPrintfW(buffer, 6, "Device%d", 12));
        Assert.Equal("Devic", Text(buffer));
        Assert.Equal(STATUS_SUCCESS, RtlStringCchPrintfW(buffer, 6, "%d", 12345));
        Assert.Equal("12345", Text(buffer));
        Assert.Equal(STATUS_INVALID_PARAMETER, RtlStringCchPrintfW(buffer, 0, "%d", 1));
        Assert.Equal(STATUS_SUCCESS, RtlStringCchVPrintfW(buffer, 6, "%s-%s", ["a", "b"]));
        Assert.Equal("a-b", Text(buffer));
    }

    [Fact]
    public void RtlStringCbPrintfA_SizeInBytes()
    {
        var buffer = new byte[8];
        Assert.Equal(STATUS_BUFFER_OVERFLOW, RtlStringCbPrintfA(buffer, 4, "%u", 123456u));
        Assert.Equal("123", Text(buffer));
        Assert.Equal(STATUS_SUCCESS, RtlStringCbVPrintfA(buffer, 8, "%x", [255]));
        Assert.Equal("ff", Text(buffer));
    }

    [Fact]
    public void RtlStringCchPrintfA_AnsiCodePage_RoundTripsThroughBytes()
    {
        var buffer = new byte[8];
        Assert.Equal(STATUS_SUCCESS, RtlStringCchPrintfA(buffer, 8, "%s", "\u00e9\u20ac"));
        Assert.Equal([0xE9, 0x80, 0], buffer[..3]); // é and € in code page 1252
    }

    [Fact]
    public void RtlStringCchLengthW_CountsUpToTheNul_WithinCchMax()
    {
        Assert.Equal(STATUS_SUCCESS, RtlStringCchLengthW("Zero", 10, out var length));
        Assert.Equal(4UL, length);
        Assert.Equal(STATUS_SUCCESS, RtlStringCchLengthW("ab\0cd".ToCharArray(), 5, out length));
        Assert.Equal(2UL, length);
        Assert.Equal(STATUS_INVALID_PARAMETER, RtlStringCchLengthW("Zero", 4, out length)); // the NUL is the fifth
        Assert.Equal(0UL, length);
        Assert.Equal(STATUS_INVALID_PARAMETER, RtlStringCchLengthW("Zero", 0, out _));
        Assert.Equal(STATUS_INVALID_PARAMETER, RtlStringCchLengthW("Zero", 2147483648UL, out _));
        Assert.Equal(STATUS_SUCCESS, RtlStringCbLengthW("Zero", 10, out var bytes));
        Assert.Equal(8UL, bytes);
        Assert.Equal(STATUS_SUCCESS, RtlStringCchLengthA("Zero"u8, 5, out length));
        Assert.Equal(4UL, length);
        Assert.Equal(STATUS_SUCCESS, RtlStringCbLengthA("Zero", 5, out bytes));
        Assert.Equal(4UL, bytes);
    }

    [Fact]
    public void RtlStringCchCopyA_AndCatA_FromStringsAndBytes()
    {
        var buffer = new byte[8];
        Assert.Equal(STATUS_SUCCESS, RtlStringCchCopyA(buffer, 8, "Ze"));
        Assert.Equal(STATUS_SUCCESS, RtlStringCchCatA(buffer, 8, "ro"u8));
        Assert.Equal(STATUS_BUFFER_OVERFLOW, RtlStringCbCatNA(buffer, 8, "Device", 6));
        Assert.Equal("ZeroDev", Text(buffer));
        Assert.Equal(STATUS_SUCCESS, RtlStringCbCopyNA(buffer, 8, "Device"u8, 3));
        Assert.Equal("Dev", Text(buffer));
    }

    [Fact]
    public void RtlUnicodeStringCopy_TruncatesToMaximumLength_NotTerminated()
    {
        RtlInitEmptyUnicodeString(out var destination, new char[6], 12);
        Assert.Equal(STATUS_SUCCESS, RtlUnicodeStringCopy(ref destination, "Zero"));
        Assert.Equal("Zero", destination.ToString());
        Assert.Equal(STATUS_BUFFER_OVERFLOW, RtlUnicodeStringCat(ref destination, "Dev"));
        Assert.Equal("ZeroDe", destination.ToString());
        Assert.Equal(12, destination.Length);
        Assert.Equal(STATUS_BUFFER_OVERFLOW, RtlUnicodeStringCopyString(ref destination, @"\Device\Zero"));
        Assert.Equal(@"\Devic", destination.ToString());
        Assert.Equal(STATUS_SUCCESS, RtlUnicodeStringCopyString(ref destination, "ab"));
        Assert.Equal(STATUS_SUCCESS, RtlUnicodeStringCatString(ref destination, "cd"));
        Assert.Equal("abcd", destination.ToString());
    }

    [Fact]
    public void RtlUnicodeStringCopy_InvalidStrings_InvalidParameter()
    {
        var odd = new UNICODE_STRING { Buffer = new char[4], Length = 3, MaximumLength = 8 };
        Assert.Equal(STATUS_INVALID_PARAMETER, RtlUnicodeStringCopy(ref odd, "x"));
        RtlInitEmptyUnicodeString(out var destination, new char[4], 8);
        var longer = new UNICODE_STRING { Buffer = new char[4], Length = 8, MaximumLength = 6 };
        Assert.Equal(STATUS_INVALID_PARAMETER, RtlUnicodeStringCat(ref destination, longer));
        Assert.Equal(0, destination.Length);
    }

    [Fact]
    public void RtlUnicodeStringPrintf_InvalidDestination_InvalidParameter_AndVPrintfFormats()
    {
        var odd = new UNICODE_STRING { Buffer = new char[4], Length = 0, MaximumLength = 7 };
        Assert.Equal(STATUS_INVALID_PARAMETER, RtlUnicodeStringPrintf(ref odd, "%d", 1));
        RtlInitEmptyUnicodeString(out var s, new char[8], 16);
        Assert.Equal(STATUS_SUCCESS, RtlUnicodeStringVPrintf(ref s, "%s=%u", ["n", 7u]));
        Assert.Equal("n=7", s.ToString());
    }

    [Fact]
    public void RtlStringCbPrintf_IntoPoolMemory_ThroughItsSpan()
    {
        // What a driver does with an IOCTL's output buffer: a span over simulated memory.
        using var machine = MachineAssert.Boot();
        string? ansi = null, wide = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var p = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, TAG("Strs"));
            Assert.Equal(STATUS_SUCCESS, RtlStringCbPrintfA(p.AsSpan(32), 32, "pid %u", 4u));
            ansi = System.Text.Encoding.ASCII.GetString(p.AsReadOnlySpan(6));
            var chars = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, char>((p + 32).AsSpan(32));
            Assert.Equal(STATUS_BUFFER_OVERFLOW, RtlStringCbCopyW(chars, 32, "a wide string of 20+"));
            wide = new string(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, char>((p + 32).AsReadOnlySpan(30)));
            Assert.Equal(0, (p + 62).Read<ushort>());
            ExFreePoolWithTag(p, TAG("Strs"));
        }));
        Assert.Equal("pid 4\0", ansi);
        Assert.Equal("a wide string o", wide);
    }
}
