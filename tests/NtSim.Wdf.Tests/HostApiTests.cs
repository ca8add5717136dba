using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>machine.Wdf: the KMDF drivers, devices and queues of a machine, read from the host.</summary>
public sealed class HostApiTests
{
    [Fact]
    public void Drivers_ListsAPnpDriverWithItsDeviceAndQueue()
    {
        using var machine = MachineAssert.Boot();
        var path = KmdfRig.InstallRootDevice<EchoLikeDriver>(machine, "echolike");

        var driver = Assert.Single(machine.Wdf.Drivers);

        var globals = Assert.Single(FxLibrary.Of(machine).Clients);
        Assert.Equal("echolike", driver.ServiceName);
        Assert.Equal("echolike.sys", driver.ImageName);
        Assert.Equal("1.33", driver.KmdfVersion);
        Assert.Equal("1.33", driver.LibraryVersion);
        Assert.Equal(globals.Driver!.Handle, driver.Handle);
        Assert.Equal(globals.Address, driver.Globals);
        Assert.True(driver.Verifier.VerifierOn);

        var device = Assert.Single(driver.Devices);
        Assert.NotEqual(0ul, device.DeviceObject);
        Assert.Equal(DeviceNodeState.DeviceNodeStarted, machine.Pnp.Find(path)!.State);
        Assert.False(device.IsControlDevice);
        Assert.Equal("119 ( WdfDevStatePnpStarted )", device.PnpState.ToString());
        Assert.Equal(new WdfStateName(0x307, "WdfDevStatePowerD0"), device.PowerState);
        Assert.Equal(new WdfStateName(0x565, "WdfDevStatePwrPolStarted"), device.PowerPolicyState);

        var queue = Assert.Single(device.Queues);
        Assert.Equal(WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchSequential, queue.DispatchType);
        Assert.True(queue.IsDefault);
        Assert.True(queue.PowerManaged);
        Assert.Equal(WDF_IO_QUEUE_STATE.WdfIoQueueAcceptRequests | WDF_IO_QUEUE_STATE.WdfIoQueueDispatchRequests
            | WDF_IO_QUEUE_STATE.WdfIoQueueNoRequests | WDF_IO_QUEUE_STATE.WdfIoQueueDriverNoRequests, queue.State);
        Assert.Equal(0, queue.DriverOwnedRequests);
        Assert.Equal(0, queue.WaitingRequests);
    }

    [Fact]
    public void Driver_ControlDevice_HasNoPnpStatesAndItsManualQueueCountsWaitingRequests()
    {
        using var machine = MachineAssert.Boot();
        ScriptedKmdfDriver.Install(machine, "wdfctl", driver =>
        {
            var init = WdfControlDeviceInitAllocate(driver, SDDL_DEVOBJ_SYS_ALL_ADM_ALL);
            WdfDeviceInitAssignName(init!, new UNICODE_STRING(@"\Device\WdfCtl"));
            var status = WdfDeviceCreate(ref init, WDF_NO_OBJECT_ATTRIBUTES, out var device);
            if (!NT_SUCCESS(status))
            {
                return status;
            }

            WDF_IO_QUEUE_CONFIG_INIT(out var config, WdfIoQueueDispatchManual);
            status = WdfIoQueueCreate(device, config, WDF_NO_OBJECT_ATTRIBUTES, out _);
            WdfControlFinishInitializing(device);
            return status;
        });

        MachineAssert.Completed(machine, machine.Services.Start("wdfctl"));

        var device = Assert.Single(machine.Wdf.Driver("wdfctl")!.Devices);
        Assert.True(device.IsControlDevice);
        Assert.Null(device.PnpState);
        Assert.Null(device.PowerState);
        Assert.Null(device.PowerPolicyState);
        var queue = Assert.Single(device.Queues);
        Assert.Equal(WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchManual, queue.DispatchType);
        Assert.False(queue.IsDefault);
        Assert.False(queue.PowerManaged);
    }

    [Fact]
    public void LogDump_IsTheDriversRecorder_AndNullForAnUnknownService()
    {
        using var machine = MachineAssert.Boot();
        ScriptedKmdfDriver.Install(machine, "wdflog", _ => STATUS_SUCCESS);
        MachineAssert.Completed(machine, machine.Services.Start("wdflog"));

        var dump = machine.Wdf.LogDump("wdflog");

        Assert.Equal(FxLibrary.Of(machine).Clients.Single().Log.Dump(), dump);
        Assert.Contains(@"1: FxDriver::Initialize - WDFDRIVER", dump, StringComparison.Ordinal);
        Assert.Equal(machine.Wdf.Log("wdflog"), FxLibrary.Of(machine).Clients.Single().Log.Lines);
        Assert.Null(machine.Wdf.LogDump("nosuch"));
        Assert.Null(machine.Wdf.Driver("nosuch"));
        Assert.Empty(machine.Wdf.Log("nosuch"));
    }

    [Fact]
    public void Drivers_AfterStop_IsEmpty()
    {
        using var machine = MachineAssert.Boot();
        ScriptedKmdfDriver.Install(machine, "wdfgone", _ => STATUS_SUCCESS);
        MachineAssert.Completed(machine, machine.Services.Start("wdfgone"));
        Assert.Single(machine.Wdf.Drivers);

        machine.Services.Stop("wdfgone");

        Assert.Empty(machine.Wdf.Drivers);
    }

    [Fact]
    public void LibraryVersion_FollowsTheWindowsRelease()
    {
        using var machine = Machine.Boot(new MachineOptions { WindowsVersion = WindowsVersion.Windows10_22H2 });

        Assert.Equal("1.31", machine.Wdf.LibraryVersion);
    }
}
