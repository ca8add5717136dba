using System.Runtime.InteropServices;
using NtSim.Samples.Zero;
using static NtSim.Samples.Zero.ZeroPublic;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Zero;

/// <summary>IOCTL_ZERO_GET_STATS and IOCTL_ZERO_CLEAR_STATS from kernel mode (another driver's requests).</summary>
public sealed class ZeroDeviceControlTests
{
    private static readonly uint StatsSize = ZeroStats.Size;

    [Fact]
    public void ControlCodes_AreDeviceZeroFunctions800And801_AnyAccess()
    {
        // CTL_CODE(0x8022, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS) and CTL_CODE(0x8022, 0x801, METHOD_NEITHER, FILE_ANY_ACCESS).
        Assert.Equal(0x80222000u, IOCTL_ZERO_GET_STATS);
        Assert.Equal(0x80222007u, IOCTL_ZERO_CLEAR_STATS);
        Assert.Equal(0x8022u, DEVICE_TYPE_FROM_CTL_CODE(IOCTL_ZERO_GET_STATS));
        Assert.Equal(METHOD_BUFFERED, METHOD_FROM_CTL_CODE(IOCTL_ZERO_GET_STATS));
        Assert.Equal(METHOD_NEITHER, METHOD_FROM_CTL_CODE(IOCTL_ZERO_CLEAR_STATS));
    }

    [Fact]
    public void ZeroStats_IsTwo64BitCounters_16Bytes()
    {
        Assert.Equal(16u, StatsSize);
        Assert.Equal(0, (int)Marshal.OffsetOf<ZERO_STATS>(nameof(ZERO_STATS.TotalRead)));
        Assert.Equal(8, (int)Marshal.OffsetOf<ZERO_STATS>(nameof(ZERO_STATS.TotalWritten)));
    }

    [Fact]
    public void GetStats_AfterReadsAndWrites_ReturnsTheBytesOfEach() =>
        ScheduleAssert.Explore(machine =>
        {
            // A 24-byte output buffer: the driver returns 16 bytes, and the I/O manager copies back only those.
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK();
            byte[] data = [];
            machine.RunToCompletion(() =>
            {
                var buffer = KernelRequests.Allocate(20);
                Assert.Equal(STATUS_SUCCESS, KernelRequests.Read(device, buffer, 10).Status);
                Assert.Equal(STATUS_SUCCESS, KernelRequests.Read(device, buffer, 20).Status);
                Assert.Equal(STATUS_SUCCESS, KernelRequests.Write(device, buffer, 7).Status);
                Assert.Equal(STATUS_SUCCESS, KernelRequests.Write(device, buffer, 5).Status);
                var output = KernelRequests.Allocate(24, fill: 0xCC);
                iosb = KernelRequests.Control(device, IOCTL_ZERO_GET_STATS, PVOID.NULL, 0, output, 24);
                data = output.AsReadOnlySpan(24).ToArray();
                KernelRequests.Free(output);
                KernelRequests.Free(buffer);
            });

            Assert.Equal(STATUS_SUCCESS, iosb.Status);
            Assert.Equal(16UL, iosb.Information);
            var stats = MemoryMarshal.Read<ZERO_STATS>(data);
            Assert.Equal(30L, stats.TotalRead);
            Assert.Equal(12L, stats.TotalWritten);
            Assert.All(data[16..], b => Assert.Equal(0xCC, b));
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void GetStats_FreshDriver_ReturnsZeros() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var stats = new ZERO_STATS { TotalRead = -1, TotalWritten = -1 };
            machine.RunToCompletion(() => stats = ZeroStats.Get(device));

            Assert.Equal(default, stats);
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
        }, SampleHost.Iterations);

    [Theory]
    [InlineData(15)]
    [InlineData(8)]
    [InlineData(0)]
    public void GetStats_OutputSmallerThan16Bytes_FailsWithBufferTooSmallAndNoData(int length) =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK();
            byte[] data = [];
            machine.RunToCompletion(() =>
            {
                var output = KernelRequests.Allocate(StatsSize, fill: 0xCC);
                var buffer = KernelRequests.Allocate(8);
                Assert.Equal(STATUS_SUCCESS, KernelRequests.Read(device, buffer, 8).Status);
                KernelRequests.Free(buffer);
                iosb = KernelRequests.Control(device, IOCTL_ZERO_GET_STATS, PVOID.NULL, 0, length == 0 ? PVOID.NULL : output, (uint)length);
                data = output.AsReadOnlySpan((int)StatsSize).ToArray();
                KernelRequests.Free(output);
            });

            Assert.Equal(STATUS_BUFFER_TOO_SMALL, iosb.Status);
            Assert.Equal(0UL, iosb.Information);
            Assert.All(data, b => Assert.Equal(0xCC, b));
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void GetStats_IrpWithoutSystemBuffer_FailsWithInvalidParameter() =>
        ScheduleAssert.Explore(machine =>
        {
            // A kernel-mode caller that builds the METHOD_BUFFERED request itself and forgets the buffer.
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK();
            machine.RunToCompletion(() => iosb = KernelRequests.Send(device, (_, next) =>
            {
                next.MajorFunction = IRP_MJ_DEVICE_CONTROL;
                next.Parameters.DeviceIoControl.IoControlCode = IOCTL_ZERO_GET_STATS;
                next.Parameters.DeviceIoControl.OutputBufferLength = StatsSize;
            }));

            Assert.Equal(STATUS_INVALID_PARAMETER, iosb.Status);
            Assert.Equal(0UL, iosb.Information);
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void ClearStats_ThenGetStats_ReturnsZerosAndCountsAgainFromThere() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var before = default(ZERO_STATS);
            var cleared = new IO_STATUS_BLOCK();
            var afterClear = new ZERO_STATS { TotalRead = -1, TotalWritten = -1 };
            var afterMore = default(ZERO_STATS);
            machine.RunToCompletion(() =>
            {
                var buffer = KernelRequests.Allocate(100);
                KernelRequests.Read(device, buffer, 100);
                KernelRequests.Write(device, buffer, 50);
                before = ZeroStats.Get(device);
                cleared = ZeroStats.Clear(device);
                afterClear = ZeroStats.Get(device);
                KernelRequests.Read(device, buffer, 3);
                KernelRequests.Write(device, buffer, 4);
                afterMore = ZeroStats.Get(device);
                KernelRequests.Free(buffer);
            });

            Assert.Equal(new ZERO_STATS { TotalRead = 100, TotalWritten = 50 }, before);
            Assert.Equal(STATUS_SUCCESS, cleared.Status);
            Assert.Equal(0UL, cleared.Information);
            Assert.Equal(default, afterClear);
            Assert.Equal(new ZERO_STATS { TotalRead = 3, TotalWritten = 4 }, afterMore);
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void ClearStats_BuffersGiven_TouchesNeither() =>
        ScheduleAssert.Explore(machine =>
        {
            // METHOD_NEITHER hands the driver the caller's own addresses; CLEAR_STATS has no use for them.
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK();
            byte[] input = [];
            byte[] output = [];
            machine.RunToCompletion(() =>
            {
                var inputBuffer = KernelRequests.Allocate(16, fill: 0xAA);
                var outputBuffer = KernelRequests.Allocate(16, fill: 0xBB);
                iosb = KernelRequests.Control(device, IOCTL_ZERO_CLEAR_STATS, inputBuffer, 16, outputBuffer, 16);
                input = inputBuffer.AsReadOnlySpan(16).ToArray();
                output = outputBuffer.AsReadOnlySpan(16).ToArray();
                KernelRequests.Free(inputBuffer);
                KernelRequests.Free(outputBuffer);
            });

            Assert.Equal(STATUS_SUCCESS, iosb.Status);
            Assert.Equal(0UL, iosb.Information);
            Assert.All(input, b => Assert.Equal(0xAA, b));
            Assert.All(output, b => Assert.Equal(0xBB, b));
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    /// <summary>Codes Zero does not know: the next function, the statistics function with another method
    /// or access, and the code this sample used before (FILE_DEVICE_UNKNOWN, FILE_READ_ACCESS).</summary>
    public static TheoryData<uint> UnknownCodes() =>
    [
        CTL_CODE(DEVICE_ZERO, 0x802, METHOD_BUFFERED, FILE_ANY_ACCESS),
        CTL_CODE(DEVICE_ZERO, 0x800, METHOD_NEITHER, FILE_ANY_ACCESS),
        CTL_CODE(DEVICE_ZERO, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS),
        CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_READ_ACCESS),
    ];

    [Theory]
    [MemberData(nameof(UnknownCodes))]
    public void DeviceControl_UnknownCode_FailsWithInvalidDeviceRequestAndKeepsTheCounters(uint unknown) =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK();
            byte[] data = [];
            machine.RunToCompletion(() =>
            {
                var buffer = KernelRequests.Allocate(StatsSize, fill: 0xCC);
                KernelRequests.Write(device, buffer, 9);
                iosb = KernelRequests.Control(device, unknown, PVOID.NULL, 0, buffer, StatsSize);
                data = buffer.AsReadOnlySpan((int)StatsSize).ToArray();
                KernelRequests.Free(buffer);
            });

            Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, iosb.Status);
            Assert.Equal(0UL, iosb.Information);
            Assert.All(data, b => Assert.Equal(0xCC, b));
            Assert.Equal(new ZERO_STATS { TotalRead = 0, TotalWritten = 9 }, ZeroStats.Counters(device));
            Assert.Contains(machine.DebugOutput.Messages, m => m.Text == $"Zero: unknown control code 0x{unknown:X8}\n");
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void GetStats_ReadsAndWritesOnTwoThreads_CountsEveryByte() =>
        ScheduleAssert.Explore(ReadAndWriteOnTwoThreads, SampleHost.Iterations);

    [Fact]
    public void GetStats_ReadsAndWritesOnTwoThreadsConcurrently_CountsEveryByte()
    {
        using var machine = Machine.Boot(new MachineOptions { Mode = ExecutionMode.Concurrent });
        ReadAndWriteOnTwoThreads(machine);
    }

    private static void ReadAndWriteOnTwoThreads(Machine machine)
    {
        // Two threads on two processors read and write at once; the interlocked additions keep the
        // counters exact whatever the interleaving.
        const int RequestsPerThread = 40;
        var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
        var stats = default(ZERO_STATS);
        machine.RunToCompletion(() =>
        {
            void Worker(uint length)
            {
                var buffer = KernelRequests.Allocate(length);
                for (var i = 0; i < RequestsPerThread; i++)
                {
                    Assert.Equal(STATUS_SUCCESS, KernelRequests.Read(device, buffer, length).Status);
                    Assert.Equal(STATUS_SUCCESS, KernelRequests.Write(device, buffer, length).Status);
                }

                KernelRequests.Free(buffer);
            }

            Assert.Equal(STATUS_SUCCESS, PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, _ => Worker(8), null));
            Assert.Equal(STATUS_SUCCESS, ObReferenceObjectByHandle(handle, SYNCHRONIZE, PsThreadType, KernelMode, out var thread));
            Worker(3);
            KeWaitForSingleObject((KTHREAD)thread!, Executive, KernelMode, false, null);
            ObDereferenceObject(thread!);
            ZwClose(handle);
            stats = ZeroStats.Get(device);
        });

        Assert.Equal(RequestsPerThread * (8L + 3L), stats.TotalRead);
        Assert.Equal(RequestsPerThread * (8L + 3L), stats.TotalWritten);
        machine.StopDriverAndCheckMachine(ZeroStats.Service);
        KernelRequests.AssertAllFreed(machine);
    }
}
