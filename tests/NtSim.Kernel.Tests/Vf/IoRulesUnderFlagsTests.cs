using NtSim.Tests.Io;
using NtSim.Tests.Ob;
using static NtSim.Wdm;

namespace NtSim.Tests.Vf;

/// <summary>The I/O manager's 0xC9 checks run under I/O verification (0x10); without it the request goes on.</summary>
public sealed class IoRulesUnderFlagsTests
{
    private static NTSTATUS CompleteWithPending(DEVICE_OBJECT device, IRP irp)
    {
        irp.IoStatus.Status = STATUS_PENDING;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }

    [Fact]
    public void IoCompleteRequest_WithStatusPending_WithoutIoVerification_CompletesWithIt()
    {
        using var machine = VerifierBoot.Without(VerifierFlags.IoVerification);
        var iosb = new IO_STATUS_BLOCK();
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Pender", d => d.MajorFunction[IRP_MJ_READ] = CompleteWithPending);
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            IoTestDriver.SendRead(device, 16, iosb, evt);
            KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
        }));
        Assert.Equal(STATUS_PENDING, iosb.Status);
    }

    [Fact]
    public void IoCompleteRequest_WithStatusPending_UnderIoVerification_BugChecksC9_06()
    {
        using var machine = VerifierBoot.With(VerifierFlags.IoVerification);
        ulong irp = 0;
        var status = machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Pender", d => d.MajorFunction[IRP_MJ_READ] = (dev, i) =>
            {
                irp = i.Address;
                return CompleteWithPending(dev, i);
            });
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            IoTestDriver.SendRead(device, 16, new IO_STATUS_BLOCK(), evt);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_IOMANAGER_VIOLATION, 0x06, (uint)STATUS_PENDING, irp, 0);
    }

    [Fact]
    public void IoDeleteDevice_Twice_WithoutVerifier_DropsAReferenceTooMany()
    {
        // The second IoDeleteDevice takes the caller's reference; its ObDereferenceObject then finds zero.
        using var machine = VerifierBoot.With(VerifierFlags.None);
        ulong address = 0, type = 0;
        var status = machine.Run(() =>
        {
            DEVICE_OBJECT? device = null;
            IoTestDriver.Load("Twice", (driver, _) => IoCreateDevice(driver, 0, null, FILE_DEVICE_UNKNOWN, 0, false, out device));
            address = device!.Address;
            type = ObTest.Header(device).Manager.TypeObjectAddress(ObjectTypes.Device);
            ObReferenceObject(device);
            IoDeleteDevice(device);
            IoDeleteDevice(device);
            ObDereferenceObject(device);
        });
        MachineAssert.BugCheck(machine, status, REFERENCE_BY_POINTER, type, address, 0, 0);
    }

    [Fact]
    public void IoDeleteDevice_Twice_UnderIoVerification_BugChecksC9_240()
    {
        using var machine = VerifierBoot.With(VerifierFlags.IoVerification);
        ulong address = 0;
        var status = machine.Run(() =>
        {
            DEVICE_OBJECT? device = null;
            IoTestDriver.Load("Twice", (driver, _) => IoCreateDevice(driver, 0, null, FILE_DEVICE_UNKNOWN, 0, false, out device));
            address = device!.Address;
            ObReferenceObject(device);
            IoDeleteDevice(device);
            IoDeleteDevice(device);
        });
        MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_IOMANAGER_VIOLATION, 0x240, address, 0, 0);
    }
}
