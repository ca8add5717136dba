using System.Runtime.InteropServices;
using NtSim.Samples.Zero;
using static NtSim.Samples.Zero.ZeroPublic;
using static NtSim.Wdm;
using static NtSim.Win32;
using static NtSim.Win32Error;

namespace NtSim.Samples.Tests.Zero;

/// <summary>zerotest and other user-mode processes against \\.\Zero, through the Win32 facade.</summary>
public sealed class ZeroTestAppTests
{
    [Fact]
    public void ZeroTest_DriverLoaded_PrintsTheTotalsAndExitsZero() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;

            var app = machine.RunClient("zerotest", ZeroTest.Main);

            Assert.Equal(0, app.ExitCode);
            Assert.Equal(
                "zerotest: read 64 bytes, all zero\n" +
                "zerotest: wrote 1024 bytes\n" +
                "Total Read: 64, Total Write: 1024\n",
                app.Output);
            Assert.Equal(0, device.ReferenceCount);
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
        }, SampleHost.Iterations);

    [Fact]
    public void ZeroTest_RunTwice_CountersAreSinceTheDriverLoaded() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;

            var first = machine.RunClient("zerotest", ZeroTest.Main);
            var second = machine.RunClient("zerotest", ZeroTest.Main);

            Assert.Equal(0, first.ExitCode);
            Assert.Equal(0, second.ExitCode);
            Assert.EndsWith("\nTotal Read: 64, Total Write: 1024\n", first.Output, StringComparison.Ordinal);
            Assert.EndsWith("\nTotal Read: 128, Total Write: 2048\n", second.Output, StringComparison.Ordinal);
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
        }, SampleHost.Iterations);

    [Fact]
    public void ZeroTest_AfterClearStats_CountsFromZeroAgain() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            uint returned = 99;
            var cleaner = machine.RunClient("cleaner", args =>
            {
                var h = CreateFile(ZERO_WIN32_NAME, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
                var ok = ReadFile(h, new byte[500], 500, out _, null) && WriteFile(h, new byte[300], 300, out _, null);

                // METHOD_NEITHER, no data either way: no buffers at all.
                ok = ok && DeviceIoControl(h, IOCTL_ZERO_CLEAR_STATS, null, 0, null, 0, out returned, null);
                CloseHandle(h);
                return ok ? 0 : 1;
            });
            Assert.Equal(0, cleaner.ExitCode);
            Assert.Equal(0u, returned);
            Assert.Equal(default, ZeroStats.Counters(device));

            var app = machine.RunClient("zerotest", ZeroTest.Main);

            Assert.Equal(0, app.ExitCode);
            Assert.EndsWith("\nTotal Read: 64, Total Write: 1024\n", app.Output, StringComparison.Ordinal);
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
        }, SampleHost.Iterations);

    [Fact]
    public void DeviceIoControl_BuffersOverTwoAdjacentVirtualAllocs_ReturnsTheStats() =>
        ScheduleAssert.Explore(machine =>
        {
            // The input runs from the end of one 64 KiB allocation into the next; the output starts the second.
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            uint returned = 0;
            ZERO_STATS stats = default;
            var app = machine.RunClient("seams", args =>
            {
                var a = VirtualAlloc(PVOID.NULL, 0x10000, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                var b = VirtualAlloc(PVOID.NULL, 0x10000, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                if (b != a + 0x10000)
                {
                    return 2;
                }

                var h = CreateFile(ZERO_WIN32_NAME, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
                var ok = ReadFile(h, new byte[40], 40, out _, null)
                    && DeviceIoControl(h, IOCTL_ZERO_GET_STATS, a + 0xFFF0, 32, a + 0x10000, 16, out returned, null);
                stats = (a + 0x10000).Read<ZERO_STATS>();
                CloseHandle(h);
                return ok ? 0 : 1;
            });

            Assert.Equal(0, app.ExitCode);
            Assert.Null(machine.BugCheck);
            Assert.Equal(16u, returned);
            Assert.Equal(40L, stats.TotalRead);
            Assert.Equal(0L, stats.TotalWritten);
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
        }, SampleHost.Iterations);

    [Fact]
    public void DeviceIoControl_BufferedInputOverTwoAllocations_AViewTakenBeforeTheCallSeesTheOutput() =>
        ScheduleAssert.Explore(machine =>
        {
            // The I/O manager copies a buffered input page by page: the application's memory stays where
            // it is, so a span it took before the call shows what the call wrote.
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            long totalRead = -1;
            var app = machine.RunClient("held", args =>
            {
                var a = VirtualAlloc(PVOID.NULL, 0x10000, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                var b = VirtualAlloc(PVOID.NULL, 0x10000, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                var held = b.AsSpan(16);
                held.Fill(0xCC);
                var h = CreateFile(ZERO_WIN32_NAME, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
                var ok = ReadFile(h, new byte[24], 24, out _, null)
                    && DeviceIoControl(h, IOCTL_ZERO_GET_STATS, b - 0x10, 32, b, 16, out _, null);
                totalRead = MemoryMarshal.Read<ZERO_STATS>(held).TotalRead;
                CloseHandle(h);
                return ok && b == a + 0x10000 ? 0 : 1;
            });

            Assert.Equal(0, app.ExitCode);
            Assert.Equal(24L, totalRead);
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
        }, SampleHost.Iterations);

    [Fact]
    public void ZeroTest_DriverNotLoaded_FailsWithFileNotFound() =>
        ScheduleAssert.Explore(machine =>
        {

            var app = machine.RunClient("zerotest", ZeroTest.Main);

            Assert.Equal(1, app.ExitCode);
            Assert.Equal("zerotest: CreateFile(\\\\.\\Zero) failed, error 2\n", app.Output);
            Assert.Null(machine.BugCheck);
        }, SampleHost.Iterations);

    [Theory]
    [InlineData(15, false, ERROR_INSUFFICIENT_BUFFER, 0u)]
    [InlineData(0, false, ERROR_INSUFFICIENT_BUFFER, 0u)]
    [InlineData(16, true, 0u, 16u)]
    [InlineData(32, true, 0u, 16u)]
    public void DeviceIoControl_GetStatsWithOutputLength_FailsBelow16Bytes(int length, bool succeeds, uint error, uint expectedReturned) =>
        ScheduleAssert.Explore(machine =>
        {
            // STATUS_BUFFER_TOO_SMALL reaches the application as ERROR_INSUFFICIENT_BUFFER (122), and
            // the buffer keeps its bytes.
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var ok = !succeeds;
            uint lastError = 99;
            uint returned = 99;
            var output = new byte[length];
            var app = machine.RunClient("stats", args =>
            {
                var h = CreateFile(ZERO_WIN32_NAME, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
                WriteFile(h, new byte[7], 7, out _, null);
                Array.Fill(output, (byte)0xCC);
                SetLastError(0);
                ok = DeviceIoControl(h, IOCTL_ZERO_GET_STATS, null, 0, output, (uint)length, out returned, null);
                lastError = GetLastError();
                CloseHandle(h);
                return 0;
            });

            Assert.Equal(0, app.ExitCode);
            Assert.Equal(succeeds, ok);
            Assert.Equal(error, lastError);
            Assert.Equal(expectedReturned, returned);
            if (succeeds)
            {
                Assert.Equal(new ZERO_STATS { TotalRead = 0, TotalWritten = 7 }, MemoryMarshal.Read<ZERO_STATS>(output));
                Assert.All(output[16..], b => Assert.Equal(0xCC, b));
            }
            else
            {
                Assert.All(output, b => Assert.Equal(0xCC, b));
            }

            machine.StopDriverAndCheckMachine(ZeroStats.Service);
        }, SampleHost.Iterations);

    [Fact]
    public void DeviceIoControl_UnknownCode_FailsWithInvalidFunction() =>
        ScheduleAssert.Explore(machine =>
        {
            // STATUS_INVALID_DEVICE_REQUEST reaches the application as ERROR_INVALID_FUNCTION (1).
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var ok = true;
            uint lastError = 0;
            var app = machine.RunClient("unknown", args =>
            {
                var h = CreateFile(ZERO_WIN32_NAME, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
                var output = new byte[16];
                ok = DeviceIoControl(h, CTL_CODE(DEVICE_ZERO, 0x802, METHOD_BUFFERED, FILE_ANY_ACCESS), null, 0, output, 16, out _, null);
                lastError = GetLastError();
                CloseHandle(h);
                return 0;
            });

            Assert.Equal(0, app.ExitCode);
            Assert.False(ok);
            Assert.Equal(ERROR_INVALID_FUNCTION, lastError);
            Assert.Equal(1, machine.IoManager.Served(IRP_MJ_DEVICE_CONTROL));
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
        }, SampleHost.Iterations);

    [Fact]
    public void GetAndClearStats_HandleOpenedForWritingOnly_AllowedByFileAnyAccess() =>
        ScheduleAssert.Explore(machine =>
        {
            // Both codes name FILE_ANY_ACCESS: the I/O manager lets any handle send them, so a handle
            // opened for writing only reaches the driver (a FILE_READ_ACCESS code would be denied).
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var stats = default(ZERO_STATS);
            var app = machine.RunClient("writeonly", args =>
            {
                var h = CreateFile(ZERO_WIN32_NAME, GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
                Assert.NotEqual(INVALID_HANDLE_VALUE, h);
                var output = new byte[16];
                var ok = WriteFile(h, new byte[3], 3, out _, null)
                    && DeviceIoControl(h, IOCTL_ZERO_GET_STATS, null, 0, output, 16, out _, null)
                    && DeviceIoControl(h, IOCTL_ZERO_CLEAR_STATS, null, 0, null, 0, out _, null);
                stats = MemoryMarshal.Read<ZERO_STATS>(output);
                CloseHandle(h);
                return ok ? 0 : 1;
            });

            Assert.Equal(0, app.ExitCode);
            Assert.Equal(new ZERO_STATS { TotalRead = 0, TotalWritten = 3 }, stats);
            Assert.Equal(2, machine.IoManager.Served(IRP_MJ_DEVICE_CONTROL));
            Assert.Equal(default, ZeroStats.Counters(device));
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
        }, SampleHost.Iterations);

    /// <summary>Where in four VirtualAlloc pages a read starts and how long it is: within one page,
    /// a whole aligned page, across one boundary (two bytes, and more), and across three.</summary>
    public static TheoryData<int, int> PageSpans() => new()
    {
        { 100, 64 }, { 4096, 4096 }, { 4095, 2 }, { 4000, 200 }, { 100, 3 * 4096 },
    };

    [Theory]
    [MemberData(nameof(PageSpans))]
    public void ReadFile_IntoVirtualAllocPages_ZerosArriveInPlaceForExactlyTheRead(int offset, int length) =>
        ScheduleAssert.Explore(machine =>
        {
            // Direct I/O: NtReadFile locks the process's pages under an MDL and the driver writes into
            // them through its system mapping; no system buffer is allocated, nothing is copied back.
            const int Size = 4 * 4096;
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            uint read = 0;
            byte[] after = [];
            var app = machine.RunClient("pages", args =>
            {
                var memory = VirtualAlloc(default, Size, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                memory.AsSpan(Size).Fill(0xEE);
                var h = CreateFile(ZERO_WIN32_NAME, GENERIC_READ, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
                var ok = ReadFile(h, memory + (ulong)offset, (uint)length, out read, null);
                after = memory.AsReadOnlySpan(Size).ToArray();
                CloseHandle(h);
                VirtualFree(memory, 0, MEM_RELEASE);
                return ok ? 0 : 1;
            });

            Assert.Equal(0, app.ExitCode);
            Assert.Equal((uint)length, read);
            Assert.All(after[..offset], b => Assert.Equal(0xEE, b));
            Assert.All(after[offset..(offset + length)], b => Assert.Equal(0, b));
            Assert.All(after[(offset + length)..], b => Assert.Equal(0xEE, b));
            Assert.Equal(0, machine.Pool.QueryTag("IoBf").NonPagedAllocs);
            Assert.Equal(new ZERO_STATS { TotalRead = length, TotalWritten = 0 }, ZeroStats.Counters(device));
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
        }, SampleHost.Iterations);

    [Fact]
    public void WriteFile_FromVirtualAllocPagesAcrossABoundary_TakesEveryByteAndLeavesThemAlone() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            uint written = 0;
            byte[] after = [];
            var app = machine.RunClient("writer", args =>
            {
                var memory = VirtualAlloc(default, 8192, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                memory.AsSpan(8192).Fill((byte)'z');
                var h = CreateFile(ZERO_WIN32_NAME, GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
                var ok = WriteFile(h, memory + 3000, 3000, out written, null);
                after = memory.AsReadOnlySpan(8192).ToArray();
                CloseHandle(h);
                VirtualFree(memory, 0, MEM_RELEASE);
                return ok ? 0 : 1;
            });

            Assert.Equal(0, app.ExitCode);
            Assert.Equal(3000u, written);
            Assert.All(after, b => Assert.Equal((byte)'z', b));
            Assert.Equal(new ZERO_STATS { TotalRead = 0, TotalWritten = 3000 }, ZeroStats.Counters(device));
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
        }, SampleHost.Iterations);

    [Fact]
    public void ReadFile_ZeroLength_FailsWithInvalidUserBuffer() =>
        ScheduleAssert.Explore(machine =>
        {
            // Zero fails an empty read with STATUS_INVALID_BUFFER_SIZE, which Win32 reports as ERROR_INVALID_USER_BUFFER.
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            uint error = 0;
            uint read = 99;
            var app = machine.RunClient("empty", args =>
            {
                var h = CreateFile(ZERO_WIN32_NAME, GENERIC_READ, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
                var ok = ReadFile(h, new byte[1], 0, out read, null);
                error = GetLastError();
                CloseHandle(h);
                return ok ? 1 : 0;
            });

            Assert.Equal(0, app.ExitCode);
            Assert.Equal(ERROR_INVALID_USER_BUFFER, error);
            Assert.Equal(0u, read);
            Assert.Equal(1, machine.IoManager.Served(IRP_MJ_READ));
            Assert.Equal(0L, ZeroStats.Counters(device).TotalRead);
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
        }, SampleHost.Iterations);

    [Fact]
    public void ProcessExit_HandleLeftOpen_ClosedForTheAppAndDriverUnloadsClean() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var openCount = -1;
            var app = machine.RunClient("leaky", args =>
            {
                var h = CreateFile(ZERO_WIN32_NAME, GENERIC_READ, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
                openCount = device.ReferenceCount;
                return h == INVALID_HANDLE_VALUE ? 1 : 0;
            });

            // ExitProcess closes the handle: IRP_MJ_CLEANUP and IRP_MJ_CLOSE reach ZeroCreateClose.
            Assert.Equal(0, app.ExitCode);
            Assert.Equal(1, openCount);
            Assert.Equal(0, device.ReferenceCount);
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
        }, SampleHost.Iterations);

    [Fact]
    public void ReadFile_TwoProcessesAtOnce_TotalsAreTheSumOfTheirReads() =>
        ScheduleAssert.Explore(ReadAndWriteFromTwoProcesses, SampleHost.Iterations);

    [Fact]
    public void ReadFile_TwoProcessesAtOnceConcurrently_TotalsAreTheSumOfTheirReads()
    {
        using var machine = Machine.Boot(new MachineOptions { Mode = ExecutionMode.Concurrent });
        ReadAndWriteFromTwoProcesses(machine);
    }

    private static void ReadAndWriteFromTwoProcesses(Machine machine)
    {
        // Two processes read and write on two processors at once; their bytes are added with
        // interlocked operations, so a third process finds the exact sums.
        const int Requests = 50;
        var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;

        Func<string[], int> Client(uint length) => args =>
        {
            var h = CreateFile(ZERO_WIN32_NAME, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
            var buffer = new byte[length];
            for (var i = 0; i < Requests; i++)
            {
                if (!ReadFile(h, buffer, length, out var read, null) || read != length || !WriteFile(h, buffer, length, out var written, null) || written != length)
                {
                    return 1;
                }
            }

            CloseHandle(h);
            return 0;
        };

        var first = machine.StartProcess("client10", Client(10));
        var second = machine.StartProcess("client7", Client(7));
        Assert.Equal(RunStatus.Completed, first.WaitForExit());
        Assert.Equal(RunStatus.Completed, second.WaitForExit());
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);

        var stats = default(ZERO_STATS);
        var reader = machine.RunClient("stats", args =>
        {
            var h = CreateFile(ZERO_WIN32_NAME, GENERIC_READ, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
            var output = new byte[16];
            var ok = DeviceIoControl(h, IOCTL_ZERO_GET_STATS, null, 0, output, 16, out _, null);
            stats = MemoryMarshal.Read<ZERO_STATS>(output);
            CloseHandle(h);
            return ok ? 0 : 1;
        });

        Assert.Equal(0, reader.ExitCode);
        Assert.Equal(Requests * (10L + 7L), stats.TotalRead);
        Assert.Equal(Requests * (10L + 7L), stats.TotalWritten);
        machine.StopDriverAndCheckMachine(ZeroStats.Service);
    }
}
