using System.Text;
using NtSim.Samples.NonPnp;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.Samples.Tests.NonPnp;

/// <summary>
/// The nonpnp IOCTLs sent directly: METHOD_NEITHER from a kernel-mode sender (kernel buffers, locked
/// without a user-mode probe) against user mode (a kernel address passed from user mode fails the
/// probe in EvtIoInCallerContext), and a zero-length buffer failing with STATUS_INVALID_PARAMETER.
/// </summary>
public sealed class NonPnpDeviceControlTests
{
    private static readonly byte[] Reply = Encoding.ASCII.GetBytes("this String is from Device Driver !!!\0");

    [Fact]
    public void MethodNeither_FromKernelMode_KernelBuffersLockedAndTheReplyWritten() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<NonPnpDriver>(NonPnpPublic.DRIVER_NAME).DeviceObject!;
            var iosb = new IO_STATUS_BLOCK();
            byte[] output = [];
            machine.RunToCompletion(() =>
            {
                var input = KernelString("from kernel mode", out var inputLength);
                var outBuf = KernelRequests.Allocate(100, fill: 0xCC);
                iosb = KernelRequests.Control(device, NonPnpPublic.IOCTL_NONPNP_METHOD_NEITHER, input, inputLength, outBuf, 100);
                output = outBuf.AsReadOnlySpan(100).ToArray();
                KernelRequests.Free(outBuf);
                KernelRequests.Free(input);
            });

            Assert.Equal(STATUS_SUCCESS, iosb.Status);
            Assert.Equal((ulong)Reply.Length, iosb.Information);
            Assert.Equal(Reply, output[..Reply.Length]);
            Assert.Equal(0xCC, output[Reply.Length]);
            Assert.Contains("from kernel mode.\n", machine.DebugText(), StringComparison.Ordinal);
            machine.StopDriverAndCheckMachine(NonPnpPublic.DRIVER_NAME);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void MethodNeither_KernelAddressFromUserMode_ProbeFailsAccessViolationNoCrash() =>
        ScheduleAssert.Explore(machine =>
        {
            machine.StartDriver<NonPnpDriver>(NonPnpPublic.DRIVER_NAME);
            PVOID kernelBuffer = default;
            machine.RunToCompletion(() => kernelBuffer = KernelRequests.Allocate(100));
            var ok = true;
            uint error = 0;

            var app = machine.RunClient("neither", args =>
            {
                var h = CreateFile(NonPnpPublic.DEVICE_NAME, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
                var input = VirtualAlloc(PVOID.NULL, 4096, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                ok = DeviceIoControl(h, NonPnpPublic.IOCTL_NONPNP_METHOD_NEITHER, input, 16, kernelBuffer, 100, out _, null);
                error = GetLastError();
                VirtualFree(input, 0, MEM_RELEASE);
                CloseHandle(h);
                return 0;
            });

            // WdfRequestProbeAndLockUserBufferForWrite probes with the requestor's mode: a user
            // request may not name kernel memory (MmProbeAndLockPages raises, KMDF returns the status).
            Assert.Equal(0, app.ExitCode);
            Assert.False(ok);
            Assert.Equal(RtlNtStatusToDosError(STATUS_ACCESS_VIOLATION), error);
            Assert.Null(machine.BugCheck);
            machine.RunToCompletion(() => KernelRequests.Free(kernelBuffer));
            machine.StopDriverAndCheckMachine(NonPnpPublic.DRIVER_NAME);
        }, SampleHost.Iterations);

    public static TheoryData<string, uint> EveryMethod => new()
    {
        { "METHOD_BUFFERED", NonPnpPublic.IOCTL_NONPNP_METHOD_BUFFERED },
        { "METHOD_IN_DIRECT", NonPnpPublic.IOCTL_NONPNP_METHOD_IN_DIRECT },
        { "METHOD_OUT_DIRECT", NonPnpPublic.IOCTL_NONPNP_METHOD_OUT_DIRECT },
        { "METHOD_NEITHER", NonPnpPublic.IOCTL_NONPNP_METHOD_NEITHER },
    };

    [Theory]
    [MemberData(nameof(EveryMethod))]
    public void DeviceIoControl_ZeroLengthOutput_FailsWithInvalidParameterOrTooSmallForNeither(string method, uint code) =>
        ScheduleAssert.Explore(machine =>
        {
            machine.StartDriver<NonPnpDriver>(NonPnpPublic.DRIVER_NAME);
            var ok = true;
            uint error = 0;
            uint returned = uint.MaxValue;

            var app = machine.RunClient("zerolength", args =>
            {
                var h = CreateFile(NonPnpPublic.DEVICE_NAME, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
                var input = Encoding.ASCII.GetBytes(method + "\0");
                ok = DeviceIoControl(h, code, input, (uint)input.Length, null, 0, out returned, null);
                error = GetLastError();
                CloseHandle(h);
                return 0;
            });

            Assert.Equal(0, app.ExitCode);
            Assert.False(ok);
            // EvtIoDeviceControl fails an empty buffer with STATUS_INVALID_PARAMETER; a METHOD_NEITHER
            // request stops earlier, in EvtIoInCallerContext: WdfRequestRetrieveUnsafeUserOutputBuffer
            // answers STATUS_BUFFER_TOO_SMALL for a zero-length buffer, as the framework does.
            var expected = code == NonPnpPublic.IOCTL_NONPNP_METHOD_NEITHER ? STATUS_BUFFER_TOO_SMALL : STATUS_INVALID_PARAMETER;
            Assert.Equal(RtlNtStatusToDosError(expected), error);
            Assert.Equal(code == NonPnpPublic.IOCTL_NONPNP_METHOD_NEITHER ? Win32Error.ERROR_INSUFFICIENT_BUFFER : Win32Error.ERROR_INVALID_PARAMETER, error);
            Assert.Equal(0u, returned);
            machine.StopDriverAndCheckMachine(NonPnpPublic.DRIVER_NAME);
        }, SampleHost.Iterations);

    private static PVOID KernelString(string text, out uint length)
    {
        var bytes = Encoding.ASCII.GetBytes(text + "\0");
        length = (uint)bytes.Length;
        var buffer = KernelRequests.Allocate(length);
        bytes.CopyTo(buffer.AsSpan(bytes.Length));
        return buffer;
    }
}
