using System.Runtime.CompilerServices;
using NtSim.Samples.Zero;
using static NtSim.Samples.Zero.ZeroPublic;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Zero;

public sealed class ZeroDeviceControlTests
{
    private static readonly uint StatisticsSize = (uint)Unsafe.SizeOf<ZERO_STATISTICS>();

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void GetStatistics_AfterReadsAndWrites_CountsEach(int seed)
    {
        using var machine = ZeroHost.Boot(seed);
        var device = ZeroHost.Load(machine);
        var iosb = new IO_STATUS_BLOCK();
        var statistics = default(ZERO_STATISTICS);
        ZeroHost.Run(machine, () =>
        {
            var buffer = KernelRequests.Allocate(20);
            KernelRequests.Read(device, buffer, 10);
            KernelRequests.Read(device, buffer, 20);
            KernelRequests.Write(device, buffer, 7);
            var output = KernelRequests.Allocate(StatisticsSize, fill: 0xCC);
            iosb = KernelRequests.Control(device, IOCTL_ZERO_GET_STATISTICS, PVOID.NULL, 0, output, StatisticsSize);
            statistics = output.Read<ZERO_STATISTICS>();
            KernelRequests.Free(output);
            KernelRequests.Free(buffer);
        });

        Assert.Equal(STATUS_SUCCESS, iosb.Status);
        Assert.Equal(24UL, iosb.Information);
        Assert.Equal(2u, statistics.Reads);
        Assert.Equal(30UL, statistics.BytesRead);
        Assert.Equal(1u, statistics.Writes);
        Assert.Equal(7UL, statistics.BytesWritten);
        ZeroHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void GetStatistics_ReadsOnTwoThreads_CountsEveryRead(int seed)
    {
        // Two threads on two processors read at once; the spin lock keeps the counters exact
        // whatever interleaving the seed picks.
        const int ReadsPerThread = 25;
        using var machine = ZeroHost.Boot(seed);
        var device = ZeroHost.Load(machine);
        var statistics = default(ZERO_STATISTICS);
        ZeroHost.Run(machine, () =>
        {
            void Reader(object? context)
            {
                var buffer = KernelRequests.Allocate(8);
                for (var i = 0; i < ReadsPerThread; i++)
                {
                    Assert.Equal(STATUS_SUCCESS, KernelRequests.Read(device, buffer, 8).Status);
                }

                KernelRequests.Free(buffer);
            }

            Assert.Equal(STATUS_SUCCESS, PsCreateSystemThread(out var handle, THREAD_ALL_ACCESS, null, HANDLE.NULL, Reader, null));
            Assert.Equal(STATUS_SUCCESS, ObReferenceObjectByHandle(handle, SYNCHRONIZE, PsThreadType, KernelMode, out var thread));
            Reader(null);
            KeWaitForSingleObject((KTHREAD)thread!, Executive, KernelMode, false, null);
            ObDereferenceObject(thread!);
            ZwClose(handle);

            var output = KernelRequests.Allocate(StatisticsSize);
            Assert.Equal(STATUS_SUCCESS, KernelRequests.Control(device, IOCTL_ZERO_GET_STATISTICS, PVOID.NULL, 0, output, StatisticsSize).Status);
            statistics = output.Read<ZERO_STATISTICS>();
            KernelRequests.Free(output);
        });

        Assert.Equal(2u * ReadsPerThread, statistics.Reads);
        Assert.Equal(2UL * ReadsPerThread * 8, statistics.BytesRead);
        ZeroHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void GetStatistics_OutputTooSmall_FailsWithBufferTooSmallAndNoData(int seed)
    {
        using var machine = ZeroHost.Boot(seed);
        var device = ZeroHost.Load(machine);
        var iosb = new IO_STATUS_BLOCK();
        byte[] data = [];
        ZeroHost.Run(machine, () =>
        {
            var output = KernelRequests.Allocate(StatisticsSize, fill: 0xCC);
            iosb = KernelRequests.Control(device, IOCTL_ZERO_GET_STATISTICS, PVOID.NULL, 0, output, StatisticsSize - 1);
            data = output.AsReadOnlySpan((int)StatisticsSize).ToArray();
            KernelRequests.Free(output);
        });

        Assert.Equal(STATUS_BUFFER_TOO_SMALL, iosb.Status);
        Assert.Equal(0UL, iosb.Information);
        Assert.All(data, b => Assert.Equal(0xCC, b));
        ZeroHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void DeviceControl_UnknownCode_FailsWithInvalidDeviceRequest(int seed)
    {
        var unknown = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS);
        using var machine = ZeroHost.Boot(seed);
        var device = ZeroHost.Load(machine);
        var iosb = new IO_STATUS_BLOCK();
        ZeroHost.Run(machine, () =>
        {
            var output = KernelRequests.Allocate(StatisticsSize);
            iosb = KernelRequests.Control(device, unknown, PVOID.NULL, 0, output, StatisticsSize);
            KernelRequests.Free(output);
        });

        Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, iosb.Status);
        Assert.Equal(0UL, iosb.Information);
        Assert.Contains(machine.DebugOutput.Messages, m => m.Text == $"Zero: unknown control code 0x{unknown:X8}\n");
        ZeroHost.UnloadAndAssertClean(machine, device);
    }
}
