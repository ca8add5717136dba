using static NtSim.Tests.MachineAssert;
using static NtSim.Wdm;
using static NtSim.Win32;
using static NtSim.Win32Error;

namespace NtSim.Tests.Win32Api;

public sealed class Win32FileTests
{
    private static (Machine Machine, EchoDevice Echo) Start(int seed = 0, uint flags = DO_BUFFERED_IO, bool exclusive = false)
    {
        var machine = Boot(seed: seed);
        var echo = new EchoDevice { DeviceFlags = flags, Exclusive = exclusive };
        Completed(machine, machine.Run(echo.Load));
        return (machine, echo);
    }

    private static UserProcess RunApp(Machine machine, Func<string[], int> main)
    {
        var app = machine.StartProcess("app", main);
        Completed(machine, app.WaitForExit());
        return app;
    }

    [Fact]
    public void CreateFile_ReadWriteClose_DriverSeesCreateReadWriteCleanupClose() =>
        Schedules.Explore(machine =>
        {
            var echo = new EchoDevice { DeviceFlags = DO_BUFFERED_IO };
            Completed(machine, machine.Run(echo.Load));
            var read = new byte[16];
            uint got = 0, wrote = 0;
            var app = RunApp(machine, args =>
            {
                var h = CreateFile(@"\\.\Echo", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
                Assert.NotEqual(INVALID_HANDLE_VALUE, h);
                Assert.True(ReadFile(h, read, 16, out got, null));
                Assert.True(WriteFile(h, new byte[100], 100, out wrote, null));
                Assert.True(CloseHandle(h));
                return 3;
            });

            Assert.Equal(3, app.ExitCode);
            Assert.Equal(16u, got);
            Assert.Equal(100u, wrote);
            Assert.All(read, b => Assert.Equal(0xAB, b));
            Assert.Equal(["create 1 1", "read 16", "write 100", "cleanup 1", "close 1"], echo.Seen);
            Assert.Equal(0, echo.Device!.ReferenceCount);
            Assert.Null(machine.BugCheck);
        }, 20).ThrowIfFailed();

    [Fact]
    public void CreateFile_UnknownName_FailsWithFileNotFound()
    {
        var (machine, _) = Start();
        using var owned = machine;
        uint error = 0;
        HANDLE h = default;
        RunApp(machine, args =>
        {
            h = CreateFile(@"\\.\NoSuchDevice", GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
            error = GetLastError();
            return 0;
        });

        Assert.Equal(INVALID_HANDLE_VALUE, h);
        Assert.Equal(ERROR_FILE_NOT_FOUND, error);
    }

    [Fact]
    public void CreateFile_ExclusiveDeviceOpenTwice_SecondIsAccessDenied()
    {
        var (machine, echo) = Start(exclusive: true);
        using var owned = machine;
        uint error = 0;
        RunApp(machine, args =>
        {
            var first = CreateFile(@"\\.\Echo", GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
            var second = CreateFile(@"\\.\Echo", GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
            error = GetLastError();
            Assert.Equal(INVALID_HANDLE_VALUE, second);
            Assert.True(CloseHandle(first));
            return 0;
        });

        Assert.Equal(ERROR_ACCESS_DENIED, error);
        Assert.Equal(["create 1 1", "cleanup 1", "close 1"], echo.Seen);
    }

    [Fact]
    public void DeviceIoControl_WriteAccessCodeOnReadOnlyHandle_DeniedBeforeTheDriver()
    {
        var (machine, echo) = Start();
        using var owned = machine;
        uint error = 0;
        bool ok = true, anyAccess = false;
        RunApp(machine, args =>
        {
            var h = CreateFile(@"\\.\Echo", GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
            ok = DeviceIoControl(h, EchoDevice.IOCTL_ECHO_WRITE, new byte[4], 4, new byte[4], 4, out _, null);
            error = GetLastError();
            anyAccess = DeviceIoControl(h, EchoDevice.IOCTL_ECHO, new byte[4], 4, new byte[4], 4, out _, null);
            CloseHandle(h);
            return 0;
        });

        Assert.False(ok);
        Assert.Equal(ERROR_ACCESS_DENIED, error);
        Assert.True(anyAccess);
        Assert.DoesNotContain($"ioctl {EchoDevice.IOCTL_ECHO_WRITE:X}", echo.Seen);
    }

    [Fact]
    public void ReadFile_WriteOnlyHandle_AccessDenied()
    {
        var (machine, _) = Start();
        using var owned = machine;
        uint error = 0;
        RunApp(machine, args =>
        {
            var h = CreateFile(@"\\.\Echo", GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            Assert.False(ReadFile(h, new byte[4], 4, out _, null));
            error = GetLastError();
            CloseHandle(h);
            return 0;
        });

        Assert.Equal(ERROR_ACCESS_DENIED, error);
    }

    [Fact]
    public void DeviceIoControl_Buffered_CopiesBackOnlyInformationBytes()
    {
        var (machine, _) = Start();
        using var owned = machine;
        var output = Enumerable.Repeat((byte)0xEE, 8).ToArray();
        uint returned = 0;
        RunApp(machine, args =>
        {
            var h = CreateFile(@"\\.\Echo", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            Assert.True(DeviceIoControl(h, EchoDevice.IOCTL_ECHO, [1, 2, 3], 3, output, 8, out returned, null));
            CloseHandle(h);
            return 0;
        });

        Assert.Equal(3u, returned);
        // The system buffer held the input; the echo driver reported 3 bytes, so only they came back.
        Assert.Equal(new byte[] { 1, 2, 3, 0xEE, 0xEE, 0xEE, 0xEE, 0xEE }, output);
    }

    [Fact]
    public void ReadFile_DirectIo_DriverWritesThroughTheMdl()
    {
        var (machine, _) = Start(flags: DO_DIRECT_IO);
        using var owned = machine;
        var read = new byte[5000];
        RunApp(machine, args =>
        {
            var h = CreateFile(@"\\.\Echo", GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
            Assert.True(ReadFile(h, read, 5000, out var got, null));
            Assert.Equal(5000u, got);
            CloseHandle(h);
            return 0;
        });

        Assert.All(read, b => Assert.Equal(0xAB, b));
    }

    [Fact]
    public void DeviceIoControl_OutDirect_OutputThroughMdl()
    {
        var (machine, _) = Start();
        using var owned = machine;
        var output = new byte[32];
        RunApp(machine, args =>
        {
            var h = CreateFile(@"\\.\Echo", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            Assert.True(DeviceIoControl(h, EchoDevice.IOCTL_OUT_DIRECT, null, 0, output, 32, out var returned, null));
            Assert.Equal(32u, returned);
            CloseHandle(h);
            return 0;
        });

        Assert.All(output, b => Assert.Equal(0x22, b));
    }

    [Fact]
    public void DeviceIoControl_NeitherWithBadAddress_DriverProbeFailsAndAppSeesNoAccess()
    {
        var (machine, _) = Start();
        using var owned = machine;
        uint error = 0;
        var good = new byte[8];
        RunApp(machine, args =>
        {
            var h = CreateFile(@"\\.\Echo", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            Assert.False(DeviceIoControl(h, EchoDevice.IOCTL_NEITHER, PVOID.NULL, 0, new PVOID(0x7000_0000), 8, out _, null));
            error = GetLastError();
            var memory = VirtualAlloc(PVOID.NULL, 0x1000, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
            Assert.True(DeviceIoControl(h, EchoDevice.IOCTL_NEITHER, PVOID.NULL, 0, memory, 8, out var returned, null));
            Assert.Equal(8u, returned);
            memory.AsReadOnlySpan(8).CopyTo(good);
            CloseHandle(h);
            return 0;
        });

        Assert.Equal(ERROR_NOACCESS, error);
        Assert.All(good, b => Assert.Equal(0x11, b));
        Assert.Null(machine.BugCheck);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(9)]
    public void Overlapped_PendingIoctl_CompletesLaterAndSignalsTheEvent(int seed)
    {
        var (machine, _) = Start(seed);
        using var owned = machine;
        var output = new byte[4];
        uint pendingError = 0, transferred = 0;
        RunApp(machine, args =>
        {
            var h = CreateFile(@"\\.\Echo", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, default);
            var ov = new OVERLAPPED { hEvent = CreateEvent(null, true, false, null) };
            Assert.False(DeviceIoControl(h, EchoDevice.IOCTL_PEND, null, 0, output, 4, out _, ov));
            pendingError = GetLastError();
            Assert.Equal(WAIT_TIMEOUT, WaitForSingleObject(ov.hEvent, 10));
            Assert.False(GetOverlappedResult(h, ov, out _, false));
            Assert.Equal(ERROR_IO_INCOMPLETE, GetLastError());

            var release = new OVERLAPPED { hEvent = CreateEvent(null, true, false, null) };
            Assert.True(DeviceIoControl(h, EchoDevice.IOCTL_RELEASE, null, 0, null, 0, out _, release));
            Assert.Equal(WAIT_OBJECT_0, WaitForSingleObject(ov.hEvent, INFINITE));
            Assert.True(GetOverlappedResult(h, ov, out transferred, true));
            CloseHandle(ov.hEvent);
            CloseHandle(release.hEvent);
            CloseHandle(h);
            return 0;
        });

        Assert.Equal(ERROR_IO_PENDING, pendingError);
        Assert.Equal(4u, transferred);
        Assert.All(output, b => Assert.Equal(0x5A, b));
    }

    [Fact]
    public void CancelIoEx_PendingRequest_CompletesWithOperationAborted()
    {
        var (machine, echo) = Start();
        using var owned = machine;
        uint error = 0;
        bool notFound = true;
        RunApp(machine, args =>
        {
            var h = CreateFile(@"\\.\Echo", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, default);
            var ov = new OVERLAPPED();
            Assert.False(DeviceIoControl(h, EchoDevice.IOCTL_PEND, null, 0, new byte[4], 4, out _, ov));
            Assert.True(CancelIoEx(h, ov));
            Assert.False(GetOverlappedResult(h, ov, out _, true));
            error = GetLastError();
            notFound = CancelIoEx(h, null) || GetLastError() != ERROR_NOT_FOUND;
            CloseHandle(h);
            return 0;
        });

        Assert.Equal(ERROR_OPERATION_ABORTED, error);
        Assert.False(notFound);
        Assert.Contains("cancelled", echo.Seen);
    }

    [Fact]
    public void ProcessExit_WithRequestPending_CancelsItThenCleanupAndClose()
    {
        var (machine, echo) = Start();
        using var owned = machine;
        var app = RunApp(machine, args =>
        {
            var h = CreateFile(@"\\.\Echo", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, default);
            Assert.False(DeviceIoControl(h, EchoDevice.IOCTL_PEND, null, 0, new byte[4], 4, out _, new OVERLAPPED()));
            return 0;
        });

        Assert.True(app.HasExited);
        Assert.Equal(["create 1 1", $"ioctl {EchoDevice.IOCTL_PEND:X}", "cancelled", "cleanup 1", "close 1"], echo.Seen);
        Assert.Equal(0, echo.Device!.ReferenceCount);
    }

    [Fact]
    public void CloseHandle_WithRequestPending_CleanupNowCloseWhenTheRequestEnds()
    {
        var (machine, echo) = Start();
        using var owned = machine;
        RunApp(machine, args =>
        {
            var h = CreateFile(@"\\.\Echo", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_FLAG_OVERLAPPED, default);
            var ov = new OVERLAPPED();
            Assert.False(DeviceIoControl(h, EchoDevice.IOCTL_PEND, null, 0, new byte[4], 4, out _, ov));
            var other = CreateFile(@"\\.\Echo", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            Assert.True(CloseHandle(h));
            Assert.True(DeviceIoControl(other, EchoDevice.IOCTL_RELEASE, null, 0, null, 0, out _, null));
            CloseHandle(other);
            return 0;
        });

        // The pended IRP holds the first file object: its close comes after the release completed it.
        Assert.Equal(["create 1 1", $"ioctl {EchoDevice.IOCTL_PEND:X}", "create 2 1", "cleanup 1",
            $"ioctl {EchoDevice.IOCTL_RELEASE:X}", "close 1", "cleanup 2", "close 2"], echo.Seen);
    }

    [Fact]
    public void AppException_EndsTheProcessNotTheMachine()
    {
        var (machine, _) = Start();
        using var owned = machine;
        var app = machine.StartProcess("crash", _ => throw new InvalidOperationException("app bug"));
        Completed(machine, app.WaitForExit());
        Assert.Equal(unchecked((int)0xE0434352), app.ExitCode);
        Assert.Contains("app bug", app.Output);
        Assert.Null(machine.BugCheck);
    }

    [Fact]
    public void Printf_WritesToTheProcessOutput()
    {
        var (machine, _) = Start();
        using var owned = machine;
        var app = RunApp(machine, args =>
        {
            printf("Total Read: %d, Total Write: %d\n", 64, 1024);
            return 0;
        });

        Assert.Equal("Total Read: 64, Total Write: 1024\n", app.Output);
    }

    [Fact]
    public void DriverException_DuringASystemCall_IsSystemServiceException()
    {
        using var machine = Boot();
        Completed(machine, machine.Run(() =>
        {
            Io.IoTestDriver.LoadWithDevice("Faulty", driver =>
            {
                driver.MajorFunction[IRP_MJ_CREATE] = (device, irp) =>
                {
                    irp.IoStatus.Status = STATUS_SUCCESS;
                    IoCompleteRequest(irp, IO_NO_INCREMENT);
                    return STATUS_SUCCESS;
                };
                driver.MajorFunction[IRP_MJ_READ] = (device, irp) => throw new NullReferenceException();
            });
            IoCreateSymbolicLink(new UNICODE_STRING(@"\??\Faulty"), new UNICODE_STRING(@"\Device\Faulty"));
        }));

        var app = machine.StartProcess("victim", args =>
        {
            var h = CreateFile(@"\\.\Faulty", GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
            ReadFile(h, new byte[4], 4, out _, null);
            return 0;
        });

        // SYSTEM_SERVICE_EXCEPTION: P1 the exception code (an access violation for a null reference).
        BugCheck(machine, app.WaitForExit(), SYSTEM_SERVICE_EXCEPTION, 0xC0000005, 0, 0, 0);
    }

    [Fact]
    public void DeviceIoControl_NullArrayWithALength_FailsWithNoAccess()
    {
        var (machine, echo) = Start();
        using var owned = machine;
        uint controlError = 0, readError = 0;
        bool control = true, read = true;
        RunApp(machine, args =>
        {
            var h = CreateFile(@"\\.\Echo", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            // The I/O manager's probe of the NULL buffer fails before the driver sees an IRP (Windows: ERROR_NOACCESS).
            control = DeviceIoControl(h, EchoDevice.IOCTL_ECHO, null, 16, new byte[16], 16, out _, null);
            controlError = GetLastError();
            read = ReadFile(h, null, 8, out _, null);
            readError = GetLastError();
            CloseHandle(h);
            return 0;
        });

        Assert.False(control);
        Assert.Equal(ERROR_NOACCESS, controlError);
        Assert.False(read);
        Assert.Equal(ERROR_NOACCESS, readError);
        Assert.Equal(["create 1 1", "cleanup 1", "close 1"], echo.Seen);
        Assert.Null(machine.BugCheck);
    }
}
