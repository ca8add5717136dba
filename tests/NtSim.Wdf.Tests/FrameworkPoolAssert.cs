namespace NtSim.WdfTests;

/// <summary>Whether the framework gave back every pool block it took for a driver (its objects,
/// memory objects, system buffers of formatted requests): all of them carry the driver's tag.</summary>
internal static class FrameworkPoolAssert
{
    public static void NothingLeft(Machine machine, string service)
    {
        var usage = machine.Pool.QueryTag(FxDriverGlobals.DefaultPoolTag(service));
        Assert.True(usage.NonPagedBytes == 0 && usage.PagedBytes == 0, $"pool still held under the driver's tag: {usage}");
    }
}
