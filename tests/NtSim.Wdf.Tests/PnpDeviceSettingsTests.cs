using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>What a driver tells the PnP package outside the state machines: capabilities, device state,
/// idle and wake settings, StopIdle/ResumeIdle; and the PnP package's own misuse checks.</summary>
public sealed class PnpDeviceSettingsTests
{
    [Fact]
    public void SetPnpAndPowerCapabilities_AppliedToQueryCapabilitiesOnTheWayUp()
    {
        using var machine = MachineAssert.Boot(seed: 31);
        var probe = PnpProbe.Create("pnpcaps", s => new PnpProbe(s)
        {
            OnAdd = d =>
            {
                WDF_DEVICE_PNP_CAPABILITIES_INIT(out var pnp);
                pnp.SurpriseRemovalOK = WDF_TRI_STATE.WdfTrue;
                pnp.Removable = WDF_TRI_STATE.WdfTrue;
                pnp.UINumber = 7;
                WdfDeviceSetPnpCapabilities(d, pnp);
                WDF_DEVICE_POWER_CAPABILITIES_INIT(out var power);
                power.DeviceD1 = WDF_TRI_STATE.WdfTrue;
                power.D1Latency = 100;
                WdfDeviceSetPowerCapabilities(d, power);
            },
        });
        var node = machine.Pnp.Find(PnpRig.Install(machine, probe))!;

        Assert.Equal(DeviceNodeState.DeviceNodeStarted, node.State);
        Assert.True(node.Capabilities.SurpriseRemovalOK);
        Assert.True(node.Capabilities.Removable);
        Assert.Equal(7u, node.Capabilities.UINumber);
        Assert.True(node.Capabilities.DeviceD1);
        Assert.Equal(100u, node.Capabilities.D1Latency);
        // WdfUseDefault leaves what the bus driver said.
        Assert.False(node.Capabilities.EjectSupported);
        Assert.Equal(uint.MaxValue, node.Capabilities.Address);
    }

    [Fact]
    public void SetDeviceState_DontDisplayInUI_ReportedInQueryPnpDeviceState()
    {
        using var machine = MachineAssert.Boot(seed: 32);
        var probe = PnpProbe.Create("pnpdevstate", s => new PnpProbe(s)
        {
            OnAdd = d =>
            {
                WDF_DEVICE_STATE_INIT(out var state);
                state.DontDisplayInUI = WDF_TRI_STATE.WdfTrue;
                WdfDeviceSetDeviceState(d, state);
            },
        });
        var node = machine.Pnp.Find(PnpRig.Install(machine, probe))!;
        MachineAssert.Completed(machine, machine.RunUntilIdle());

        Assert.Equal(DeviceNodeState.DeviceNodeStarted, node.State);
        Assert.Equal(PNP_DEVICE_DONT_DISPLAY_IN_UI, node.DeviceState);
    }

    [Fact]
    public void AssignS0IdleAndSxWakeSettings_PolicyOwner_ValidatedAndRecorded()
    {
        using var machine = MachineAssert.Boot(seed: 33);
        var statuses = new List<NTSTATUS>();
        var probe = PnpProbe.Create("pnpidle", s => new PnpProbe(s)
        {
            OnAdd = d =>
            {
                WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT(out var idle, WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.IdleCannotWakeFromS0);
                idle.IdleTimeout = 10_000;
                statuses.Add(WdfDeviceAssignS0IdleSettings(d, idle));
                WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT(out var shortSize, WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.IdleCannotWakeFromS0);
                shortSize.Size = 8;
                statuses.Add(WdfDeviceAssignS0IdleSettings(d, shortSize));
                WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT(out var d0, WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.IdleCannotWakeFromS0);
                d0.DxState = PowerDeviceD0;
                statuses.Add(WdfDeviceAssignS0IdleSettings(d, d0));
                WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS_INIT(out var wake);
                statuses.Add(WdfDeviceAssignSxWakeSettings(d, wake));
            },
        });
        PnpRig.Install(machine, probe);

        Assert.Equal([STATUS_SUCCESS, STATUS_INFO_LENGTH_MISMATCH, STATUS_INVALID_PARAMETER, STATUS_SUCCESS], statuses);
        var pnp = PnpRig.Device(probe).Pnp;
        Assert.Equal(10_000u, pnp.IdleSettings!.IdleTimeout);
        Assert.Equal(PowerDeviceD3, pnp.IdleSettings.DxState);
        Assert.NotNull(pnp.WakeSettings);
        // Idle power-down is not simulated: the device stays in D0 under its policy's Started state.
        Assert.Equal(WDF_DEVICE_POWER_POLICY_STATE.WdfDevStatePwrPolStarted, pnp.Policy.Current);
    }

    [Fact]
    public void AssignS0IdleAndSxWakeSettings_Filter_NotPolicyOwnerGetsInvalidDeviceRequest()
    {
        using var machine = MachineAssert.Boot(seed: 34);
        var statuses = new List<NTSTATUS>();
        var probe = PnpProbe.Create("pnpfilteridle", s => new PnpProbe(s)
        {
            AsFilter = true,
            OnAdd = d =>
            {
                WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT(out var idle, WDF_POWER_POLICY_S0_IDLE_CAPABILITIES.IdleCannotWakeFromS0);
                statuses.Add(WdfDeviceAssignS0IdleSettings(d, idle));
                WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS_INIT(out var wake);
                statuses.Add(WdfDeviceAssignSxWakeSettings(d, wake));
            },
        });
        PnpRig.Install(machine, probe);

        Assert.Equal([STATUS_INVALID_DEVICE_REQUEST, STATUS_INVALID_DEVICE_REQUEST], statuses);
        Assert.False(PnpRig.Device(probe).Pnp.IsPowerPolicyOwner);
        Assert.Equal(WDF_DEVICE_PNP_STATE.WdfDevStatePnpStarted, PnpRig.Device(probe).Pnp.Pnp.Current);
        Assert.Equal(["WdfDevStatePwrPolStarting", "WdfDevStatePwrPolStarted", "WdfDevStatePwrPolStartingSucceeded"],
            PnpRig.Entered(PnpRig.Log(probe), "not power policy owner state"));
        Assert.Contains(PnpRig.Log(probe), l => l.Contains("entering not power policy owner state WdfDevStatePwrPolStartingSucceeded from WdfDevStatePwrPolStarted",
            StringComparison.Ordinal));
    }

    [Fact]
    public void StopIdleResumeIdle_Counted_OneResumeTooManyIsReportedAndIgnored()
    {
        using var machine = MachineAssert.Boot(seed: 35);
        var probe = PnpProbe.Create("pnpstopidle");
        PnpRig.Install(machine, probe);
        var statuses = new List<NTSTATUS>();
        var counts = new List<int>();
        var pnp = PnpRig.Device(probe).Pnp;

        MachineAssert.Completed(machine, machine.Run(() =>
        {
            statuses.Add(WdfDeviceStopIdle(probe.Device, true));
            statuses.Add(WdfDeviceStopIdle(probe.Device, false));
            counts.Add(pnp.IdleReferences);
            WdfDeviceResumeIdle(probe.Device);
            WdfDeviceResumeIdle(probe.Device);
            counts.Add(pnp.IdleReferences);
            WdfDeviceResumeIdle(probe.Device);
            counts.Add(pnp.IdleReferences);
        }));

        Assert.Equal([STATUS_SUCCESS, STATUS_SUCCESS], statuses);
        Assert.Equal([2, 0, 0], counts);
        Assert.Contains(PnpRig.Log(probe), l => l.Contains("has no WdfDeviceStopIdle reference to release", StringComparison.Ordinal));
        Assert.Contains(machine.DebugOutput.Messages, m => m.Text.StartsWith("WDF detected potentially invalid operation by pnpstopidle.sys", StringComparison.Ordinal));
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void GetDevicePnpState_QueueHandle_BugChecksInvalidHandleWithExpectedType()
    {
        using var machine = MachineAssert.Boot(seed: 36);
        var probe = PnpProbe.Create("pnpbadhandle");
        PnpRig.Install(machine, probe);
        var device = PnpRig.Device(probe);
        var queue = device.Io.DefaultQueue!;

        var status = machine.Run(() => WdfDeviceGetDevicePnpState((WDFDEVICE)(WDFOBJECT)new WDFQUEUE(queue)));

        MachineAssert.BugCheck(machine, status, WDF_VIOLATION, Wdf.WDF_INVALID_HANDLE, queue.Handle, (ulong)FxObjectType.Device, device.Globals.Address);
    }

    [Fact]
    public void PnpIrpDuringStart_SecondStateChangingIrp_BugChecksPnpFatalError()
    {
        using var machine = MachineAssert.Boot(seed: 37);
        var probe = PnpProbe.Create("pnpfatal", s => new PnpProbe(s)
        {
            // On the restart of a rebalance, while START_DEVICE is pending, the driver sends its own stack a QUERY_STOP.
            OnPrepareHardware = (d, call) =>
            {
                if (call == 2)
                {
                    var deviceObject = WdfDeviceWdmGetDeviceObject(d);
                    var irp = IoAllocateIrp(deviceObject.StackSize, false);
                    irp.IoStatus.Status = STATUS_NOT_SUPPORTED;
                    var next = IoGetNextIrpStackLocation(irp);
                    next.MajorFunction = IRP_MJ_PNP;
                    next.MinorFunction = IRP_MN_QUERY_STOP_DEVICE;
                    IoCallDriver(deviceObject, irp);
                }
            },
        });
        var path = PnpRig.Install(machine, probe);
        var device = PnpRig.Device(probe);

        var result = machine.Pnp.Rebalance(path);

        // The IRP's address is in the recorder's line for it, as a debugger user finds it.
        var line = device.Globals.Log.Lines.Last(l => l.Contains("(IRP_MN_QUERY_STOP_DEVICE) IRP 0x", StringComparison.Ordinal));
        var irpAddress = Convert.ToUInt64(line[(line.LastIndexOf("0x", StringComparison.Ordinal) + 2)..], 16);
        MachineAssert.BugCheck(machine, result.Run, WDF_VIOLATION, Wdf.WDF_PNP_FATAL_ERROR, device.Handle, irpAddress, device.Globals.Address);
    }
}
