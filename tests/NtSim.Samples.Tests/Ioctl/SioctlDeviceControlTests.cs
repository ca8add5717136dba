using static NtSim.Samples.Ioctl.SioctlPublic;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Ioctl;

/// <summary>The four transfer methods, sent from kernel mode as another driver would send them.</summary>
public sealed class SioctlDeviceControlTests
{
    private const uint OutputLength = 100;

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void MethodBuffered_StringIn_ReplyCopiedBackToOutput(int seed)
    {
        using var machine = SioctlHost.Boot(seed);
        var device = SioctlHost.Load(machine);
        var (iosb, output) = SioctlHost.SendString(machine, "hello, buffered", OutputLength,
            (input, inputLength, outBuf) => KernelRequests.Control(device, IOCTL_SIOCTL_METHOD_BUFFERED, input, inputLength, outBuf, OutputLength));

        Assert.Equal(STATUS_SUCCESS, iosb.Status);
        Assert.Equal((ulong)SioctlHost.Reply.Length, iosb.Information);
        Assert.Equal(SioctlHost.Reply, output[..SioctlHost.Reply.Length]);
        Assert.All(output[SioctlHost.Reply.Length..], b => Assert.Equal(0xCC, b));
        var debug = SioctlHost.DebugText(machine);
        Assert.Contains("SIOCTL: METHOD_BUFFERED\n", debug, StringComparison.Ordinal);
        Assert.Contains("SIOCTL: input: hello, buffered\n", debug, StringComparison.Ordinal);
        SioctlHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void MethodBuffered_OutputShorterThanReply_TruncatesToOutputLength(int seed)
    {
        using var machine = SioctlHost.Boot(seed);
        var device = SioctlHost.Load(machine);
        var (iosb, output) = SioctlHost.SendString(machine, "x", 16,
            (input, inputLength, outBuf) => KernelRequests.Control(device, IOCTL_SIOCTL_METHOD_BUFFERED, input, inputLength, outBuf, 8));

        Assert.Equal(STATUS_SUCCESS, iosb.Status);
        Assert.Equal(8UL, iosb.Information);
        Assert.Equal(SioctlHost.Reply[..8], output[..8]);
        Assert.All(output[8..], b => Assert.Equal(0xCC, b));
        SioctlHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void MethodInDirect_SecondBufferIsInput_ReadThroughMdlAndLeftUnchanged(int seed)
    {
        using var machine = SioctlHost.Boot(seed);
        var device = SioctlHost.Load(machine);
        var iosb = new IO_STATUS_BLOCK();
        string secondAfter = "";
        SioctlHost.Run(machine, () =>
        {
            var input = SioctlHost.AllocateString("first buffer", out var inputLength);
            var second = SioctlHost.AllocateString("second buffer, through the MDL", out var secondLength);
            iosb = SioctlHost.SendDirect(device, IOCTL_SIOCTL_METHOD_IN_DIRECT, input, inputLength, second, secondLength);
            secondAfter = System.Text.Encoding.ASCII.GetString(second.AsReadOnlySpan((int)secondLength - 1));
            KernelRequests.Free(second);
            KernelRequests.Free(input);
        });

        Assert.Equal(STATUS_SUCCESS, iosb.Status);
        Assert.Equal(0UL, iosb.Information);
        Assert.Equal("second buffer, through the MDL", secondAfter);
        var debug = SioctlHost.DebugText(machine);
        Assert.Contains("SIOCTL: METHOD_IN_DIRECT\n", debug, StringComparison.Ordinal);
        Assert.Contains("SIOCTL: input: first buffer\n", debug, StringComparison.Ordinal);
        Assert.Contains("SIOCTL: second buffer: second buffer, through the MDL\n", debug, StringComparison.Ordinal);
        Assert.Contains("SIOCTL:   Irp->MdlAddress = an MDL\n", debug, StringComparison.Ordinal);
        SioctlHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void MethodOutDirect_ReplyWrittenThroughMdlIntoTheCallersBuffer(int seed)
    {
        using var machine = SioctlHost.Boot(seed);
        var device = SioctlHost.Load(machine);
        var (iosb, output) = SioctlHost.SendString(machine, "out direct", OutputLength,
            (input, inputLength, outBuf) => SioctlHost.SendDirect(device, IOCTL_SIOCTL_METHOD_OUT_DIRECT, input, inputLength, outBuf, OutputLength));

        Assert.Equal(STATUS_SUCCESS, iosb.Status);
        Assert.Equal((ulong)SioctlHost.Reply.Length, iosb.Information);
        Assert.Equal(SioctlHost.Reply, output[..SioctlHost.Reply.Length]);
        Assert.All(output[SioctlHost.Reply.Length..], b => Assert.Equal(0xCC, b));
        Assert.Contains("SIOCTL: input: out direct\n", SioctlHost.DebugText(machine), StringComparison.Ordinal);
        SioctlHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void MethodOutDirect_IoBuildDeviceIoControlRequest_ReplyInTheCallersBuffer(int seed)
    {
        // IoBuildDeviceIoControlRequest builds the MDL and locks the output itself; IoCompleteRequest
        // unlocks and frees it.
        using var machine = SioctlHost.Boot(seed);
        var device = SioctlHost.Load(machine);
        var (iosb, output) = SioctlHost.SendString(machine, "built", OutputLength,
            (input, inputLength, outBuf) => KernelRequests.Control(device, IOCTL_SIOCTL_METHOD_OUT_DIRECT, input, inputLength, outBuf, OutputLength));

        Assert.Equal(STATUS_SUCCESS, iosb.Status);
        Assert.Equal((ulong)SioctlHost.Reply.Length, iosb.Information);
        Assert.Equal(SioctlHost.Reply, output[..SioctlHost.Reply.Length]);
        Assert.Contains("SIOCTL: input: built\n", SioctlHost.DebugText(machine), StringComparison.Ordinal);
        SioctlHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void MethodInDirect_IoBuildDeviceIoControlRequest_SecondBufferRead(int seed)
    {
        using var machine = SioctlHost.Boot(seed);
        var device = SioctlHost.Load(machine);
        var iosb = new IO_STATUS_BLOCK();
        SioctlHost.Run(machine, () =>
        {
            var input = SioctlHost.AllocateString("built", out var inputLength);
            var second = SioctlHost.AllocateString("built second", out var secondLength);
            iosb = KernelRequests.Control(device, IOCTL_SIOCTL_METHOD_IN_DIRECT, input, inputLength, second, secondLength);
            KernelRequests.Free(second);
            KernelRequests.Free(input);
        });

        Assert.Equal(STATUS_SUCCESS, iosb.Status);
        Assert.Equal(0UL, iosb.Information);
        Assert.Contains("SIOCTL: second buffer: built second\n", SioctlHost.DebugText(machine), StringComparison.Ordinal);
        SioctlHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void MethodNeither_KernelCaller_ReplyWrittenAndMdlReleased(int seed)
    {
        using var machine = SioctlHost.Boot(seed);
        var device = SioctlHost.Load(machine);
        var iosb = new IO_STATUS_BLOCK();
        byte[] output = [];
        var input = PVOID.NULL;
        SioctlHost.Run(machine, () =>
        {
            input = SioctlHost.AllocateString("neither", out var inputLength);
            var outBuf = KernelRequests.Allocate(OutputLength, fill: 0xCC);
            iosb = KernelRequests.Control(device, IOCTL_SIOCTL_METHOD_NEITHER, input, inputLength, outBuf, OutputLength);
            output = outBuf.AsReadOnlySpan((int)OutputLength).ToArray();
            KernelRequests.Free(outBuf);
            KernelRequests.Free(input);
        });

        Assert.Equal(STATUS_SUCCESS, iosb.Status);
        Assert.Equal((ulong)SioctlHost.Reply.Length, iosb.Information);
        Assert.Equal(SioctlHost.Reply, output[..SioctlHost.Reply.Length]);
        var debug = SioctlHost.DebugText(machine);
        Assert.Contains($"SIOCTL:   Parameters.DeviceIoControl.Type3InputBuffer = {input.Address:X16}\n", debug, StringComparison.Ordinal);
        Assert.Contains("SIOCTL: input: neither\n", debug, StringComparison.Ordinal);

        // The MDL the driver allocated, locked and mapped is gone again (UnloadAndAssertClean checks the module's resources).
        SioctlHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void MethodNeither_UnmappedKernelOutput_FailsWithAccessViolation(int seed)
    {
        // MmProbeAndLockPages raises for a buffer with no pages behind it; the driver catches it
        // (__try/__except) and fails the request instead of crashing.
        using var machine = SioctlHost.Boot(seed);
        var device = SioctlHost.Load(machine);
        var iosb = new IO_STATUS_BLOCK();
        SioctlHost.Run(machine, () =>
        {
            var input = SioctlHost.AllocateString("neither", out var inputLength);
            iosb = KernelRequests.Control(device, IOCTL_SIOCTL_METHOD_NEITHER, input, inputLength, SioctlMisuseTests.Unmapped, OutputLength);
            KernelRequests.Free(input);
        });

        Assert.Equal(STATUS_ACCESS_VIOLATION, iosb.Status);
        Assert.Equal(0UL, iosb.Information);
        Assert.Contains("SIOCTL: exception 0xC0000005 while touching the caller's buffers\n", SioctlHost.DebugText(machine), StringComparison.Ordinal);
        SioctlHost.UnloadAndAssertClean(machine, device);
    }

    public static TheoryData<int, uint> EveryMethod => new()
    {
        { 1, 0 }, { 7, 1 }, { 42, 2 }, { 1, 3 },
    };

    [Theory]
    [MemberData(nameof(EveryMethod))]
    public void DeviceControl_ZeroLengthInput_FailsWithInvalidParameter(int seed, uint method)
    {
        uint[] codes = [IOCTL_SIOCTL_METHOD_BUFFERED, IOCTL_SIOCTL_METHOD_IN_DIRECT, IOCTL_SIOCTL_METHOD_OUT_DIRECT, IOCTL_SIOCTL_METHOD_NEITHER];
        var code = codes.Single(c => METHOD_FROM_CTL_CODE(c) == method);
        using var machine = SioctlHost.Boot(seed);
        var device = SioctlHost.Load(machine);
        var iosb = new IO_STATUS_BLOCK();
        SioctlHost.Run(machine, () =>
        {
            var outBuf = KernelRequests.Allocate(OutputLength);
            iosb = KernelRequests.Send(device, (irp, next) =>
            {
                next.MajorFunction = IRP_MJ_DEVICE_CONTROL;
                next.Parameters.DeviceIoControl.IoControlCode = code;
                next.Parameters.DeviceIoControl.InputBufferLength = 0;
                next.Parameters.DeviceIoControl.OutputBufferLength = OutputLength;
                irp.UserBuffer = outBuf;
            });
            KernelRequests.Free(outBuf);
        });

        Assert.Equal(STATUS_INVALID_PARAMETER, iosb.Status);
        Assert.Equal(0UL, iosb.Information);
        SioctlHost.UnloadAndAssertClean(machine, device);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void DeviceControl_UnknownCode_FailsWithInvalidDeviceRequest(int seed)
    {
        var unknown = CTL_CODE(SIOCTL_TYPE, 0x904, METHOD_BUFFERED, FILE_ANY_ACCESS);
        using var machine = SioctlHost.Boot(seed);
        var device = SioctlHost.Load(machine);
        var iosb = new IO_STATUS_BLOCK();
        SioctlHost.Run(machine, () =>
        {
            var input = SioctlHost.AllocateString("?", out var inputLength);
            var outBuf = KernelRequests.Allocate(OutputLength);
            iosb = KernelRequests.Control(device, unknown, input, inputLength, outBuf, OutputLength);
            KernelRequests.Free(outBuf);
            KernelRequests.Free(input);
        });

        Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, iosb.Status);
        Assert.Contains($"SIOCTL: unrecognized IOCTL 0x{unknown:X8}\n", SioctlHost.DebugText(machine), StringComparison.Ordinal);
        SioctlHost.UnloadAndAssertClean(machine, device);
    }
}
