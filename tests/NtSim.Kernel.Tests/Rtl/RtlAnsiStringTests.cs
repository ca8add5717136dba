using static NtSim.Wdm;

namespace NtSim.Tests.Rtl;

/// <summary>ANSI and OEM strings, the conversions and their pool buffers, the case mappings.</summary>
public sealed class RtlAnsiStringTests
{
    private const string StringTag = "Strg";

    [Fact]
    public void RtlInitAnsiString_LengthsInBytes_MaximumCountsTheNul()
    {
        using var machine = MachineAssert.Boot();
        ANSI_STRING s = default, empty = default;
        STRING plain = default;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            RtlInitAnsiString(out s, "Zero");
            RtlInitAnsiString(out empty, null);
            RtlInitString(out plain, "abc");
        }));
        Assert.Equal(4, s.Length);
        Assert.Equal(5, s.MaximumLength);
        Assert.Equal("Zero", s.ToString());
        Assert.Equal(0, s.Buffer.Span[4]);
        Assert.True(empty.Buffer.IsEmpty);
        Assert.Equal(0, empty.MaximumLength);
        Assert.Equal("abc", plain.ToString());
    }

    [Fact]
    public void RtlAnsiStringToUnicodeString_Allocate_PagedPoolStrgFreedByRtlFreeUnicodeString()
    {
        using var machine = MachineAssert.Boot();
        string? converted = null;
        int length = 0, maximum = 0;
        long outstanding = -1;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            RtlInitAnsiString(out var ansi, "\\Device\\Zero\u00e9");
            UNICODE_STRING unicode = default;
            Assert.Equal(STATUS_SUCCESS, RtlAnsiStringToUnicodeString(ref unicode, ansi, true));
            converted = unicode.ToString();
            length = unicode.Length;
            maximum = unicode.MaximumLength;
            Assert.Equal('\0', unicode.Buffer.Span[unicode.Length / 2]);
            outstanding = machine.Pool.QueryTag(StringTag).Outstanding;
            RtlFreeUnicodeString(ref unicode);
            Assert.True(unicode.Buffer.IsEmpty);
        }));
        Assert.Equal("\\Device\\Zero\u00e9", converted);
        Assert.Equal(26, length);
        Assert.Equal(28, maximum);
        Assert.Equal(1, outstanding);
        var usage = machine.Pool.QueryTag(StringTag);
        Assert.Equal(0, usage.Outstanding);
        Assert.Equal(1, usage.PagedFrees);
    }

    [Fact]
    public void RtlAnsiStringToUnicodeString_CallerBuffer_NeedsRoomForTheNul()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ANSI_STRING ansi = "Zero";
            RtlInitEmptyUnicodeString(out var small, new char[4], 8);
            Assert.Equal(STATUS_BUFFER_OVERFLOW, RtlAnsiStringToUnicodeString(ref small, ansi, false));
            Assert.Equal(0, small.Length);
            RtlInitEmptyUnicodeString(out var fits, new char[5], 10);
            Assert.Equal(STATUS_SUCCESS, RtlAnsiStringToUnicodeString(ref fits, ansi, false));
            Assert.Equal("Zero", fits.ToString());
            Assert.Equal(0, machine.Pool.QueryTag(StringTag).PagedAllocs);
        }));
    }

    [Fact]
    public void RtlUnicodeStringToAnsiString_TooSmall_TranslatesWhatFitsWithBufferOverflow()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var ansi = new ANSI_STRING { Buffer = new byte[4], MaximumLength = 4 };
            Assert.Equal(STATUS_BUFFER_OVERFLOW, RtlUnicodeStringToAnsiString(ref ansi, "Zero", false));
            Assert.Equal("Zer", ansi.ToString());
            Assert.Equal(0, ansi.Buffer.Span[3]);

            ANSI_STRING allocated = default;
            Assert.Equal(STATUS_SUCCESS, RtlUnicodeStringToAnsiString(ref allocated, "\u20ac5", true));
            Assert.Equal([0x80, (byte)'5', 0], allocated.Buffer.ToArray());
            Assert.Equal(1, machine.Pool.QueryTag(StringTag).Outstanding);
            RtlFreeAnsiString(ref allocated);
            Assert.Equal(0, machine.Pool.QueryTag(StringTag).Outstanding);
        }));
    }

    [Fact]
    public void RtlAnsiStringToUnicodeString_AtDispatch_BugChecksC4_E5()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            ANSI_STRING ansi = "Zero";
            UNICODE_STRING unicode = default;
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            RtlAnsiStringToUnicodeString(ref unicode, ansi, true);
        });
        var info = MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, 2, 0, 0);
        Assert.Contains("RtlAnsiStringToUnicodeString", info.Detail);
    }

    [Fact]
    public void RtlUpcaseUnicodeStringToCountedOemString_UpcasesWithoutNul()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            OEM_STRING oem = default;
            Assert.Equal(STATUS_SUCCESS, RtlUpcaseUnicodeStringToCountedOemString(ref oem, "readme.txt", true));
            Assert.Equal("README.TXT", oem.ToString());
            Assert.Equal(10, oem.Length);
            Assert.Equal(10, oem.MaximumLength);
            RtlFreeOemString(ref oem);

            var small = new OEM_STRING { Buffer = new byte[4], MaximumLength = 4 };
            Assert.Equal(STATUS_BUFFER_OVERFLOW, RtlUnicodeStringToCountedOemString(ref small, "abcde", false));
            Assert.Equal(STATUS_SUCCESS, RtlUnicodeStringToCountedOemString(ref small, "\u00e9t\u00e9", false));
            Assert.Equal([0x82, (byte)'t', 0x82], small.Buffer.Span[..3].ToArray()); // é in code page 437
            Assert.Equal(0, machine.Pool.QueryTag(StringTag).Outstanding);
        }));
    }

    [Fact]
    public void RtlUpcaseUnicodeStringToCountedOemString_Unmappable_FailsAndAllocatesNothing()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            OEM_STRING oem = default;
            Assert.Equal(STATUS_UNMAPPABLE_CHARACTER, RtlUpcaseUnicodeStringToCountedOemString(ref oem, "a\u20acb", true));
            Assert.True(oem.Buffer.IsEmpty);
            Assert.Equal(0, machine.Pool.QueryTag(StringTag).Outstanding);
        }));
    }

    [Fact]
    public void RtlOemStringToCountedUnicodeString_AndRtlOemToUnicodeN()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var oem = new OEM_STRING { Buffer = new byte[] { (byte)'A', 0x82, (byte)'B' }, Length = 3, MaximumLength = 3 };
            Assert.Equal(6u, RtlOemStringToCountedUnicodeSize(oem));
            UNICODE_STRING unicode = default;
            Assert.Equal(STATUS_SUCCESS, RtlOemStringToCountedUnicodeString(ref unicode, oem, true));
            Assert.Equal("A\u00e9B", unicode.ToString());
            Assert.Equal(6, unicode.MaximumLength);
            RtlFreeUnicodeString(ref unicode);

            var chars = new char[2];
            Assert.Equal(STATUS_BUFFER_OVERFLOW, RtlOemToUnicodeN(chars, 4, out var bytes, oem.Buffer.Span, 3));
            Assert.Equal(4u, bytes);
            Assert.Equal("A\u00e9", new string(chars));
            Assert.Equal(0, machine.Pool.QueryTag(StringTag).Outstanding);
        }));
    }

    [Fact]
    public void RtlUpcaseUnicodeString_InPlace_Allocated_AndTooSmall()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            UNICODE_STRING s = "Zero\u00e9";
            Assert.Equal(STATUS_SUCCESS, RtlUpcaseUnicodeString(ref s, s, false));
            Assert.Equal("ZERO\u00c9", s.ToString());

            UNICODE_STRING lower = default;
            Assert.Equal(STATUS_SUCCESS, RtlDowncaseUnicodeString(ref lower, s, true));
            Assert.Equal("zero\u00e9", lower.ToString());
            Assert.Equal(lower.Length, lower.MaximumLength); // exactly the source's length, no NUL
            RtlFreeUnicodeString(ref lower);

            RtlInitEmptyUnicodeString(out var small, new char[2], 4);
            Assert.Equal(STATUS_BUFFER_OVERFLOW, RtlUpcaseUnicodeString(ref small, s, false));
            Assert.Equal(0, machine.Pool.QueryTag(StringTag).Outstanding);
        }));
    }

    [Fact]
    public void RtlFreeUnicodeString_OfAConstant_OnlyEmptiesIt()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            UNICODE_STRING s = "Zero";
            RtlFreeUnicodeString(ref s);
            Assert.Equal(0, s.MaximumLength);
        }));
    }

    [Fact]
    public void RtlAnsiStringToUnicodeString_NotFreed_IsALeakNamingTheCallersLine()
    {
        using var machine = MachineAssert.Boot();
        var line = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            ANSI_STRING ansi = "Zero";
            UNICODE_STRING kept = default;
            RtlAnsiStringToUnicodeString(ref kept, ansi, true); line = Here();
        }));
        var report = machine.Tracking.Report(Ex.PoolTestSupport.TestModule);
        Assert.Contains("Pool 'Strg' 10 bytes PagedPool", report);
        Assert.Contains($"RtlAnsiStringTests.cs:{line}", report);
    }

    [Fact]
    public void RtlEqualString_AndRtlCompareString_CaseAndOrder()
    {
        using var machine = MachineAssert.Boot();
        var answers = new List<object>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            STRING a = "Zero\u00e9", b = "ZERO\u00c9", c = "Zer";
            answers.Add(RtlEqualString(a, b, true));
            answers.Add(RtlEqualString(a, b, false));
            answers.Add(RtlCompareString(a, b, true) == 0);
            answers.Add(RtlCompareString(c, a, false) < 0);          // a prefix sorts first
            answers.Add(RtlCompareString("a", "B", false) > 0);      // 'a' (0x61) after 'B' (0x42)
            answers.Add(RtlCompareString("\u00e9", "z", false) > 0); // bytes compare unsigned: 0xE9 after 'z'
            answers.Add(RtlCompareUnicodeStrings("abcX", 3, "ABCY", 3, true) == 0);
            answers.Add(RtlCompareUnicodeStrings("abc", 3, "abd", 3, false) < 0);
            answers.Add(RtlCompareUnicodeStrings("ab", 2, "abc", 3, false) < 0);
        }));
        Assert.Equal<object>([true, false, true, true, true, true, true, true, true], answers);
    }

    [Fact]
    public void RtlFreeUnicodeString_OfACopyAlreadyFreed_IsADoubleFree_C4_13()
    {
        using var machine = MachineAssert.Boot();
        ulong address = 0, contents = 0;
        var status = machine.Run(() =>
        {
            ANSI_STRING ansi = "Zero";
            UNICODE_STRING unicode = default;
            RtlAnsiStringToUnicodeString(ref unicode, ansi, true);
            var copy = unicode; // copying the struct shares the buffer, as in C
            System.Runtime.InteropServices.MemoryMarshal.TryGetMemoryManager<char, PoolMemory<char>>(unicode.Buffer, out var pool);
            address = pool!.Address.Address;
            RtlFreeUnicodeString(ref unicode);
            contents = Ex.PoolTestSupport.Header(new PVOID(address)).Contents;
            RtlFreeUnicodeString(ref copy);
        });
        var info = MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0x13, 0, address - 16, contents);
        Assert.Contains("RtlFreeUnicodeString", info.Detail);
    }

    private static int Here([System.Runtime.CompilerServices.CallerLineNumber] int line = 0) => line;
}
