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
}
