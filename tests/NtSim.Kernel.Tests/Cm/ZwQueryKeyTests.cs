using static NtSim.Wdm;

namespace NtSim.Tests.Cm;

public sealed class ZwQueryKeyTests
{
    [Fact]
    public void ZwQueryKey_FullInformation_CountsAndLargestSizesForSizingEnumerationBuffers()
    {
        using var machine = MachineAssert.Boot();
        uint subKeys = 0, maxName = 0, values = 0, maxValueName = 0, maxData = 0, classOffset = 0, maxClass = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(CmTest.Services + @"\Sizes");
            CmTest.Close(CmTest.Create("Short", key));
            Assert.Equal(STATUS_SUCCESS, ZwCreateKey(out var other, KEY_ALL_ACCESS, CmTest.Attributes("MuchLongerName", key), 0, new UNICODE_STRING("Klass"), 0));
            CmTest.Close(other);
            CmTest.SetDword(key, "V", 1);
            CmTest.SetString(key, "LongValueName", "twelve chars");
            var buffer = new byte[KEY_FULL_INFORMATION.SizeOf];
            Assert.Equal(STATUS_SUCCESS, ZwQueryKey(key, KeyFullInformation, buffer, out var length));
            Assert.Equal(44u, length);
            var full = new KEY_FULL_INFORMATION(buffer);
            (subKeys, maxName, values, maxValueName, maxData) = (full.SubKeys, full.MaxNameLen, full.Values, full.MaxValueNameLen, full.MaxValueDataLen);
            (classOffset, maxClass) = (full.ClassOffset, full.MaxClassLen);
            CmTest.Close(key);
        }));
        Assert.Equal(2u, subKeys);
        Assert.Equal(28u, maxName);          // "MuchLongerName", in bytes
        Assert.Equal(10u, maxClass);         // "Klass"
        Assert.Equal(2u, values);
        Assert.Equal(26u, maxValueName);     // "LongValueName"
        Assert.Equal(26u, maxData);          // "twelve chars" and its NUL
        Assert.Equal(0xFFFFFFFFu, classOffset);
    }

    [Fact]
    public void ZwQueryKey_BasicInformation_NameAndLastWriteTime()
    {
        using var machine = MachineAssert.Boot();
        string? name = null;
        long written = 0, now = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(CmTest.Services + @"\Basic");
            KeQuerySystemTime(out var time);
            now = time.QuadPart;
            var buffer = new byte[64];
            Assert.Equal(STATUS_SUCCESS, ZwQueryKey(key, KeyBasicInformation, buffer, out var length));
            Assert.Equal(16u + 10, length);
            var basic = new KEY_BASIC_INFORMATION(buffer);
            name = basic.Name;
            written = basic.LastWriteTime.QuadPart;
            CmTest.Close(key);
        }));
        Assert.Equal("Basic", name);
        Assert.Equal(now, written);
    }

    [Fact]
    public void ZwQueryKey_NameInformation_FullNameAndOverflowBoundary()
    {
        using var machine = MachineAssert.Boot();
        var results = new List<(NTSTATUS, uint)>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, CmTest.Open(@"\Registry\Machine\SOFTWARE", out var key));
            foreach (var length in (int[])[3, 4, 40])
            {
                results.Add((ZwQueryKey(key, KeyNameInformation, new byte[length], out var result), result));
            }

            CmTest.Close(key);
        }));
        // "\REGISTRY\MACHINE\SOFTWARE" is 26 characters: 4 + 52 bytes.
        Assert.Equal([(STATUS_BUFFER_TOO_SMALL, 56u), (STATUS_BUFFER_OVERFLOW, 56u), (STATUS_BUFFER_OVERFLOW, 56u)], results);
    }

    [Fact]
    public void ZwQueryKey_UnsupportedClass_InvalidParameter()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            Assert.Equal(STATUS_SUCCESS, CmTest.Open(CmTest.Services, out var key));
            status = ZwQueryKey(key, KeyVirtualizationInformation, new byte[64], out _);
            CmTest.Close(key);
        }));
        Assert.Equal(STATUS_INVALID_PARAMETER, status);
    }
}
