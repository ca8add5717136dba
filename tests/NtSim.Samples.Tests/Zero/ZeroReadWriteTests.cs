using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Zero;

public sealed class ZeroReadWriteTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Read_BufferedRequest_ReturnsZerosForEveryByte(int seed)
    {
        using var machine = ZeroHost.Boot(seed);
        var device = ZeroHost.Load(machine);
        var iosb = new IO_STATUS_BLOCK();
        byte[] data = [];
        ZeroHost.Run(machine, () =>
        {
            var buffer = KernelRequests.Allocate(64, fill: 0xCC);
            iosb = KernelRequests.Read(device, buffer, 64);
            data = buffer.AsReadOnlySpan(64).ToArray();
            KernelRequests.Free(buffer);
        });

        Assert.Equal(STATUS_SUCCESS, iosb.Status);
        Assert.Equal(64UL, iosb.Information);
        Assert.All(data, b => Assert.Equal(0, b));
        ZeroHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Read_SystemBufferFullOfGarbage_ZeroesExactlyTheLengthAsked(int seed)
    {
        // As the I/O manager does for DO_BUFFERED_IO, the caller hands the driver a system buffer;
        // this one is longer than the read and full of 0xCC, so a missed or excess byte shows.
        using var machine = ZeroHost.Boot(seed);
        var device = ZeroHost.Load(machine);
        var iosb = new IO_STATUS_BLOCK();
        byte[] data = [];
        ZeroHost.Run(machine, () =>
        {
            var systemBuffer = KernelRequests.Allocate(48, fill: 0xCC);
            iosb = KernelRequests.Send(device, (irp, next) =>
            {
                irp.AssociatedIrp.SystemBuffer = systemBuffer;
                next.MajorFunction = IRP_MJ_READ;
                next.Parameters.Read.Length = 32;
            });
            data = systemBuffer.AsReadOnlySpan(48).ToArray();
            KernelRequests.Free(systemBuffer);
        });

        Assert.Equal(STATUS_SUCCESS, iosb.Status);
        Assert.Equal(32UL, iosb.Information);
        Assert.All(data[..32], b => Assert.Equal(0, b));
        Assert.All(data[32..], b => Assert.Equal(0xCC, b));
        ZeroHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Read_ZeroLength_SucceedsWithNothingTransferred(int seed)
    {
        using var machine = ZeroHost.Boot(seed);
        var device = ZeroHost.Load(machine);
        var iosb = new IO_STATUS_BLOCK { Status = STATUS_UNSUCCESSFUL, Information = 99 };
        ZeroHost.Run(machine, () => iosb = KernelRequests.Read(device, PVOID.NULL, 0));

        Assert.Equal(STATUS_SUCCESS, iosb.Status);
        Assert.Equal(0UL, iosb.Information);
        ZeroHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void Write_AnyData_TakesEveryByteAndLeavesTheCallersBufferAlone(int seed)
    {
        using var machine = ZeroHost.Boot(seed);
        var device = ZeroHost.Load(machine);
        var iosb = new IO_STATUS_BLOCK();
        byte[] data = [];
        ZeroHost.Run(machine, () =>
        {
            var buffer = KernelRequests.Allocate(100, fill: (byte)'z');
            iosb = KernelRequests.Write(device, buffer, 100);
            data = buffer.AsReadOnlySpan(100).ToArray();
            KernelRequests.Free(buffer);
        });

        Assert.Equal(STATUS_SUCCESS, iosb.Status);
        Assert.Equal(100UL, iosb.Information);
        Assert.All(data, b => Assert.Equal((byte)'z', b));
        ZeroHost.UnloadAndAssertClean(machine, device);
    }
}
