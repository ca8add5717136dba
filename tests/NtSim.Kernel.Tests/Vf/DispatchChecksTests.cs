using System.Runtime.CompilerServices;
using NtSim.Tests.Io;
using static NtSim.Wdm;

namespace NtSim.Tests.Vf;

/// <summary>The checks IoCallDriver makes after a dispatch routine returns: they name the routine,
/// its file and line, not the code that sent the IRP.</summary>
public sealed class DispatchChecksTests
{
    private static readonly int s_unmarkedLine = Here() + 1;
    private static NTSTATUS ReturnPendingUnmarked(DEVICE_OBJECT device, IRP irp) => STATUS_PENDING;

    private static readonly int s_mismatchLine = Here() + 1;
    private static NTSTATUS CompleteWithErrorReturnSuccess(DEVICE_OBJECT device, IRP irp) => CompleteAndReturn(irp, STATUS_UNSUCCESSFUL, STATUS_SUCCESS);

    private static int Here([CallerLineNumber] int line = 0) => line;

    private static NTSTATUS CompleteAndReturn(IRP irp, NTSTATUS completed, NTSTATUS returned)
    {
        irp.IoStatus.Status = completed;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        return returned;
    }

    /// <summary>Sends an IRP_MJ_READ, telling its address first (IoCallDriver may not return).</summary>
    private static void SendRead(DEVICE_OBJECT device, Action<ulong>? sent = null)
    {
        var irp = IoAllocateIrp(1, false);
        IoGetNextIrpStackLocation(irp).MajorFunction = IRP_MJ_READ;
        IoSetCompletionRoutine(irp, (_, _, _) => STATUS_MORE_PROCESSING_REQUIRED, null, true, true, true);
        sent?.Invoke(irp.Address);
        IoCallDriver(device, irp);
    }

    [Fact]
    public void AfterReturn_PendingWithoutIoMarkIrpPending_BlamesTheDispatchRoutineAndItsLine()
    {
        using var machine = MachineAssert.Boot();
        ulong irpAddress = 0;
        var status = machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Unmarked", d => d.MajorFunction[IRP_MJ_READ] = ReturnPendingUnmarked);
            SendRead(device, a => irpAddress = a);
        });

        var info = MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_IOMANAGER_VIOLATION, 0x23D, irpAddress, 0, 0);
        Assert.Equal($"NtSim.Kernel.Tests!DispatchChecksTests.ReturnPendingUnmarked, DispatchChecksTests.cs:{s_unmarkedLine}", info.Location);
        Assert.Contains(@"\Driver\Unmarked's IRP_MJ_READ routine DispatchChecksTests.ReturnPendingUnmarked returned STATUS_PENDING", info.Detail);
    }

    [Fact]
    public void AfterReturn_SpinLockStillHeld_NamesTheLockAndTheLineThatTookIt()
    {
        using var machine = MachineAssert.Boot();
        ulong deviceAddress = 0;
        var acquiredLine = 0;
        var spinLock = new KSPIN_LOCK();
        var routineLine = 0;
        var status = machine.Run(() =>
        {
            KeInitializeSpinLock(spinLock);
            var device = IoTestDriver.LoadWithDevice("Holder", d => d.MajorFunction[IRP_MJ_READ] = (_, irp) =>
            {
                KeAcquireSpinLock(spinLock, out KIRQL _); acquiredLine = Here();
                return CompleteAndReturn(irp, STATUS_SUCCESS, STATUS_SUCCESS);
            }); routineLine = Here();
            deviceAddress = device.Address;
            SendRead(device);
        });

        var info = MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_IOMANAGER_VIOLATION, 0x05, deviceAddress, 0, 2);
        // The lambda's code starts at its opening brace, the line after the statement that holds it.
        Assert.Equal($"NtSim.Kernel.Tests!DispatchChecksTests.AfterReturn_SpinLockStillHeld_NamesTheLockAndTheLineThatTookIt.lambda, DispatchChecksTests.cs:{routineLine - 3}", info.Location);
        Assert.EndsWith($"returned at IRQL 2, called at 0; it still holds KSPIN_LOCK@{spinLock.Address:X} acquired at DispatchChecksTests.cs:{acquiredLine}", info.Detail);
    }

    [Fact]
    public void AfterReturn_StatusOtherThanCompletedWith_BugChecksC9_224()
    {
        using var machine = Machine.Boot(new MachineOptions { Processors = 2, Verifier = VerifierFlags.IoVerification });
        ulong irpAddress = 0;
        var status = machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Liar", d => d.MajorFunction[IRP_MJ_READ] = CompleteWithErrorReturnSuccess);
            SendRead(device, a => irpAddress = a);
        });

        var routine = ((DRIVER_DISPATCH)CompleteWithErrorReturnSuccess).Method;
        var info = MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_IOMANAGER_VIOLATION, 0x224,
            machine.Modules.For(routine).AddressOf(routine), irpAddress, unchecked((uint)STATUS_UNSUCCESSFUL));
        Assert.Equal($"NtSim.Kernel.Tests!DispatchChecksTests.CompleteWithErrorReturnSuccess, DispatchChecksTests.cs:{s_mismatchLine}", info.Location);
        Assert.Contains("returned STATUS_SUCCESS", info.Detail);
        Assert.Contains("completed with IoStatus.Status STATUS_UNSUCCESSFUL", info.Detail);
    }

    [Fact]
    public void AfterReturn_StatusOtherThanCompletedWithWithoutIoVerification_NoBugCheck()
    {
        using var machine = Machine.Boot(new MachineOptions { Verifier = VerifierFlags.Standard & ~VerifierFlags.IoVerification });
        MachineAssert.Completed(machine, machine.Run(() =>
        {
            var device = IoTestDriver.LoadWithDevice("Liar", d => d.MajorFunction[IRP_MJ_READ] = CompleteWithErrorReturnSuccess);
            SendRead(device);
        }));
    }

    [Fact]
    public void AfterReturn_FilterChangesTheStatusInItsCompletionRoutineButReturnsTheOneBelow_BlamesTheFilter()
    {
        // The lower driver completed with STATUS_SUCCESS and returned it: consistent. The filter's
        // completion routine made its level's outcome STATUS_DEVICE_NOT_READY, yet its dispatch
        // routine returned what IoCallDriver returned (it should have pended, or returned the new status).
        using var machine = Machine.Boot(new MachineOptions { Processors = 2, Verifier = VerifierFlags.IoVerification });
        ulong irpAddress = 0;
        var status = machine.Run(() =>
        {
            var lower = IoTestDriver.LoadWithDevice("Lower", d => d.MajorFunction[IRP_MJ_READ] = (_, irp) => CompleteAndReturn(irp, STATUS_SUCCESS, STATUS_SUCCESS));
            var upper = IoTestDriver.LoadWithDevice("Upper", d => d.MajorFunction[IRP_MJ_READ] = (_, irp) =>
            {
                IoCopyCurrentIrpStackLocationToNext(irp);
                IoSetCompletionRoutine(irp, (_, i, _) =>
                {
                    i.IoStatus.Status = STATUS_DEVICE_NOT_READY;
                    return STATUS_SUCCESS;
                }, null, true, true, true);
                return IoCallDriver(lower, irp);
            });
            var irp = IoAllocateIrp(3, false);
            irpAddress = irp.Address;
            IoGetNextIrpStackLocation(irp).MajorFunction = IRP_MJ_READ;
            IoSetCompletionRoutine(irp, (_, _, _) => STATUS_MORE_PROCESSING_REQUIRED, null, true, true, true);
            IoCallDriver(upper, irp);
        });

        var info = MachineAssert.BugCheck(machine, status, DRIVER_VERIFIER_IOMANAGER_VIOLATION, 0x224, 0, irpAddress, unchecked((uint)STATUS_DEVICE_NOT_READY));
        Assert.StartsWith(@"\Driver\Upper's IRP_MJ_READ routine", info.Detail);
        Assert.StartsWith("NtSim.Kernel.Tests!DispatchChecksTests.AfterReturn_FilterChangesTheStatusInItsCompletionRoutineButReturnsTheOneBelow_BlamesTheFilter.lambda, DispatchChecksTests.cs:", info.Location);
    }
}
