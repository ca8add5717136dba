using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Tests.Io;

/// <summary>An exception that leaves driver code is the driver's bug: during a system service it
/// bug checks SYSTEM_SERVICE_EXCEPTION (0x3B) with the exception code as P1; only the I/O
/// manager's own probing of the caller's buffers, before a driver sees the IRP, becomes a status.</summary>
public sealed class DriverExceptionTests
{
    private static readonly uint IoctlNeither = CTL_CODE(0x9000, 0x800, METHOD_NEITHER, FILE_ANY_ACCESS);
    private static readonly uint IoctlBuffered = CTL_CODE(0x9000, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS);

    /// <summary>A driver whose device control routine reads 8 bytes of Type3InputBuffer without a
    /// probe, and whose read routine raises the status it is asked to.</summary>
    private static Machine BootUnprobed(NTSTATUS readRaises = STATUS_SUCCESS)
    {
        var machine = Boot();
        Completed(machine, machine.Run(() =>
        {
            IoTestDriver.LoadWithDevice("Unprobed", driver =>
            {
                driver.MajorFunction[IRP_MJ_CREATE] = CompleteSuccess;
                driver.MajorFunction[IRP_MJ_CLEANUP] = CompleteSuccess;
                driver.MajorFunction[IRP_MJ_CLOSE] = CompleteSuccess;
                driver.MajorFunction[IRP_MJ_DEVICE_CONTROL] = (device, irp) =>
                {
                    var stack = IoGetCurrentIrpStackLocation(irp);
                    _ = stack.Parameters.DeviceIoControl.Type3InputBuffer.Read<ulong>();
                    return CompleteSuccess(device, irp);
                };
                driver.MajorFunction[IRP_MJ_READ] = (device, irp) =>
                {
                    ExRaiseStatus(readRaises);
                    return CompleteSuccess(device, irp);
                };
            });
            IoCreateSymbolicLink(new UNICODE_STRING(@"\??\Unprobed"), new UNICODE_STRING(@"\Device\Unprobed"));
        }));
        return machine;
    }

    private static NTSTATUS CompleteSuccess(DEVICE_OBJECT device, IRP irp)
    {
        irp.IoStatus.Status = STATUS_SUCCESS;
        irp.IoStatus.Information = 0;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
        return STATUS_SUCCESS;
    }

    [Fact]
    public void DeviceIoControl_DriverReadsUnprobedType3InputBuffer_IsSystemServiceException()
    {
        using var machine = BootUnprobed();
        var app = machine.StartProcess("attacker", args =>
        {
            var h = CreateFile(@"\\.\Unprobed", GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
            DeviceIoControl(h, IoctlNeither, new PVOID(0x7FFF_0000_0000), 8, PVOID.NULL, 0, out _, null);
            return 0;
        });

        // SYSTEM_SERVICE_EXCEPTION: P1 the exception code; the blame is the driver's routine, not the application.
        var info = BugCheck(machine, app.WaitForExit(), SYSTEM_SERVICE_EXCEPTION, 0xC0000005, 0, 0, 0);
        Assert.Contains(nameof(DriverExceptionTests), info.Location ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_DispatchRoutineRaisesStatus_IsSystemServiceExceptionWithThatCode()
    {
        using var machine = BootUnprobed(readRaises: STATUS_INSUFFICIENT_RESOURCES);
        var app = machine.StartProcess("reader", args =>
        {
            var h = CreateFile(@"\\.\Unprobed", GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
            ReadFile(h, new byte[4], 4, out _, null);
            return 0;
        });

        BugCheck(machine, app.WaitForExit(), SYSTEM_SERVICE_EXCEPTION, 0xC000009A, 0, 0, 0);
    }

    [Fact]
    public void DeviceIoControl_BadBufferProbedByIoManager_FailsWithNoAccessBeforeTheDriver()
    {
        using var machine = BootUnprobed();
        uint error = 0;
        bool ok = true;
        var app = machine.StartProcess("caller", args =>
        {
            var h = CreateFile(@"\\.\Unprobed", GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
            ok = DeviceIoControl(h, IoctlBuffered, new PVOID(0x7FFF_0000_0000), 8, PVOID.NULL, 0, out _, null);
            error = GetLastError();
            CloseHandle(h);
            return 0;
        });

        Completed(machine, app.WaitForExit());
        Assert.False(ok);
        Assert.Equal(Win32Error.ERROR_NOACCESS, error);
        Assert.Null(machine.BugCheck);
        Assert.Empty(machine.IoManager.Irps.InUse());
    }

    [Fact]
    public void ZwReadFile_TargetDriverRaises_ReachesTheCallingDriversHandler()
    {
        using var machine = BootUnprobed(readRaises: STATUS_DATA_ERROR);
        NTSTATUS caught = STATUS_SUCCESS;
        Completed(machine, machine.Run(() =>
        {
            InitializeObjectAttributes(out var attributes, new UNICODE_STRING(@"\Device\Unprobed"), OBJ_KERNEL_HANDLE, HANDLE.NULL, null);
            var iosb = new IO_STATUS_BLOCK();
            Assert.Equal(STATUS_SUCCESS, ZwCreateFile(out var handle, GENERIC_READ, attributes, iosb, null, 0, 0, FILE_OPEN,
                FILE_SYNCHRONOUS_IO_NONALERT, null, 0));
            try
            {
                // In kernel mode the exception goes up to the calling driver's frames, as through __try/__except.
                ZwReadFile(handle, HANDLE.NULL, null, null, iosb, ExAllocatePool2(POOL_FLAG_NON_PAGED, 4, TAG("Test")), 4, null, null);
            }
            catch (NtStatusException e)
            {
                caught = e.Status;
            }
        }));

        Assert.Equal(STATUS_DATA_ERROR, caught);
    }
}
