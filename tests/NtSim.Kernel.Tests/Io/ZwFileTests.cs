using NtSim.Tests.Win32Api;
using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;

namespace NtSim.Tests.Io;

public sealed class ZwFileTests
{
    private static (Machine Machine, EchoDevice Echo) Start(uint flags = DO_BUFFERED_IO)
    {
        var machine = Boot();
        var echo = new EchoDevice { DeviceFlags = flags };
        Completed(machine, machine.Run(echo.Load));
        return (machine, echo);
    }

    [Fact]
    public void ZwCreateFile_ReadClose_DriverSeesKernelModeRequests()
    {
        var (machine, echo) = Start();
        using var owned = machine;
        NTSTATUS create = STATUS_UNSUCCESSFUL, read = STATUS_UNSUCCESSFUL;
        ulong information = 0, transferred = 0;
        byte first = 0;
        Completed(machine, machine.Run(() =>
        {
            InitializeObjectAttributes(out var attributes, new UNICODE_STRING(@"\Device\Echo"), OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, HANDLE.NULL, null);
            var iosb = new IO_STATUS_BLOCK();
            create = ZwCreateFile(out var handle, GENERIC_READ, attributes, iosb, null, 0, 0, FILE_OPEN, FILE_SYNCHRONOUS_IO_NONALERT, null, 0);
            information = iosb.Information;
            var buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 32, TAG("Test"));
            read = ZwReadFile(handle, HANDLE.NULL, null, null, iosb, buffer, 32, null, null);
            transferred = iosb.Information;
            first = buffer.Read<byte>();
            ExFreePoolWithTag(buffer, TAG("Test"));
            ZwClose(handle);
        }));

        Assert.Equal(STATUS_SUCCESS, create);
        Assert.Equal(0ul, information);   // what the driver's create put in IoStatus.Information
        Assert.Equal(STATUS_SUCCESS, read);
        Assert.Equal(32ul, transferred);
        Assert.Equal(0xAB, first);
        Assert.Equal(["create 1 0", "read 32", "cleanup 1", "close 1"], echo.Seen);
    }

    [Fact]
    public void IoGetDeviceObjectPointer_CleanupAtOnce_CloseWhenTheFileIsDereferenced()
    {
        var (machine, echo) = Start();
        using var owned = machine;
        DEVICE_OBJECT? device = null;
        List<string> beforeRelease = [];
        Completed(machine, machine.Run(() =>
        {
            var status = IoGetDeviceObjectPointer(new UNICODE_STRING(@"\Device\Echo"), FILE_READ_DATA, out var file, out device);
            Assert.Equal(STATUS_SUCCESS, status);
            Assert.Equal(1, echo.Device!.ReferenceCount);
            beforeRelease = [.. echo.Seen];
            ObDereferenceObject(file!);
        }));

        Assert.Same(echo.Device, device);
        Assert.Equal(["create 1 0", "cleanup 1"], beforeRelease);
        Assert.Equal(["create 1 0", "cleanup 1", "close 1"], echo.Seen);
        Assert.Equal(0, echo.Device!.ReferenceCount);
    }

    [Fact]
    public void IoGetDeviceObjectPointer_UnknownName_ObjectNameNotFound()
    {
        var (machine, _) = Start();
        using var owned = machine;
        NTSTATUS status = STATUS_SUCCESS;
        Completed(machine, machine.Run(() => status = IoGetDeviceObjectPointer(new UNICODE_STRING(@"\Device\Nope"), FILE_READ_DATA, out _, out _)));
        Assert.Equal(STATUS_OBJECT_NAME_NOT_FOUND, status);
    }

    [Fact]
    public void IoBuildSynchronousFsdRequest_DirectIoDevice_DriverWritesThroughTheMdl()
    {
        var (machine, echo) = Start(DO_DIRECT_IO);
        using var owned = machine;
        var bytes = new byte[64];
        Completed(machine, machine.Run(() =>
        {
            var buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, TAG("Test"));
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            var iosb = new IO_STATUS_BLOCK();
            var irp = IoBuildSynchronousFsdRequest(IRP_MJ_READ, echo.Device!, buffer, 64, null, evt, iosb)!;
            Assert.NotNull(irp.MdlAddress);
            if (IoCallDriver(echo.Device!, irp) == STATUS_PENDING)
            {
                KeWaitForSingleObject(evt, Executive, KernelMode, false, null);
            }

            buffer.AsReadOnlySpan(64).CopyTo(bytes);
            ExFreePoolWithTag(buffer, TAG("Test"));
        }));

        Assert.All(bytes, b => Assert.Equal(0xAB, b));
        Assert.Empty(machine.Tracking.Outstanding("nt", ResourceKind.Mdl));
    }

    [Fact]
    public void Shutdown_RegisteredDevices_GetIrpMjShutdownLastRegisteredFirst()
    {
        using var machine = Boot();
        var seen = new List<string>();
        Completed(machine, machine.Run(() =>
        {
            foreach (var name in new[] { "First", "Second" })
            {
                var device = IoTestDriver.LoadWithDevice(name, driver => driver.MajorFunction[IRP_MJ_SHUTDOWN] = (d, irp) =>
                {
                    seen.Add(name);
                    irp.IoStatus.Status = STATUS_SUCCESS;
                    IoCompleteRequest(irp, IO_NO_INCREMENT);
                    return STATUS_SUCCESS;
                });
                Assert.Equal(STATUS_SUCCESS, IoRegisterShutdownNotification(device));
            }
        }));

        Completed(machine, machine.Shutdown());
        Assert.Equal(["Second", "First"], seen);
    }

    [Fact]
    public void IoBuildDeviceIoControlRequest_DirectOutputBufferNotMapped_ReturnsNullAndLeavesNothing()
    {
        var (machine, echo) = Start();
        using var owned = machine;
        IRP? irp = null;
        var buffersBefore = machine.Pool.QueryTag("IoBf").Outstanding;
        Completed(machine, machine.Run(() =>
        {
            var evt = new KEVENT();
            KeInitializeEvent(evt, NotificationEvent, false);
            var input = ExAllocatePool2(POOL_FLAG_NON_PAGED, 8, TAG("Test"));
            irp = IoBuildDeviceIoControlRequest(EchoDevice.IOCTL_OUT_DIRECT, echo.Device!, input, 8, new PVOID(0x7000_0000), 64, false, evt, new IO_STATUS_BLOCK());
            ExFreePoolWithTag(input, TAG("Test"));
        }));

        Assert.Null(irp);
        Assert.Equal(buffersBefore, machine.Pool.QueryTag("IoBf").Outstanding);
        Assert.Empty(machine.Tracking.Outstanding("nt", ResourceKind.Mdl));
        Assert.Null(machine.BugCheck);
    }
}
