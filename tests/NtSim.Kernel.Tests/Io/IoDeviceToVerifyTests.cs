using static NtSim.Wdm;

namespace NtSim.Tests.Io;

public sealed class IoDeviceToVerifyTests
{
    [Fact]
    public void IoSetHardErrorOrVerifyDevice_RecordsTheDeviceInTheIrpsThread()
    {
        using var machine = MachineAssert.Boot();
        DEVICE_OBJECT? device = null, seen = null, before = null, cleared = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            device = IoTestDriver.LoadWithDevice("Removable", _ => { });
            var thread = KeGetCurrentThread();
            before = IoGetDeviceToVerify(thread);
            var irp = IoAllocateIrp(1, false);
            irp.Tail.Overlay.Thread = thread;
            IoSetHardErrorOrVerifyDevice(irp, device);
            seen = IoGetDeviceToVerify(thread);
            IoSetDeviceToVerify(thread, null);
            cleared = IoGetDeviceToVerify(thread);
            IoFreeIrp(irp);
        }));
        Assert.Null(before);
        Assert.Same(device, seen);
        Assert.Null(cleared);
    }

    [Fact]
    public void IoSetDeviceToVerify_IsPerThread()
    {
        using var machine = MachineAssert.Boot();
        DEVICE_OBJECT? device = null, mine = null, other = null;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            device = IoTestDriver.LoadWithDevice("Removable", _ => { });
            IoSetDeviceToVerify(KeGetCurrentThread(), device);
            var done = new KEVENT();
            KeInitializeEvent(done, NotificationEvent, false);
            machine.Scheduler.CreateThread("Other", ThreadKind.System, machine.Modules.Kernel, () =>
            {
                other = IoGetDeviceToVerify(KeGetCurrentThread());
                KeSetEvent(done, 0, false);
            });
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            mine = IoGetDeviceToVerify(KeGetCurrentThread());
        }));
        Assert.Same(device, mine);
        Assert.Null(other);
    }

    [Fact]
    public void IoGetDeviceToVerify_AboveDispatch_BugChecksIrqlRule()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(HIGH_LEVEL, out _);
            IoGetDeviceToVerify(KeGetCurrentThread());
        });

        // 0xC4/0xE5: a DDI called above its documented IRQL (<= DISPATCH_LEVEL), P2 the IRQL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)HIGH_LEVEL, 0, 0);
    }
}
