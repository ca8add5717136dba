using NtSim.Samples.Zero;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Zero;

/// <summary>Reads and writes from kernel mode. Zero uses direct I/O: IoBuildSynchronousFsdRequest
/// locks the caller's buffer and hands the driver an MDL over it, so no system buffer is made and
/// the driver's zeros land in the caller's own pages.</summary>
public sealed class ZeroReadWriteTests
{
    [Fact]
    public void Read_DirectRequest_ReturnsZerosForEveryByteAndNoSystemBuffer() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK();
            byte[] data = [];
            machine.RunToCompletion(() =>
            {
                var buffer = KernelRequests.Allocate(64, fill: 0xCC);
                iosb = KernelRequests.Read(device, buffer, 64);
                data = buffer.AsReadOnlySpan(64).ToArray();
                KernelRequests.Free(buffer);
            });

            Assert.Equal(STATUS_SUCCESS, iosb.Status);
            Assert.Equal(64UL, iosb.Information);
            Assert.All(data, b => Assert.Equal(0, b));
            Assert.Equal(0, machine.Pool.QueryTag("IoBf").NonPagedAllocs);
            Assert.Equal(new ZERO_STATS { TotalRead = 64, TotalWritten = 0 }, ZeroStats.Counters(device));
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void Read_BufferLongerThanTheRead_ZeroesExactlyTheLengthAsked() =>
        ScheduleAssert.Explore(machine =>
        {
            // The driver writes straight into the caller's buffer: a byte past the read's length that it
            // touched would show as a zero among the 0xCC.
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK();
            byte[] data = [];
            machine.RunToCompletion(() =>
            {
                var buffer = KernelRequests.Allocate(48, fill: 0xCC);
                iosb = KernelRequests.Read(device, buffer, 32);
                data = buffer.AsReadOnlySpan(48).ToArray();
                KernelRequests.Free(buffer);
            });

            Assert.Equal(STATUS_SUCCESS, iosb.Status);
            Assert.Equal(32UL, iosb.Information);
            Assert.All(data[..32], b => Assert.Equal(0, b));
            Assert.All(data[32..], b => Assert.Equal(0xCC, b));
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Theory]
    [InlineData(4000, 200)]
    [InlineData(4095, 2)]
    [InlineData(100, 8192)]
    [InlineData(0, 4096)]
    public void Read_CallersLockedMdl_DriverWritesThroughItsSystemMappingIntoTheCallersPages(int offset, int length) =>
        ScheduleAssert.Explore(machine =>
        {
            // The caller describes its own buffer with an MDL, as the I/O manager does for DO_DIRECT_IO.
            // Afterwards the MDL is mapped into system space at an address other than the buffer's (the
            // driver's MmGetSystemAddressForMdlSafe), and the zeros are in the buffer: the mapping is a
            // view of the same pages.
            const int Size = 3 * 4096;
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK();
            byte[] data = [];
            var mapped = false;
            var bufferAddress = PVOID.NULL;
            var mappedAddress = PVOID.NULL;
            machine.RunToCompletion(() =>
            {
                var buffer = KernelRequests.Allocate(Size, fill: 0xCC);
                bufferAddress = buffer + (ulong)offset;
                var mdl = IoAllocateMdl(bufferAddress, (uint)length, false, false, null);
                Assert.NotNull(mdl);
                MmProbeAndLockPages(mdl, KernelMode, IoWriteAccess);
                iosb = KernelRequests.Send(device, (irp, next) =>
                {
                    irp.MdlAddress = mdl;
                    next.MajorFunction = IRP_MJ_READ;
                    next.Parameters.Read.Length = (uint)length;
                });
                mapped = (mdl.MdlFlags & MDL_MAPPED_TO_SYSTEM_VA) != 0;
                mappedAddress = mdl.MappedSystemVa;
                MmUnlockPages(mdl);
                IoFreeMdl(mdl);
                data = buffer.AsReadOnlySpan(Size).ToArray();
                KernelRequests.Free(buffer);
            });

            Assert.Equal(STATUS_SUCCESS, iosb.Status);
            Assert.Equal((ulong)length, iosb.Information);
            Assert.True(mapped);
            Assert.NotEqual(bufferAddress, mappedAddress);
            Assert.All(data[..offset], b => Assert.Equal(0xCC, b));
            Assert.All(data[offset..(offset + length)], b => Assert.Equal(0, b));
            Assert.All(data[(offset + length)..], b => Assert.Equal(0xCC, b));
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void Read_SystemBufferButNoMdl_FailsWithInvalidParameterAndTouchesNothing() =>
        ScheduleAssert.Explore(machine =>
        {
            // A kernel-mode caller that sets the IRP up for buffered I/O: Zero looks only at MdlAddress,
            // finds none, and fails the read: a failed read transfers nothing and counts nothing.
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK();
            byte[] data = [];
            machine.RunToCompletion(() =>
            {
                var systemBuffer = KernelRequests.Allocate(32, fill: 0xCC);
                iosb = KernelRequests.Send(device, (irp, next) =>
                {
                    irp.AssociatedIrp.SystemBuffer = systemBuffer;
                    next.MajorFunction = IRP_MJ_READ;
                    next.Parameters.Read.Length = 32;
                });
                data = systemBuffer.AsReadOnlySpan(32).ToArray();
                KernelRequests.Free(systemBuffer);
            });

            Assert.Equal(STATUS_INVALID_PARAMETER, iosb.Status);
            Assert.Equal(0UL, iosb.Information);
            Assert.All(data, b => Assert.Equal(0xCC, b));
            Assert.Equal(0L, ZeroStats.Counters(device).TotalRead);
            Assert.Contains(machine.DebugOutput.Messages, m => m.Text == "Zero: read of 32 bytes without an MDL\n");
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void Read_ZeroLength_FailsWithInvalidBufferSize() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK { Status = STATUS_UNSUCCESSFUL, Information = 99 };
            machine.RunToCompletion(() => iosb = KernelRequests.Read(device, PVOID.NULL, 0));

            Assert.Equal(STATUS_INVALID_BUFFER_SIZE, iosb.Status);
            Assert.Equal(0UL, iosb.Information);
            Assert.Equal(0L, ZeroStats.Counters(device).TotalRead);
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void Write_AnyData_TakesEveryByteAndLeavesTheCallersBufferAlone() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK();
            byte[] data = [];
            machine.RunToCompletion(() =>
            {
                var buffer = KernelRequests.Allocate(100, fill: (byte)'z');
                iosb = KernelRequests.Write(device, buffer, 100);
                data = buffer.AsReadOnlySpan(100).ToArray();
                KernelRequests.Free(buffer);
            });

            Assert.Equal(STATUS_SUCCESS, iosb.Status);
            Assert.Equal(100UL, iosb.Information);
            Assert.All(data, b => Assert.Equal((byte)'z', b));
            Assert.Equal(0, machine.Pool.QueryTag("IoBf").NonPagedAllocs);
            Assert.Equal(new ZERO_STATS { TotalRead = 0, TotalWritten = 100 }, ZeroStats.Counters(device));
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void Write_CallersLockedMdl_ReportsTheLengthWithoutMappingTheData() =>
        ScheduleAssert.Explore(machine =>
        {
            // The data is discarded unread: the driver never asks for a system address for the MDL.
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK();
            var mapped = true;
            machine.RunToCompletion(() =>
            {
                var buffer = KernelRequests.Allocate(5000, fill: (byte)'z');
                var mdl = IoAllocateMdl(buffer, 5000, false, false, null);
                Assert.NotNull(mdl);
                MmProbeAndLockPages(mdl, KernelMode, IoReadAccess);
                iosb = KernelRequests.Send(device, (irp, next) =>
                {
                    irp.MdlAddress = mdl;
                    next.MajorFunction = IRP_MJ_WRITE;
                    next.Parameters.Write.Length = 5000;
                });
                mapped = (mdl.MdlFlags & MDL_MAPPED_TO_SYSTEM_VA) != 0;
                MmUnlockPages(mdl);
                IoFreeMdl(mdl);
                KernelRequests.Free(buffer);
            });

            Assert.Equal(STATUS_SUCCESS, iosb.Status);
            Assert.Equal(5000UL, iosb.Information);
            Assert.False(mapped);
            Assert.Equal(5000L, ZeroStats.Counters(device).TotalWritten);
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void Write_ZeroLength_SucceedsWithNothingTransferredOrCounted() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<ZeroDriver>(ZeroStats.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK { Status = STATUS_UNSUCCESSFUL, Information = 99 };
            machine.RunToCompletion(() => iosb = KernelRequests.Write(device, PVOID.NULL, 0));

            Assert.Equal(STATUS_SUCCESS, iosb.Status);
            Assert.Equal(0UL, iosb.Information);
            Assert.Equal(0L, ZeroStats.Counters(device).TotalWritten);
            machine.StopDriverAndCheckMachine(ZeroStats.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);
}
