using System.Buffers.Binary;
using static NtSim.Wdm;

namespace NtSim.Tests.Cm;

public sealed class ZwQueryValueKeyTests
{
    private const string Key = CmTest.Services + @"\Values";

    /// <summary>Runs <paramref name="body"/> with a key holding Start = REG_DWORD 0x11223344.</summary>
    private static void WithDword(Action<HANDLE> body)
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(Key);
            CmTest.SetDword(key, "Start", 0x11223344);
            body(key);
            CmTest.Close(key);
        }));
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(11u)]
    public void ZwQueryValueKey_PartialShorterThanFixedPart_BufferTooSmallNothingWritten(uint length)
    {
        WithDword(key =>
        {
            var buffer = Enumerable.Repeat((byte)0xEE, 32).ToArray();
            Assert.Equal(STATUS_BUFFER_TOO_SMALL, ZwQueryValueKey(key, "Start", KeyValuePartialInformation, buffer.AsSpan(0, (int)length), out var result));
            Assert.Equal(16u, result); // FIELD_OFFSET(Data) 12 + 4 bytes of data
            Assert.All(buffer, b => Assert.Equal(0xEE, b));
        });
    }

    [Theory]
    [InlineData(12u, 0)]
    [InlineData(15u, 3)]
    public void ZwQueryValueKey_PartialShorterThanWhole_BufferOverflowFixedPartAndWhatFits(uint length, int dataBytes)
    {
        WithDword(key =>
        {
            var buffer = Enumerable.Repeat((byte)0xEE, 32).ToArray();
            Assert.Equal(STATUS_BUFFER_OVERFLOW, ZwQueryValueKey(key, "Start", KeyValuePartialInformation, buffer.AsSpan(0, (int)length), out var result));
            Assert.Equal(16u, result);
            var info = new KEY_VALUE_PARTIAL_INFORMATION(buffer);
            Assert.Equal(0u, info.TitleIndex);
            Assert.Equal(REG_DWORD, info.Type);
            Assert.Equal(4u, info.DataLength);
            Assert.Equal(new byte[] { 0x44, 0x33, 0x22, 0x11 }[..dataBytes], buffer[12..(12 + dataBytes)]);
            Assert.All(buffer[(12 + dataBytes)..], b => Assert.Equal(0xEE, b));
        });
    }

    [Fact]
    public void ZwQueryValueKey_PartialExactSize_SuccessWithTheData()
    {
        WithDword(key =>
        {
            var buffer = new byte[16];
            Assert.Equal(STATUS_SUCCESS, ZwQueryValueKey(key, "Start", KeyValuePartialInformation, buffer, out var result));
            Assert.Equal(16u, result);
            Assert.Equal(0x11223344u, RegistryData.ReadDword(new KEY_VALUE_PARTIAL_INFORMATION(buffer).Data));
        });
    }

    [Fact]
    public void ZwQueryValueKey_BasicInformation_NameLengthInBytesAndTruncatedNameOnOverflow()
    {
        WithDword(key =>
        {
            var buffer = new byte[64];
            Assert.Equal(STATUS_SUCCESS, ZwQueryValueKey(key, "start", KeyValueBasicInformation, buffer, out var result));
            Assert.Equal(12u + 10, result);
            var info = new KEY_VALUE_BASIC_INFORMATION(buffer.AsSpan(0, (int)result));
            Assert.Equal("Start", info.Name); // the case it was set with
            Assert.Equal(10u, info.NameLength);
            Assert.Equal(REG_DWORD, info.Type);

            var shorter = new byte[16];
            Assert.Equal(STATUS_BUFFER_OVERFLOW, ZwQueryValueKey(key, "Start", KeyValueBasicInformation, shorter, out result));
            Assert.Equal(22u, result);
            Assert.Equal("St", new KEY_VALUE_BASIC_INFORMATION(shorter).Name);
        });
    }

    [Theory]
    [InlineData("A", 24u, 24u)]    // 20 + 2 = 22: next ULONG 24, next 8 bytes 24
    [InlineData("Abc", 28u, 32u)]  // 20 + 6 = 26: 28 and 32
    [InlineData("Ab", 24u, 24u)]   // 20 + 4 = 24 already aligned
    public void ZwQueryValueKey_FullInformation_DataFollowsTheNameAligned(string name, uint offset, uint offset64)
    {
        WithDword(key =>
        {
            CmTest.SetDword(key, name, 7);
            var buffer = new byte[64];
            Assert.Equal(STATUS_SUCCESS, ZwQueryValueKey(key, name, KeyValueFullInformation, buffer, out var result));
            var info = new KEY_VALUE_FULL_INFORMATION(buffer.AsSpan(0, (int)result));
            Assert.Equal(offset, info.DataOffset);
            Assert.Equal(offset + 4, result);
            Assert.Equal(name, info.Name);
            Assert.Equal(7u, RegistryData.ReadDword(info.Data));

            Assert.Equal(STATUS_SUCCESS, ZwQueryValueKey(key, name, KeyValueFullInformationAlign64, buffer, out result));
            Assert.Equal(offset64, new KEY_VALUE_FULL_INFORMATION(buffer).DataOffset);
            Assert.Equal(offset64 + 4, result);
        });
    }

    [Fact]
    public void ZwQueryValueKey_FullInformationOfEmptyValue_DataOffsetIsMinusOne()
    {
        WithDword(key =>
        {
            Assert.Equal(STATUS_SUCCESS, ZwSetValueKey(key, "Empty", 0, REG_BINARY, ReadOnlySpan<byte>.Empty));
            var buffer = new byte[64];
            Assert.Equal(STATUS_SUCCESS, ZwQueryValueKey(key, "Empty", KeyValueFullInformation, buffer, out var result));
            Assert.Equal(20u + 10, result);
            var info = new KEY_VALUE_FULL_INFORMATION(buffer);
            Assert.Equal(0xFFFFFFFFu, info.DataOffset);
            Assert.Equal(0u, info.DataLength);
        });
    }

    [Fact]
    public void ZwQueryValueKey_FullInformationShorterThanFixedPart_BufferTooSmall()
    {
        WithDword(key =>
        {
            Assert.Equal(STATUS_BUFFER_TOO_SMALL, ZwQueryValueKey(key, "Start", KeyValueFullInformation, new byte[19], out var result));
            Assert.Equal(36u, result); // 20 + "Start" 10 = 30, data at 32, + 4
            Assert.Equal(STATUS_BUFFER_OVERFLOW, ZwQueryValueKey(key, "Start", KeyValueFullInformation, new byte[20], out result));
            Assert.Equal(36u, result);
        });
    }

    [Fact]
    public void ZwQueryValueKey_MissingValue_ObjectNameNotFoundWithZeroResultLength()
    {
        WithDword(key =>
        {
            Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, ZwQueryValueKey(key, "Missing", KeyValuePartialInformation, new byte[64], out var result));
            Assert.Equal(0u, result);
        });
    }

    [Fact]
    public void ZwQueryValueKey_UnsupportedClass_InvalidParameter()
    {
        WithDword(key =>
        {
            Assert.Equal(STATUS_INVALID_PARAMETER, ZwQueryValueKey(key, "Start", KeyValueLayerInformation, new byte[64], out _));
            Assert.Equal(STATUS_INVALID_PARAMETER, ZwQueryValueKey(key, "Missing", MaxKeyValueInfoClass, new byte[64], out _));
        });
    }

    [Fact]
    public void ZwQueryValueKey_PartialAlign64_TypeLengthThenDataAtEight()
    {
        WithDword(key =>
        {
            var buffer = new byte[16];
            Assert.Equal(STATUS_SUCCESS, ZwQueryValueKey(key, "Start", KeyValuePartialInformationAlign64, buffer, out var result));
            Assert.Equal(12u, result);
            Assert.Equal(REG_DWORD, BinaryPrimitives.ReadUInt32LittleEndian(buffer));
            Assert.Equal(4u, BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(4)));
            Assert.Equal(0x11223344u, BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(8)));
        });
    }

    [Fact]
    public void ZwQueryValueKey_IntoPoolBuffer_WritesTheStructureThereWithTheSizeQueriedFirst()
    {
        using var machine = MachineAssert.Boot();
        string? text = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var key = CmTest.Create(Key);
            CmTest.SetString(key, "ImagePath", @"\SystemRoot\System32\drivers\sample.sys");
            // The usual two calls: ask for the size with no buffer, allocate, query.
            Assert.Equal(STATUS_BUFFER_TOO_SMALL, ZwQueryValueKey(key, "ImagePath", KeyValuePartialInformation, PVOID.NULL, 0, out var size));
            var buffer = ExAllocatePool2(POOL_FLAG_PAGED, size, TAG("Test"));
            Assert.Equal(STATUS_SUCCESS, ZwQueryValueKey(key, "ImagePath", KeyValuePartialInformation, buffer, size, out var result));
            Assert.Equal(size, result);
            var info = KEY_VALUE_PARTIAL_INFORMATION.From(buffer, result);
            Assert.Equal(REG_SZ, info.Type);
            text = RegistryData.ReadString(info.Data);
            ExFreePoolWithTag(buffer, TAG("Test"));
            CmTest.Close(key);
        }));
        Assert.Equal(@"\SystemRoot\System32\drivers\sample.sys", text);
    }

    [Fact]
    public void ZwQueryValueKey_DefaultValue_IsTheValueWithTheEmptyName()
    {
        WithDword(key =>
        {
            CmTest.SetString(key, "", "default");
            Assert.Equal("default", RegistryData.ReadString(CmTest.Query(key, "").Data));
        });
    }

    [Fact]
    public void ZwQueryValueKey_NotAKeyHandle_ObjectTypeMismatch()
    {
        using var machine = MachineAssert.Boot();
        NTSTATUS status = 0;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var directory = Ob.ObTest.CreateDirectory(null);
            status = ZwQueryValueKey(directory, "x", KeyValuePartialInformation, new byte[16], out _);
            Assert.Equal(STATUS_SUCCESS, ZwClose(directory));
        }));
        Assert.Equal(STATUS_OBJECT_TYPE_MISMATCH, status);
    }
}
