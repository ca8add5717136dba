using System.Text;
using NtSim.Samples.Ioctl;
using static NtSim.Samples.Ioctl.SioctlPublic;
using static NtSim.Wdm;
using static NtSim.Win32;
using static NtSim.Win32Error;

namespace NtSim.Samples.Tests.Ioctl;

/// <summary>ioctlapp and other user-mode processes against \\.\IoctlTest, through the Win32 facade.</summary>
public sealed class IoctlAppTests
{
    private static HANDLE Open()
    {
        var h = CreateFile(WIN32_DEVICE_NAME, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, default);
        Assert.NotEqual(INVALID_HANDLE_VALUE, h);
        return h;
    }

    [Fact]
    public void IoctlApp_DriverLoaded_EveryMethodSucceeds() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;

            var app = machine.RunClient("ioctlapp", IoctlApp.Main);

            Assert.Equal(0, app.ExitCode);
            Assert.Equal(
                "ioctlapp: calling DeviceIoControl METHOD_NEITHER\n" +
                "ioctlapp:   38 bytes returned: This string is from the sioctl driver\n" +
                "ioctlapp: calling DeviceIoControl METHOD_BUFFERED\n" +
                "ioctlapp:   38 bytes returned: This string is from the sioctl driver\n" +
                "ioctlapp: calling DeviceIoControl METHOD_IN_DIRECT\n" +
                "ioctlapp:   0 bytes returned\n" +
                "ioctlapp: calling DeviceIoControl METHOD_OUT_DIRECT\n" +
                "ioctlapp:   38 bytes returned: This string is from the sioctl driver\n" +
                "ioctlapp: 0 of 4 requests failed\n",
                app.Output);
            var debug = machine.DebugText();
            Assert.Contains("SIOCTL: input: This string is from ioctlapp, using METHOD_NEITHER\n", debug, StringComparison.Ordinal);
            Assert.Contains("SIOCTL: second buffer: More input, in the second buffer\n", debug, StringComparison.Ordinal);
            Assert.Equal(0, device.ReferenceCount);
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
        }, SampleHost.Iterations);

    [Fact]
    public void IoctlApp_DriverNotLoaded_FailsWithFileNotFound() =>
        ScheduleAssert.Explore(machine =>
        {

            var app = machine.RunClient("ioctlapp", IoctlApp.Main);

            Assert.Equal(1, app.ExitCode);
            Assert.Equal("ioctlapp: CreateFile(\\\\.\\IoctlTest) failed, error 2\n", app.Output);
            Assert.Null(machine.BugCheck);
        }, SampleHost.Iterations);

    [Fact]
    public void MethodNeither_UserBuffers_DriverSeesTheAppsOwnAddresses() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            PVOID input = default, output = default;
            uint returned = 0;
            var reply = "";
            var app = machine.RunClient("neither", args =>
            {
                var h = Open();
                input = VirtualAlloc(default, 4096, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                output = VirtualAlloc(default, 4096, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                Encoding.ASCII.GetBytes("user pages\0").CopyTo(input.AsSpan(11));
                var ok = DeviceIoControl(h, IOCTL_SIOCTL_METHOD_NEITHER, input, 11, output, 100, out returned, null);
                reply = Encoding.ASCII.GetString(output.AsReadOnlySpan((int)returned));
                CloseHandle(h);
                return ok ? 0 : 1;
            });

            Assert.Equal(0, app.ExitCode);
            Assert.Equal((uint)SioctlRequests.Reply.Length, returned);
            Assert.Equal(SioctlDriver.Reply + "\0", reply);
            var debug = machine.DebugText();
            Assert.Contains($"SIOCTL:   Parameters.DeviceIoControl.Type3InputBuffer = {input.Address:X16}\n", debug, StringComparison.Ordinal);
            Assert.Contains($"SIOCTL:   Irp->UserBuffer = {output.Address:X16}\n", debug, StringComparison.Ordinal);
            Assert.Contains("SIOCTL: input: user pages\n", debug, StringComparison.Ordinal);
            Assert.True(input.Address < 0x0000_8000_0000_0000UL);
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
        }, SampleHost.Iterations);

    [Fact]
    public void MethodNeither_BuffersOverTwoAdjacentAllocations_DriverReadsAndWritesAcrossTheSeam() =>
        ScheduleAssert.Explore(machine =>
        {
            // Both buffers run from the end of one 64 KiB allocation into the next: the driver reads the
            // input at its user address and writes the reply through the system mapping of its MDL.
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            uint returned = 0;
            var reply = "";
            var app = machine.RunClient("seams", args =>
            {
                var h = Open();
                var a = VirtualAlloc(default, 0x10000, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                var b = VirtualAlloc(default, 0x10000, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                if (b != a + 0x10000)
                {
                    return 2;
                }

                var input = b - 6;
                var output = b - 0x10;
                Encoding.ASCII.GetBytes("user pages\0").CopyTo(input.AsSpan(11));
                var ok = DeviceIoControl(h, IOCTL_SIOCTL_METHOD_NEITHER, input, 11, output, 100, out returned, null);
                reply = Encoding.ASCII.GetString(output.AsReadOnlySpan((int)returned));
                CloseHandle(h);
                return ok ? 0 : 1;
            });

            Assert.Equal(0, app.ExitCode);
            Assert.Null(machine.BugCheck);
            Assert.Equal((uint)SioctlRequests.Reply.Length, returned);
            Assert.Equal(SioctlDriver.Reply + "\0", reply);
            Assert.Contains("SIOCTL: input: user pages\n", machine.DebugText(), StringComparison.Ordinal);
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
        }, SampleHost.Iterations);

    [Fact]
    public void MethodNeither_UserPassesKernelOutputAddress_ProbeFailsWithNoAccess() =>
        ScheduleAssert.Explore(machine =>
        {
            // The driver's ProbeForWrite rejects an address outside user space (and its
            // MmProbeAndLockPages with the requestor's mode, UserMode, would reject it next).
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            var kernelAddress = new PVOID(0xFFFF_A50F_0000_0000);
            uint error = 0;
            var app = machine.RunClient("attacker", args =>
            {
                var h = Open();
                var input = VirtualAlloc(default, 4096, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                var ok = DeviceIoControl(h, IOCTL_SIOCTL_METHOD_NEITHER, input, 16, kernelAddress, 100, out _, null);
                error = GetLastError();
                CloseHandle(h);
                return ok ? 1 : 0;
            });

            Assert.Equal(0, app.ExitCode);
            Assert.Equal(ERROR_NOACCESS, error);
            Assert.Contains("SIOCTL: exception 0xC0000005 while touching the caller's buffers\n", machine.DebugText(), StringComparison.Ordinal);
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
        }, SampleHost.Iterations);

    [Fact]
    public void MethodNeither_UserPassesKernelInputAddress_ProbeFailsWithNoAccess() =>
        ScheduleAssert.Explore(machine =>
        {
            // Without ProbeForRead the driver would read (and print) kernel memory the application
            // pointed it at: the input of METHOD_NEITHER is touched in place.
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            var secret = PVOID.NULL;
            machine.RunToCompletion(() => secret = SioctlRequests.AllocateString("kernel secret", out _));
            uint error = 0;
            var app = machine.RunClient("attacker", args =>
            {
                var h = Open();
                var output = VirtualAlloc(default, 4096, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                var ok = DeviceIoControl(h, IOCTL_SIOCTL_METHOD_NEITHER, secret, 14, output, 100, out _, null);
                error = GetLastError();
                CloseHandle(h);
                return ok ? 1 : 0;
            });

            Assert.Equal(0, app.ExitCode);
            Assert.Equal(ERROR_NOACCESS, error);
            Assert.DoesNotContain("kernel secret", machine.DebugText(), StringComparison.Ordinal);
            machine.RunToCompletion(() => KernelRequests.Free(secret));
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
            KernelRequests.AssertAllFreed(machine);
        }, SampleHost.Iterations);

    [Fact]
    public void MethodNeither_OutputFreedBeforeTheCall_ProbeFailsWithNoAccess() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            uint error = 0;
            var app = machine.RunClient("stale", args =>
            {
                var h = Open();
                var input = VirtualAlloc(default, 4096, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                var output = VirtualAlloc(default, 4096, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                VirtualFree(output, 0, MEM_RELEASE);
                var ok = DeviceIoControl(h, IOCTL_SIOCTL_METHOD_NEITHER, input, 16, output, 100, out _, null);
                error = GetLastError();
                CloseHandle(h);
                return ok ? 1 : 0;
            });

            Assert.Equal(0, app.ExitCode);
            Assert.Equal(ERROR_NOACCESS, error);
            Assert.Null(machine.BugCheck);
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
        }, SampleHost.Iterations);

    [Fact]
    public void MethodNeither_InputLengthAboveTwoGigabytes_FaultsAtTheBuffersEndIntoAStatus() =>
        ScheduleAssert.Explore(machine =>
        {
            // A ULONG length past 2 GB still lies in user space, so ProbeForRead passes; the driver then
            // reads the input until it faults on the free page after it, as the C sample's PrintChars
            // does, and returns the exception's status instead of bringing the machine down.
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            uint error = 0;
            var app = machine.RunClient("hostile", args =>
            {
                var h = Open();
                // One page, and no NUL in it: the page after it is not allocated.
                var input = VirtualAlloc(default, 4096, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                input.AsSpan(4096).Fill((byte)'A');
                var output = VirtualAlloc(default, 4096, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                var ok = DeviceIoControl(h, IOCTL_SIOCTL_METHOD_NEITHER, input, 0x8000_0010, output, 100, out _, null);
                error = GetLastError();
                CloseHandle(h);
                return ok ? 1 : 0;
            });

            Assert.True(machine.BugCheck is null, machine.BugCheck?.Account);
            Assert.Equal(0, app.ExitCode);
            Assert.Equal(ERROR_NOACCESS, error);
            Assert.Contains("SIOCTL: exception 0xC0000005 while touching the caller's buffers\n", machine.DebugText(), StringComparison.Ordinal);
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
        }, SampleHost.Iterations);

    [Fact]
    public void MethodOutDirect_KernelOutputAddress_RejectedByTheIoManagerBeforeTheDriver() =>
        ScheduleAssert.Explore(machine =>
        {
            // With direct I/O the I/O manager probes and locks the buffer for the caller's mode itself,
            // so the driver never sees a request with a kernel address in it.
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            uint error = 0;
            var app = machine.RunClient("attacker", args =>
            {
                var h = Open();
                var input = VirtualAlloc(default, 4096, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                var ok = DeviceIoControl(h, IOCTL_SIOCTL_METHOD_OUT_DIRECT, input, 16, new PVOID(0xFFFF_A50F_0000_0000), 100, out _, null);
                error = GetLastError();
                CloseHandle(h);
                return ok ? 1 : 0;
            });

            Assert.Equal(0, app.ExitCode);
            Assert.Equal(ERROR_NOACCESS, error);
            Assert.Equal(0, machine.IoManager.Served(IRP_MJ_DEVICE_CONTROL));
            Assert.DoesNotContain("METHOD_OUT_DIRECT", machine.DebugText(), StringComparison.Ordinal);
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
        }, SampleHost.Iterations);

    [Fact]
    public void MethodOutDirect_UserPages_ReplyWrittenInPlace() =>
        ScheduleAssert.Explore(machine =>
        {
            var device = machine.StartDriver<SioctlDriver>(SioctlRequests.Service).DeviceObject!;
            byte[] output = [];
            uint returned = 0;
            var app = machine.RunClient("direct", args =>
            {
                var h = Open();
                var input = VirtualAlloc(default, 4096, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                var outBuf = VirtualAlloc(default, 8192, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
                outBuf.AsSpan(8192).Fill(0xCC);
                Encoding.ASCII.GetBytes("x\0").CopyTo(input.AsSpan(2));

                // The output straddles a page boundary: the MDL describes two pages.
                var ok = DeviceIoControl(h, IOCTL_SIOCTL_METHOD_OUT_DIRECT, input, 2, outBuf + 4080, 64, out returned, null);
                output = outBuf.AsReadOnlySpan(8192).ToArray();
                CloseHandle(h);
                return ok ? 0 : 1;
            });

            Assert.Equal(0, app.ExitCode);
            Assert.Equal((uint)SioctlRequests.Reply.Length, returned);
            Assert.Equal(SioctlRequests.Reply, output[4080..(4080 + SioctlRequests.Reply.Length)]);
            Assert.All(output[..4080], b => Assert.Equal(0xCC, b));
            Assert.All(output[(4080 + SioctlRequests.Reply.Length)..], b => Assert.Equal(0xCC, b));
            machine.StopDriverAndCheckMachine(SioctlRequests.Service);
        }, SampleHost.Iterations);
}
