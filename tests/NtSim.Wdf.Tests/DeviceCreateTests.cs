using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>WdfDeviceCreate consumes its WDFDEVICE_INIT only when it succeeds, as KMDF sets *DeviceInit = NULL.</summary>
public sealed class DeviceCreateTests
{
    [Fact]
    public void WdfDeviceCreate_Success_DeviceInitVariableIsNull()
    {
        using var machine = MachineAssert.Boot(seed: 131);
        var after = new List<object?>();
        ScriptedKmdfDriver.Install(machine, "createok", driver =>
        {
            WDFDEVICE_INIT? init = WdfControlDeviceInitAllocate(driver, SDDL_DEVOBJ_SYS_ALL_ADM_ALL);
            after.Add(init);
            WdfDeviceInitAssignName(init!, new UNICODE_STRING(@"\Device\CreateOk"));
            var status = WdfDeviceCreate(ref init, WDF_NO_OBJECT_ATTRIBUTES, out var device);
            after.Add(init);
            WdfControlFinishInitializing(device);
            return status;
        });

        MachineAssert.Completed(machine, machine.Services.Start("createok"));

        Assert.NotNull(after[0]);
        Assert.Null(after[1]);
    }

    [Fact]
    public void WdfDeviceCreate_NameCollision_DeviceInitVariableUnchanged()
    {
        using var machine = MachineAssert.Boot(seed: 132);
        NTSTATUS failed = STATUS_SUCCESS;
        WDFDEVICE_INIT? before = null;
        WDFDEVICE_INIT? after = null;
        ScriptedKmdfDriver.Install(machine, "createdup", driver =>
        {
            WDFDEVICE_INIT? first = WdfControlDeviceInitAllocate(driver, SDDL_DEVOBJ_SYS_ALL_ADM_ALL);
            WdfDeviceInitAssignName(first!, new UNICODE_STRING(@"\Device\CreateDup"));
            var status = WdfDeviceCreate(ref first, WDF_NO_OBJECT_ATTRIBUTES, out var device);
            WdfControlFinishInitializing(device);

            WDFDEVICE_INIT? second = WdfControlDeviceInitAllocate(driver, SDDL_DEVOBJ_SYS_ALL_ADM_ALL);
            before = second;
            WdfDeviceInitAssignName(second!, new UNICODE_STRING(@"\Device\CreateDup"));
            failed = WdfDeviceCreate(ref second, WDF_NO_OBJECT_ATTRIBUTES, out _);
            after = second;
            if (second is not null)
            {
                WdfDeviceInitFree(second);
            }

            return status;
        });

        MachineAssert.Completed(machine, machine.Services.Start("createdup"));

        Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
        Assert.Equal(STATUS_OBJECT_NAME_COLLISION, failed);
        Assert.NotNull(before);
        Assert.Same(before, after);
    }
}
