namespace NtSim.Tests.Pnp;

public sealed class DeviceNodeTransitionsTests
{
    [Fact]
    public void SetState_StartPath_RecordsHistoryInOrder()
    {
        var node = new DeviceNode(null, null, @"TEST\NODE\0");

        node.SetState(DeviceNodeState.DeviceNodeInitialized);
        node.SetState(DeviceNodeState.DeviceNodeDriversAdded);
        node.SetState(DeviceNodeState.DeviceNodeResourcesAssigned);
        node.SetState(DeviceNodeState.DeviceNodeStartPending);
        node.SetState(DeviceNodeState.DeviceNodeStarted);

        Assert.Equal(DeviceNodeState.DeviceNodeStarted, node.State);
        Assert.Equal([DeviceNodeState.DeviceNodeUninitialized, DeviceNodeState.DeviceNodeInitialized, DeviceNodeState.DeviceNodeDriversAdded,
            DeviceNodeState.DeviceNodeResourcesAssigned, DeviceNodeState.DeviceNodeStartPending], node.StateHistory);
    }

    [Fact]
    public void SetState_StartWithoutDrivers_Throws()
    {
        var node = new DeviceNode(null, null, @"TEST\NODE\0");
        node.SetState(DeviceNodeState.DeviceNodeInitialized);

        var e = Assert.Throws<InvalidOperationException>(() => node.SetState(DeviceNodeState.DeviceNodeStarted));

        Assert.Contains("DeviceNodeInitialized to DeviceNodeStarted", e.Message);
        Assert.Equal(DeviceNodeState.DeviceNodeInitialized, node.State);
    }

    [Theory]
    [InlineData(DeviceNodeState.DeviceNodeStarted)]
    [InlineData(DeviceNodeState.DeviceNodeRemovePendingCloses)]
    public void IsAllowed_AnyStateToDeleted_True(DeviceNodeState from) =>
        Assert.True(DeviceNodeTransitions.IsAllowed(from, DeviceNodeState.DeviceNodeDeleted));
}
