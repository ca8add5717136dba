using NtSim.Samples.Ioctl;
using static NtSim.Samples.Ioctl.SioctlPublic;
using static NtSim.Wdm;

namespace NtSim.Samples.Tests.Ioctl;

/// <summary>The four transfer methods, sent from kernel mode as another driver would send them.</summary>
public sealed class SioctlDeviceControlTests
{
    private const uint OutputLength = 100;

    [Fact]
    public void MethodBuffered_StringIn_ReplyCopiedBackToOutput() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            var (iosb, output) = SioctlRequests.SendString(machine, "hello, buffered", OutputLength,
                (input, inputLength, outBuf) => KernelRequests.Control(device, IOCTL_SIOCTL_METHOD_BUFFERED, input, inputLength, outBuf, OutputLength));

            Assert.Equal(STATUS_SUCCESS, iosb.Status);
            Assert.Equal((ulong)SioctlRequests.Reply.Length, iosb.Information);
            Assert.Equal(SioctlRequests.Reply, output[..SioctlRequests.Reply.Length]);
            Assert.All(output[SioctlRequests.Reply.Length..], b => Assert.Equal(0xCC, b));
            var debug = machine.DebugText();
            Assert.Contains("SIOCTL: METHOD_BUFFERED\n", debug, StringComparison.Ordinal);
            Assert.Contains("SIOCTL: input: hello, buffered\n", debug, StringComparison.Ordinal);
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void MethodBuffered_OutputShorterThanReply_TruncatesToOutputLength() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            var (iosb, output) = SioctlRequests.SendString(machine, "x", 16,
                (input, inputLength, outBuf) => KernelRequests.Control(device, IOCTL_SIOCTL_METHOD_BUFFERED, input, inputLength, outBuf, 8));

            Assert.Equal(STATUS_SUCCESS, iosb.Status);
            Assert.Equal(8UL, iosb.Information);
            Assert.Equal(SioctlRequests.Reply[..8], output[..8]);
            Assert.All(output[8..], b => Assert.Equal(0xCC, b));
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void MethodInDirect_SecondBufferIsInput_ReadThroughMdlAndLeftUnchanged() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK();
            string secondAfter = "";
            machine.RunToCompletion(() =>
            {
                var input = SioctlRequests.AllocateString("first buffer", out var inputLength);
                var second = SioctlRequests.AllocateString("second buffer, through the MDL", out var secondLength);
                iosb = SioctlRequests.SendDirect(device, IOCTL_SIOCTL_METHOD_IN_DIRECT, input, inputLength, second, secondLength);
                secondAfter = System.Text.Encoding.ASCII.GetString(second.AsReadOnlySpan((int)secondLength - 1));
                KernelRequests.Free(second);
                KernelRequests.Free(input);
            });

            Assert.Equal(STATUS_SUCCESS, iosb.Status);
            Assert.Equal(0UL, iosb.Information);
            Assert.Equal("second buffer, through the MDL", secondAfter);
            var debug = machine.DebugText();
            Assert.Contains("SIOCTL: METHOD_IN_DIRECT\n", debug, StringComparison.Ordinal);
            Assert.Contains("SIOCTL: input: first buffer\n", debug, StringComparison.Ordinal);
            Assert.Contains("SIOCTL: second buffer: second buffer, through the MDL\n", debug, StringComparison.Ordinal);
            Assert.Contains("SIOCTL:   Irp->MdlAddress = an MDL\n", debug, StringComparison.Ordinal);
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void MethodOutDirect_ReplyWrittenThroughMdlIntoTheCallersBuffer() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            var (iosb, output) = SioctlRequests.SendString(machine, "out direct", OutputLength,
                (input, inputLength, outBuf) => SioctlRequests.SendDirect(device, IOCTL_SIOCTL_METHOD_OUT_DIRECT, input, inputLength, outBuf, OutputLength));

            Assert.Equal(STATUS_SUCCESS, iosb.Status);
            Assert.Equal((ulong)SioctlRequests.Reply.Length, iosb.Information);
            Assert.Equal(SioctlRequests.Reply, output[..SioctlRequests.Reply.Length]);
            Assert.All(output[SioctlRequests.Reply.Length..], b => Assert.Equal(0xCC, b));
            Assert.Contains("SIOCTL: input: out direct\n", machine.DebugText(), StringComparison.Ordinal);
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void MethodOutDirect_IoBuildDeviceIoControlRequest_ReplyInTheCallersBuffer() =>
        ScheduleAssert.Explore(machine =>
        {
            // IoBuildDeviceIoControlRequest builds the MDL and locks the output itself; IoCompleteRequest
            // unlocks and frees it.
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            var (iosb, output) = SioctlRequests.SendString(machine, "built", OutputLength,
                (input, inputLength, outBuf) => KernelRequests.Control(device, IOCTL_SIOCTL_METHOD_OUT_DIRECT, input, inputLength, outBuf, OutputLength));

            Assert.Equal(STATUS_SUCCESS, iosb.Status);
            Assert.Equal((ulong)SioctlRequests.Reply.Length, iosb.Information);
            Assert.Equal(SioctlRequests.Reply, output[..SioctlRequests.Reply.Length]);
            Assert.Contains("SIOCTL: input: built\n", machine.DebugText(), StringComparison.Ordinal);
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void MethodInDirect_IoBuildDeviceIoControlRequest_SecondBufferRead() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK();
            machine.RunToCompletion(() =>
            {
                var input = SioctlRequests.AllocateString("built", out var inputLength);
                var second = SioctlRequests.AllocateString("built second", out var secondLength);
                iosb = KernelRequests.Control(device, IOCTL_SIOCTL_METHOD_IN_DIRECT, input, inputLength, second, secondLength);
                KernelRequests.Free(second);
                KernelRequests.Free(input);
            });

            Assert.Equal(STATUS_SUCCESS, iosb.Status);
            Assert.Equal(0UL, iosb.Information);
            Assert.Contains("SIOCTL: second buffer: built second\n", machine.DebugText(), StringComparison.Ordinal);
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void MethodNeither_KernelCaller_ReplyWrittenAndMdlReleased() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK();
            byte[] output = [];
            var input = PVOID.NULL;
            machine.RunToCompletion(() =>
            {
                input = SioctlRequests.AllocateString("neither", out var inputLength);
                var outBuf = KernelRequests.Allocate(OutputLength, fill: 0xCC);
                iosb = KernelRequests.Control(device, IOCTL_SIOCTL_METHOD_NEITHER, input, inputLength, outBuf, OutputLength);
                output = outBuf.AsReadOnlySpan((int)OutputLength).ToArray();
                KernelRequests.Free(outBuf);
                KernelRequests.Free(input);
            });

            Assert.Equal(STATUS_SUCCESS, iosb.Status);
            Assert.Equal((ulong)SioctlRequests.Reply.Length, iosb.Information);
            Assert.Equal(SioctlRequests.Reply, output[..SioctlRequests.Reply.Length]);
            var debug = machine.DebugText();
            Assert.Contains($"SIOCTL:   Parameters.DeviceIoControl.Type3InputBuffer = {input.Address:X16}\n", debug, StringComparison.Ordinal);
            Assert.Contains("SIOCTL: input: neither\n", debug, StringComparison.Ordinal);

            // The MDL the driver allocated, locked and mapped is gone again (UnloadAndAssertClean checks the module's resources).
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void MethodNeither_UnmappedKernelOutput_FailsWithAccessViolation() =>
        ScheduleAssert.Explore(machine =>
        {
            // MmProbeAndLockPages raises for a buffer with no pages behind it; the driver catches it
            // (__try/__except) and fails the request instead of crashing.
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK();
            machine.RunToCompletion(() =>
            {
                var input = SioctlRequests.AllocateString("neither", out var inputLength);
                iosb = KernelRequests.Control(device, IOCTL_SIOCTL_METHOD_NEITHER, input, inputLength, SioctlMisuseTests.Unmapped, OutputLength);
                KernelRequests.Free(input);
            });

            Assert.Equal(STATUS_ACCESS_VIOLATION, iosb.Status);
            Assert.Equal(0UL, iosb.Information);
            Assert.Contains("SIOCTL: exception 0xC0000005 while touching the caller's buffers\n", machine.DebugText(), StringComparison.Ordinal);
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    public static TheoryData<uint> EveryMethod => [METHOD_BUFFERED, METHOD_IN_DIRECT, METHOD_OUT_DIRECT, METHOD_NEITHER];

    [Theory]
    [MemberData(nameof(EveryMethod))]
    public void DeviceControl_ZeroLengthInput_FailsWithInvalidParameter(uint method) =>
        ScheduleAssert.Explore(machine =>
        {
            uint[] codes = [IOCTL_SIOCTL_METHOD_BUFFERED, IOCTL_SIOCTL_METHOD_IN_DIRECT, IOCTL_SIOCTL_METHOD_OUT_DIRECT, IOCTL_SIOCTL_METHOD_NEITHER];
            var code = codes.Single(c => METHOD_FROM_CTL_CODE(c) == method);
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK();
            machine.RunToCompletion(() =>
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
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void DeviceControl_UnknownCode_FailsWithInvalidDeviceRequest() =>
        ScheduleAssert.Explore(machine =>
        {
            var unknown = CTL_CODE(SIOCTL_TYPE, 0x904, METHOD_BUFFERED, FILE_ANY_ACCESS);
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK();
            machine.RunToCompletion(() =>
            {
                var input = SioctlRequests.AllocateString("?", out var inputLength);
                var outBuf = KernelRequests.Allocate(OutputLength);
                iosb = KernelRequests.Control(device, unknown, input, inputLength, outBuf, OutputLength);
                KernelRequests.Free(outBuf);
                KernelRequests.Free(input);
            });

            Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, iosb.Status);
            Assert.Contains($"SIOCTL: unrecognized IOCTL 0x{unknown:X8}\n", machine.DebugText(), StringComparison.Ordinal);
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);
}
