using static NtSim.Wdm;

namespace NtSim.Tests.Io;

/// <summary>IoRaiseHardError and IoRaiseInformationalHardError: the message box is recorded, the IRP completed.</summary>
public sealed class IoHardErrorTests
{
    [Fact]
    public void IoRaiseHardError_RecordsTheBox_AndCompletesTheIrp()
    {
        using var machine = MachineAssert.Boot();
        machine.Services.Install<HardErrorDriver>("HardErr");
        MachineAssert.Completed(machine, machine.Services.Start("HardErr"));
        NTSTATUS completed = STATUS_SUCCESS;
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = machine.IoManager.Drivers.Single(d => d.Name == "HardErr").DeviceObject!;
            IRP? sent = null;
            IoTestDriver.SendReadAndWait(device, irp => sent = irp);
            completed = sent!.IoStatus.Status;
            IoFreeIrp(sent);
        }));

        Assert.Equal(STATUS_DEVICE_NOT_READY, completed);
        var box = Assert.Single(machine.EventLog.HardErrors);
        Assert.Equal(STATUS_DEVICE_NOT_READY, box.Status);
        Assert.Equal("System Process - System Error", box.Caption);
        Assert.Equal(@"\Device\HardErr", box.DeviceName);
    }

    [Fact]
    public void IoRaiseInformationalHardError_ForAnApplicationThread_NamesTheApplication()
    {
        using var machine = MachineAssert.Boot();
        KTHREAD? viewer = null;
        var app = machine.StartProcess("viewer.exe", _ =>
        {
            viewer = KTHREAD.Current;
            return 0;
        });
        MachineAssert.Completed(machine, app.WaitForExit());
        var queued = false;
        MachineAssert.Completed(machine, machine.Run(() =>
            queued = IoRaiseInformationalHardError(STATUS_DISK_FULL, new UNICODE_STRING(@"C:\data"), viewer)));

        Assert.True(queued);
        var box = Assert.Single(machine.EventLog.HardErrors);
        Assert.Equal("viewer.exe - System Error", box.Caption);
        Assert.Equal(@"C:\data", box.Detail);
        Assert.Equal(STATUS_DISK_FULL, box.Status);
    }

    [Fact]
    public void IoRaiseHardError_AtDispatchLevel_BugChecksC4_E5()
    {
        using var machine = MachineAssert.Boot();
        var status = machine.Run(() =>
        {
            KeRaiseIrql(DISPATCH_LEVEL, out _);
            IoRaiseInformationalHardError(STATUS_DISK_FULL, null, null);
        });

        // 0xC4/0xE5 (P2 the IRQL): the hard error routines need IRQL <= APC_LEVEL.
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_DETECTED_VIOLATION, 0xE5, (ulong)DISPATCH_LEVEL, 0, 0);
    }

    public sealed class HardErrorDriver : IDriver
    {
        public NTSTATUS DriverEntry(DRIVER_OBJECT DriverObject, UNICODE_STRING RegistryPath)
        {
            DriverObject.DriverUnload = d => IoDeleteDevice(d.DeviceObject!);
            DriverObject.MajorFunction[IRP_MJ_READ] = (device, irp) =>
            {
                // A medium that is not there: tell the user, and the hard error completes the IRP.
                irp.IoStatus.Status = STATUS_DEVICE_NOT_READY;
                IoRaiseHardError(irp, null, device);
                return STATUS_DEVICE_NOT_READY;
            };
            return IoCreateDevice(DriverObject, 0, @"\Device\HardErr", FILE_DEVICE_UNKNOWN, 0, false, out _);
        }
    }
}
