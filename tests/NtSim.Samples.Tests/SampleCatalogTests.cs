namespace NtSim.Samples.Tests;

public sealed class SampleCatalogTests
{
    [Fact]
    public void IDriver_IsTheDriverEntryContract()
    {
        var entry = typeof(IDriver).GetMethod(nameof(IDriver.DriverEntry))!;
        Assert.Equal(typeof(NTSTATUS), entry.ReturnType);
        Assert.Equal([typeof(DRIVER_OBJECT), typeof(UNICODE_STRING)], entry.GetParameters().Select(p => p.ParameterType));
    }
}
