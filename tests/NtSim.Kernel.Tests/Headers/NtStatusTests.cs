using static NtSim.Wdm;

namespace NtSim.Tests.Headers;

public sealed class NtStatusTests
{
    [Fact]
    public void NT_SUCCESS_SeverityBits_ClassifyStatus()
    {
        Assert.True(NT_SUCCESS(STATUS_SUCCESS));
        Assert.True(NT_SUCCESS(STATUS_PENDING));
        Assert.False(NT_SUCCESS(STATUS_ACCESS_VIOLATION));
        Assert.True(NT_WARNING(STATUS_BUFFER_OVERFLOW));
        Assert.True(NT_ERROR(STATUS_INVALID_PARAMETER));
        Assert.True(NT_INFORMATION(STATUS_OBJECT_NAME_EXISTS));
    }

    [Theory]
    [InlineData(0x00000000u, true, false, false, false)]
    [InlineData(0x00000103u, true, false, false, false)]
    [InlineData(0x40000000u, true, true, false, false)]
    [InlineData(0x80000005u, false, false, true, false)]
    [InlineData(0xC0000001u, false, false, false, true)]
    [InlineData(0xE0000001u, false, false, false, true)]
    public void NT_SUCCESS_EachSeverity_OnlyItsPredicateHolds(uint value, bool success, bool information, bool warning, bool error)
    {
        var status = unchecked((NTSTATUS)value);

        Assert.Equal(success, NT_SUCCESS(status));
        Assert.Equal(information, NT_INFORMATION(status));
        Assert.Equal(warning, NT_WARNING(status));
        Assert.Equal(error, NT_ERROR(status));
    }

    [Fact]
    public void NT_SUCCESS_EveryStatusConstant_AgreesWithSeverityBits()
    {
        var statuses = ConstantField.Of(typeof(Wdm)).Where(c => c.Field.FieldType == typeof(NTSTATUS));

        Assert.All(statuses, s =>
        {
            uint severity = unchecked((uint)s.Value) >> 30;
            Assert.Equal(severity <= 1, NT_SUCCESS((NTSTATUS)(int)s.Value));
        });
    }
}
