using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;

namespace NtSim.WdfTests;

/// <summary>machine.Wdf's devices: the states and histories of the three state machines, and the !wdfdevice text.</summary>
public sealed class HostDeviceStatesTests
{
    private static WdfDeviceInfo OnlyDevice(Machine machine) => Assert.Single(Assert.Single(machine.Wdf.Drivers).Devices);

    [Fact]
    public void StartedDevice_StatesAreTheMachinesAndEachHistoryEndsInItsState()
    {
        using var machine = MachineAssert.Boot(seed: 151);
        var probe = PnpProbe.Create("hoststates");
        PnpRig.Install(machine, probe);
        (WDF_DEVICE_PNP_STATE, WDF_DEVICE_POWER_STATE, WDF_DEVICE_POWER_POLICY_STATE) ddi = default;
        MachineAssert.Completed(machine, machine.Run(() =>
            ddi = (WdfDeviceGetDevicePnpState(probe.Device), WdfDeviceGetDevicePowerState(probe.Device), WdfDeviceGetDevicePowerPolicyState(probe.Device))));

        var device = OnlyDevice(machine);

        Assert.Equal(new WdfStateName((uint)ddi.Item1, ddi.Item1.ToString()), device.PnpState);
        Assert.Equal(new WdfStateName((uint)ddi.Item2, ddi.Item2.ToString()), device.PowerState);
        Assert.Equal(new WdfStateName((uint)ddi.Item3, ddi.Item3.ToString()), device.PowerPolicyState);
        Assert.Equal("WdfDevStatePnpStarted", device.PnpState!.Value.Name);
        Assert.True(device.IsPowerPolicyOwner);
        foreach (var (history, current) in new[] { (device.PnpHistory, device.PnpState), (device.PowerHistory, device.PowerState), (device.PowerPolicyHistory, device.PowerPolicyState) })
        {
            Assert.InRange(history.Count, 2, 8);
            Assert.Equal(current, history[^1]);
        }
    }

    [Fact]
    public void Dump_StartedDevice_PrintsTheWdfkdLayout()
    {
        using var machine = MachineAssert.Boot(seed: 152);
        var probe = PnpProbe.Create("hostdump");
        PnpRig.Install(machine, probe);

        var device = OnlyDevice(machine);
        var lines = device.Dump().Split('\n');

        Assert.Equal($"# Dumping WDFDEVICE 0x{device.Handle:x}", lines[0]);
        Assert.Equal($"WDM PDEVICE_OBJECTs:  self {device.DeviceObject:x}, attached {device.AttachedDevice:x}, pdo {device.PhysicalDevice:x}", lines[2]);
        Assert.NotEqual(0ul, device.PhysicalDevice);
        Assert.Equal("Pnp state:  119 ( WdfDevStatePnpStarted )", lines[3]);
        Assert.Equal("Power state:  307 ( WdfDevStatePowerD0 )", lines[4]);
        Assert.Equal("Power Pol state:  565 ( WdfDevStatePwrPolStarted )", lines[5]);
        Assert.Equal("Device is the power policy owner for the stack", lines[6]);
        Assert.Equal("Pnp state history:", lines[7]);
        Assert.Equal($"[0] {device.PnpHistory[0].Name} (0x{device.PnpHistory[0].Value:x})", lines[8]);
        Assert.Contains("[" + (device.PnpHistory.Count - 1) + "] WdfDevStatePnpStarted (0x119)", lines);
        Assert.Contains("Power policy state history:", lines);
        Assert.Contains($"SyncronizationScope is {device.SynchronizationScope}", lines);
    }

    [Fact]
    public void FilterDevice_NotPowerPolicyOwner_ReportsTheNotOwnerMachine()
    {
        using var machine = MachineAssert.Boot(seed: 153);
        var probe = PnpProbe.Create("hostfilter", s => new PnpProbe(s) { AsFilter = true });
        PnpRig.Install(machine, probe);
        var policy = default(WDF_DEVICE_POWER_POLICY_STATE);
        MachineAssert.Completed(machine, machine.Run(() => policy = WdfDeviceGetDevicePowerPolicyState(probe.Device)));

        var device = OnlyDevice(machine);

        Assert.True(device.IsFilter);
        Assert.False(device.IsPowerPolicyOwner);
        Assert.Equal(policy.ToString(), device.PowerPolicyState!.Value.Name);
        Assert.NotEqual("WdfDevStatePwrPolStarted", device.PowerPolicyState.Value.Name);
        Assert.Contains("Device is not the power policy owner for the stack", device.Dump().Split('\n'));
    }
}
