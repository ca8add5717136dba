using NtSim.Samples.Zero;
using NtSim.Tests;
using static NtSim.Samples.Zero.ZeroPublic;
using static NtSim.Wdm;
using static NtSim.Win32;
using static NtSim.Win32Error;

namespace NtSim.Samples.Tests.Zero;

/// <summary>zerotest and other user-mode processes against \\.\Zero, through the Win32 facade.</summary>
public sealed class ZeroTestAppTests
{
    private static UserProcess RunApp(Machine machine, string name, Func<string[], int> main)
    {
        var app = machine.StartProcess(name, main);
        Assert.Equal(RunStatus.Completed, app.WaitForExit());
        Assert.True(app.HasExited);
        return app;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void ZeroTest_DriverLoaded_PassesAndPrintsStatistics(int seed)
    {
        using var machine = ZeroHost.Boot(seed);
        var device = ZeroHost.Load(machine);

        var app = RunApp(machine, "zerotest", ZeroTest.Main);

        Assert.Equal(0, app.ExitCode);
        Assert.Equal(
            "zerotest: read 64 bytes, all zero\n" +
            "zerotest: wrote 100 bytes\n" +
            "zerotest: statistics (24 bytes): 1 reads, 64 bytes read; 1 writes, 100 bytes written\n" +
            "zerotest: passed\n",
            app.Output);
        Assert.Equal(0, device.ReferenceCount);
        ZeroHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void ZeroTest_DriverNotLoaded_FailsWithFileNotFound(int seed)
    {
        using var machine = ZeroHost.Boot(seed);

        var app = RunApp(machine, "zerotest", ZeroTest.Main);

        Assert.Equal(1, app.ExitCode);
        Assert.Equal("zerotest: CreateFile(\\\\.\\Zero) failed, error 2\n", app.Output);
        Assert.Null(machine.BugCheck);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void GetStatistics_HandleOpenedForWritingOnly_IsDeniedBeforeTheDriverSeesIt(int seed)
    {
        // IOCTL_ZERO_GET_STATISTICS names FILE_READ_ACCESS: the I/O manager checks it against the
        // handle's granted access and fails the call without sending an IRP.
        using var machine = ZeroHost.Boot(seed);
        var device = ZeroHost.Load(machine);
        uint error = 0;
        var wrote = false;
        var app = RunApp(machine, "writeonly", args =>
        {
            var h = CreateFile(ZERO_WIN32_NAME, GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
            Assert.NotEqual(INVALID_HANDLE_VALUE, h);
            wrote = WriteFile(h, new byte[3], 3, out _, null);
            var output = new byte[24];
            var ok = DeviceIoControl(h, IOCTL_ZERO_GET_STATISTICS, null, 0, output, 24, out _, null);
            error = GetLastError();
            CloseHandle(h);
            return ok ? 1 : 0;
        });

        Assert.Equal(0, app.ExitCode);
        Assert.True(wrote);
        Assert.Equal(ERROR_ACCESS_DENIED, error);
        Assert.Equal(0, machine.IoManager.Served(IRP_MJ_DEVICE_CONTROL));
        Assert.Equal(1u, device.Extension<ZERO_DEVICE_EXTENSION>().Statistics.Writes);
        ZeroHost.UnloadAndAssertClean(machine, device);
    }

    /// <summary>Where in four VirtualAlloc pages a read starts and how long it is: within one page,
    /// a whole aligned page, across one boundary (two bytes, and more), and across three.</summary>
    public static TheoryData<int, int, int> PageSpans()
    {
        var data = new TheoryData<int, int, int>();
        foreach (var seed in new[] { 1, 7, 42 })
        {
            foreach (var (offset, length) in new[] { (100, 64), (4096, 4096), (4095, 2), (4000, 200), (100, 3 * 4096) })
            {
                data.Add(seed, offset, length);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PageSpans))]
    public void ReadFile_IntoVirtualAllocPages_ZerosArriveInPlaceForExactlyTheRead(int seed, int offset, int length)
    {
        // Direct I/O: NtReadFile locks the process's pages under an MDL and the driver writes into
        // them through its system mapping; no system buffer is allocated, nothing is copied back.
        const int Size = 4 * 4096;
        using var machine = ZeroHost.Boot(seed);
        var device = ZeroHost.Load(machine);
        uint read = 0;
        byte[] after = [];
        var app = RunApp(machine, "pages", args =>
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
        Assert.Equal((ulong)length, device.Extension<ZERO_DEVICE_EXTENSION>().Statistics.BytesRead);
        ZeroHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void WriteFile_FromVirtualAllocPagesAcrossABoundary_TakesEveryByteAndLeavesThemAlone(int seed)
    {
        using var machine = ZeroHost.Boot(seed);
        var device = ZeroHost.Load(machine);
        uint written = 0;
        byte[] after = [];
        var app = RunApp(machine, "writer", args =>
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
        Assert.Equal(3000UL, device.Extension<ZERO_DEVICE_EXTENSION>().Statistics.BytesWritten);
        ZeroHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void ReadFile_ZeroLength_FailsWithInvalidUserBuffer(int seed)
    {
        // Zero fails an empty read with STATUS_INVALID_BUFFER_SIZE, which Win32 reports as ERROR_INVALID_USER_BUFFER.
        using var machine = ZeroHost.Boot(seed);
        var device = ZeroHost.Load(machine);
        uint error = 0;
        uint read = 99;
        var app = RunApp(machine, "empty", args =>
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
        Assert.Equal(0u, device.Extension<ZERO_DEVICE_EXTENSION>().Statistics.Reads);
        ZeroHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void ProcessExit_HandleLeftOpen_ClosedForTheAppAndDriverUnloadsClean(int seed)
    {
        using var machine = ZeroHost.Boot(seed);
        var device = ZeroHost.Load(machine);
        var openCount = -1;
        var app = RunApp(machine, "leaky", args =>
        {
            var h = CreateFile(ZERO_WIN32_NAME, GENERIC_READ, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
            openCount = device.ReferenceCount;
            return h == INVALID_HANDLE_VALUE ? 1 : 0;
        });

        // ExitProcess closes the handle: IRP_MJ_CLEANUP and IRP_MJ_CLOSE reach ZeroCreateClose.
        Assert.Equal(0, app.ExitCode);
        Assert.Equal(1, openCount);
        Assert.Equal(0, device.ReferenceCount);
        ZeroHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void ReadFile_TwoProcessesAtOnce_EveryReadCounted(int seed)
    {
        const int Reads = 20;
        using var machine = ZeroHost.Boot(seed);
        var device = ZeroHost.Load(machine);

        int Reader(string[] args)
        {
            var h = CreateFile(ZERO_WIN32_NAME, GENERIC_READ, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
            var buffer = new byte[10];
            for (var i = 0; i < Reads; i++)
            {
                if (!ReadFile(h, buffer, 10, out var read, null) || read != 10)
                {
                    return 1;
                }
            }

            CloseHandle(h);
            return 0;
        }

        var first = machine.StartProcess("reader1", Reader);
        var second = machine.StartProcess("reader2", Reader);
        Assert.Equal(RunStatus.Completed, first.WaitForExit());
        Assert.Equal(RunStatus.Completed, second.WaitForExit());

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var statistics = device.Extension<ZERO_DEVICE_EXTENSION>().Statistics;
        Assert.Equal(2u * Reads, statistics.Reads);
        Assert.Equal(2UL * Reads * 10, statistics.BytesRead);
        ZeroHost.UnloadAndAssertClean(machine, device);
    }
}
