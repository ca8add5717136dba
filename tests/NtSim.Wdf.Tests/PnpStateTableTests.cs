namespace NtSim.WdfTests;

/// <summary>The three state tables are closed: every state a transition names has its own row, and
/// each row is for a state of the machine's enum with its published value.</summary>
public sealed class PnpStateTableTests
{
    [Fact]
    public void PnpTable_EveryTransitionTargetHasARow()
    {
        var table = FxPnpMachine.Table;
        Assert.All(table.Values.SelectMany(r => r.Transitions), t => Assert.True(table.ContainsKey(t.Target), $"{t.Target} has no row"));
        Assert.All(table.Keys, s => Assert.InRange((int)s, 0x100, 0x13A));
    }

    [Fact]
    public void PowerTable_EveryTransitionTargetHasARow()
    {
        var table = FxPowerMachine.Table;
        Assert.All(table.Values.SelectMany(r => r.Transitions), t => Assert.True(table.ContainsKey(t.Target), $"{t.Target} has no row"));
        Assert.All(table.Keys, s => Assert.InRange((int)s, 0x300, 0x369));
    }

    [Fact]
    public void PowerPolicyTable_EveryTransitionTargetHasARow()
    {
        var table = FxPowerPolicyMachine.Table;
        Assert.All(table.Values.SelectMany(r => r.Transitions), t => Assert.True(table.ContainsKey(t.Target), $"{t.Target} has no row"));
        Assert.All(table.Keys, s => Assert.InRange((int)s, 0x500, 0x5C0));
    }

    [Fact]
    public void NotPowerPolicyOwnerTable_EveryTransitionTargetHasARow()
    {
        var table = FxNotPowerPolicyOwnerMachine.Table;
        Assert.All(table.Values.SelectMany(r => r.Transitions), t => Assert.True(table.ContainsKey(t.Target), $"{t.Target} has no row"));
        Assert.All(table.Keys, s => Assert.InRange((int)s, 0x500, 0x5C0));
    }

    [Fact]
    public void StateEnums_PublishedValues()
    {
        Assert.Equal(0x105, (int)WDF_DEVICE_PNP_STATE.WdfDevStatePnpInit);
        Assert.Equal(0x121, (int)WDF_DEVICE_PNP_STATE.WdfDevStatePnpSurpriseRemove);
        Assert.Equal(0x12B, (int)WDF_DEVICE_PNP_STATE.WdfDevStatePnpFailed);
        Assert.Equal(0x135, (int)WDF_DEVICE_PNP_STATE.WdfDevStatePnpFinal);
        Assert.Equal(0x13A, (int)WDF_DEVICE_PNP_STATE.WdfDevStatePnpNull);
        Assert.Equal(0x314, (int)WDF_DEVICE_POWER_STATE.WdfDevStatePowerGotoD3Stopped);
        Assert.Equal(0x8308, (int)WDF_DEVICE_POWER_STATE.WdfDevStatePowerD0NP);
        Assert.Equal(0x367, (int)WDF_DEVICE_POWER_STATE.WdfDevStatePowerD0StartingPostHardwareEnabled);
        Assert.Equal(0x58D, (int)WDF_DEVICE_POWER_POLICY_STATE.WdfDevStatePwrPolStoppedRemoving);
        Assert.Equal(0x5C0, (int)WDF_DEVICE_POWER_POLICY_STATE.WdfDevStatePwrPolNull);
    }

    [Fact]
    public void History_KeepsTheLastEightOldestFirst()
    {
        var history = new FxStateHistory<WDF_DEVICE_PNP_STATE>();
        for (var s = WDF_DEVICE_PNP_STATE.WdfDevStatePnpObjectCreated; s <= WDF_DEVICE_PNP_STATE.WdfDevStatePnpQueryRemoveAskDriver; s++)
        {
            history.Add(s);
        }

        Assert.Equal(Enumerable.Range(0x104, 8).Select(v => (WDF_DEVICE_PNP_STATE)v), history.ToArray());
    }
}
