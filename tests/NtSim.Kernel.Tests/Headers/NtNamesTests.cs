using static NtSim.Wdm;

namespace NtSim.Tests.Headers;

public sealed class NtNamesTests
{
    [Fact]
    public void StatusName_KnownStatus_ReturnsConstantName()
    {
        Assert.Equal("STATUS_ACCESS_VIOLATION", NtNames.StatusName(STATUS_ACCESS_VIOLATION));
        Assert.Equal("STATUS_BUFFER_OVERFLOW", NtNames.StatusName(STATUS_BUFFER_OVERFLOW));
        Assert.Equal("STATUS_PENDING", NtNames.StatusName(STATUS_PENDING));
    }

    [Fact]
    public void StatusName_SharedValue_PrefersCanonicalName()
    {
        Assert.Equal("STATUS_SUCCESS", NtNames.StatusName(STATUS_WAIT_0));
        Assert.Equal("STATUS_ABANDONED", NtNames.StatusName(STATUS_ABANDONED_WAIT_0));
    }

    [Fact]
    public void StatusName_UnknownStatus_ReturnsHex()
    {
        Assert.Equal("0xC0DE0001", NtNames.StatusName(unchecked((NTSTATUS)0xC0DE0001)));
    }

    [Fact]
    public void Format_KnownStatus_ReturnsNameAndHex()
    {
        Assert.Equal("STATUS_ACCESS_VIOLATION (0xC0000005)", NtNames.Format(STATUS_ACCESS_VIOLATION));
        Assert.Equal("STATUS_SUCCESS (0x00000000)", NtNames.Format(STATUS_SUCCESS));
    }

    [Fact]
    public void Format_UnknownStatus_ReturnsHexOnly()
    {
        Assert.Equal("0xE0000001", NtNames.Format(unchecked((NTSTATUS)0xE0000001)));
    }

    [Fact]
    public void BugCheckName_KnownCode_ReturnsConstantName()
    {
        Assert.Equal("IRQL_NOT_LESS_OR_EQUAL", NtNames.BugCheckName(IRQL_NOT_LESS_OR_EQUAL));
        Assert.Equal("DRIVER_IRQL_NOT_LESS_OR_EQUAL", NtNames.BugCheckName(0xD1));
        Assert.Equal("DRIVER_VERIFIER_DETECTED_VIOLATION", NtNames.BugCheckName(0xC4));
        Assert.Equal("MANUALLY_INITIATED_CRASH1", NtNames.BugCheckName(0xDEADDEAD));
    }

    [Fact]
    public void BugCheckName_SameValueAsOtherConstant_IgnoresNonBugCheckConstants()
    {
        // FILE_DEVICE_BEEP is also 1, but only [BugCheckCode] constants name bug checks.
        Assert.Equal("APC_INDEX_MISMATCH", NtNames.BugCheckName(1));
    }

    [Fact]
    public void BugCheckName_UnknownCode_ReturnsHex()
    {
        Assert.Equal("0x0000FFFF", NtNames.BugCheckName(0xFFFF));
    }

    [Fact]
    public void StatusNames_EveryNtStatusConstant_HasAName()
    {
        var statuses = ConstantField.Of(typeof(Wdm)).Where(c => c.Field.FieldType == typeof(NTSTATUS)).ToList();

        Assert.True(statuses.Count >= 200, $"only {statuses.Count} NTSTATUS constants");
        Assert.All(statuses, s => Assert.True(NtNames.StatusNames.ContainsKey(unchecked((uint)s.Value)), s.Name));
    }
}
