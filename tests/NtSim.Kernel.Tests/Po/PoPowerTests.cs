using NtSim.Tests.Io;
using static NtSim.Wdm;

namespace NtSim.Tests.Po;

public sealed class PoPowerTests
{
    [Fact]
    public void PoSetPowerState_ReturnsThePreviousDeviceState()
    {
        using var machine = MachineAssert.Boot();
        var previous = new List<DEVICE_POWER_STATE>();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Powered", _ => { });
            previous.Add(PoSetPowerState(device, DevicePowerState, new POWER_STATE { DeviceState = PowerDeviceD0 }).DeviceState);
            previous.Add(PoSetPowerState(device, DevicePowerState, new POWER_STATE { DeviceState = PowerDeviceD3 }).DeviceState);
            previous.Add(PoSetPowerState(device, DevicePowerState, new POWER_STATE { DeviceState = PowerDeviceD0 }).DeviceState);
        }));
        Assert.Equal([PowerDeviceUnspecified, PowerDeviceD0, PowerDeviceD3], previous);
    }

    [Fact]
    public void PoSetPowerState_D0AtDispatch_IsAllowed()
    {
        using var machine = MachineAssert.Boot();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Powered", _ => { });
            KeRaiseIrql(DISPATCH_LEVEL, out var old);
            PoSetPowerState(device, DevicePowerState, new POWER_STATE { DeviceState = PowerDeviceD0 });
            KeLowerIrql(old);
        }));
    }

    [Fact]
    public void PoSetPowerState_D3AtDispatch_BugChecksIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Powered", _ => { });
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            PoSetPowerState(device, DevicePowerState, new POWER_STATE { DeviceState = PowerDeviceD3 });
        });

        // 0xC4/0xE5: a state other than D0 is set at APC_LEVEL at most; P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)DISPATCH_LEVEL, 0, 0);
    }

    [Fact]
    public void PoCallDriver_DispatchesThePowerIrp_AndPoStartNextPowerIrpChangesNothing()
    {
        using var machine = MachineAssert.Boot();
        byte minor = 0xFF;
        NTSTATUS status = STATUS_UNSUCCESSFUL;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Powered", driver =>
                driver.MajorFunction[IRP_MJ_POWER] = (_, irp) =>
                {
                    minor = IoGetCurrentIrpStackLocation(irp).MinorFunction;
                    PoStartNextPowerIrp(irp);
                    irp.IoStatus.Status = STATUS_SUCCESS;
                    IoCompleteRequest(irp, IO_NO_INCREMENT);
                    return STATUS_SUCCESS;
                });
            var irp = IoAllocateIrp(device.StackSize, false);
            var next = IoGetNextIrpStackLocation(irp);
            next.MajorFunction = IRP_MJ_POWER;
            next.MinorFunction = IRP_MN_QUERY_POWER;
            IoSetCompletionRoutine(irp, (_, i, _) =>
            {
                IoFreeIrp(i);
                return STATUS_MORE_PROCESSING_REQUIRED;
            }, null, true, true, true);
            status = PoCallDriver(device, irp);
        }));
        Assert.Equal(STATUS_SUCCESS, status);
        Assert.Equal(IRP_MN_QUERY_POWER, minor);
    }
}
