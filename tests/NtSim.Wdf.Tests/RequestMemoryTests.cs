using System.Text;
using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Win32;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>WdfRequestRetrieve{Input,Output}{Memory,WdmMdl}: a request's buffers as memory objects and
/// MDLs, read-only where the framework says so, and gone with the request's completion.</summary>
public sealed class RequestMemoryTests
{
    [Fact]
    public void RetrieveMemory_BufferedWriteAndRead_CopyThroughTheRequestsMemory()
    {
        using var machine = MachineAssert.Boot(seed: 41);
        var stored = Array.Empty<byte>();
        var writeFacts = new List<string>();
        PVOID afterCompletion = new(1);
        KmdfScenarioDriver.Install(machine, "reqmem", s =>
        {
            WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var config, WdfIoQueueDispatchSequential);
            config.EvtIoWrite = (queue, request, length) =>
            {
                var status = WdfRequestRetrieveInputMemory(request, out var memory);
                var buffer = WdfMemoryGetBuffer(memory, out var size);
                stored = buffer.AsReadOnlySpan((int)size).ToArray();
                writeFacts.Add($"input 0x{(uint)status:x8} {size}");
                writeFacts.Add($"input is read-only: 0x{(uint)WdfMemoryCopyFromBuffer(memory, 0, buffer, 1):x8}");
                writeFacts.Add($"output of a write: 0x{(uint)WdfRequestRetrieveOutputMemory(request, out _):x8}");
                WdfRequestRetrieveInputWdmMdl(request, out var mdl);
                writeFacts.Add($"mdl {MmGetMdlByteCount(mdl!)} {MmGetSystemAddressForMdlSafe(mdl!, NormalPagePriority) == buffer}");
                WdfRequestCompleteWithInformation(request, STATUS_SUCCESS, size);

                // The request's memory describes nothing once the request is completed.
                afterCompletion = WdfMemoryGetBuffer(memory, out _);
            };
            config.EvtIoRead = (queue, request, length) =>
            {
                WdfRequestRetrieveOutputMemory(request, out var memory);
                var source = ExAllocatePoolZero(NonPagedPoolNx, (ulong)stored.Length, TAG("RqMm"));
                stored.CopyTo(source.AsSpan(stored.Length));
                var status = WdfMemoryCopyFromBuffer(memory, 0, source, (ulong)stored.Length);
                ExFreePoolWithTag(source, TAG("RqMm"));
                WdfRequestCompleteWithInformation(request, status, (ulong)stored.Length);
            };
            WdfIoQueueCreate(s.Device, config, WDF_NO_OBJECT_ATTRIBUTES, out _);
            WdfDeviceCreateSymbolicLink(s.Device, new UNICODE_STRING(@"\DosDevices\NtSimReqMem"));
        }, deviceName: @"\Device\NtSimReqMem");
        MachineAssert.Completed(machine, machine.Services.Start("reqmem"));

        var app = machine.StartProcess("memapp", _ =>
        {
            var h = CreateFile(@"\\.\NtSimReqMem", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            var data = Encoding.ASCII.GetBytes("request memory");
            WriteFile(h, data, (uint)data.Length, out var written, null);
            var back = new byte[32];
            ReadFile(h, back, (uint)back.Length, out var read, null);
            CloseHandle(h);
            printf("%u %s\n", written, Encoding.ASCII.GetString(back, 0, (int)read));
            return 0;
        });
        MachineAssert.Completed(machine, app.WaitForExit());
        Assert.Equal("14 request memory\n", app.Output);
        Assert.Equal(
            [
                "input 0x00000000 14",
                "input is read-only: 0xc0000005",
                "output of a write: 0xc0000010",
                "mdl 14 True",
            ],
            writeFacts);
        Assert.True(afterCompletion.IsNull);
        var report = machine.Services.Stop("reqmem");
        Assert.True(report.IsClean, report.ToString());
        FrameworkPoolAssert.NothingLeft(machine, "reqmem");
    }

    private static readonly uint IOCTL_NEITHER_REVERSE = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x910, METHOD_NEITHER, FILE_ANY_ACCESS);

    [Fact]
    public void ProbeAndLockUserBuffer_InCallerContext_GivesMemoryOverTheUsersBuffers()
    {
        using var machine = MachineAssert.Boot(seed: 42);
        var facts = new List<string>();
        KmdfScenarioDriver.Install(machine, "neither", s =>
        {
            WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var config, WdfIoQueueDispatchSequential);
            config.EvtIoDeviceControl = (queue, request, output, input, code) =>
            {
                // Out of the caller's context the user's buffers are out of reach.
                facts.Add($"queued 0x{(uint)WdfRequestRetrieveUnsafeUserInputBuffer(request, 0, out _, out _):x8}");
                WdfRequestComplete(request, STATUS_SUCCESS);
            };
            WdfIoQueueCreate(s.Device, config, WDF_NO_OBJECT_ATTRIBUTES, out _);
            WdfDeviceCreateSymbolicLink(s.Device, new UNICODE_STRING(@"\DosDevices\NtSimNeither"));
        }, deviceName: @"\Device\NtSimNeither", configure: init => WdfDeviceInitSetIoInCallerContextCallback(init, NeitherEvtIoInCallerContext));
        void NeitherEvtIoInCallerContext(WDFDEVICE Device, WDFREQUEST Request)
        {
            WDF_REQUEST_PARAMETERS_INIT(out var parameters);
            WdfRequestGetParameters(Request, parameters);
            if (parameters.Parameters.DeviceIoControl.IoControlCode != IOCTL_NEITHER_REVERSE)
            {
                WdfDeviceEnqueueRequest(Device, Request);
                return;
            }

            var status = WdfRequestRetrieveUnsafeUserInputBuffer(Request, 1, out var inputBuffer, out var inputLength);
            if (NT_SUCCESS(status))
            {
                status = WdfRequestProbeAndLockUserBufferForRead(Request, inputBuffer, inputLength, out var input);
                facts.Add($"probe input 0x{(uint)status:x8}");
                if (NT_SUCCESS(status))
                {
                    WdfRequestRetrieveUnsafeUserOutputBuffer(Request, inputLength, out var outputBuffer, out var outputLength);
                    status = WdfRequestProbeAndLockUserBufferForWrite(Request, outputBuffer, outputLength, out var output);
                    if (!NT_SUCCESS(status))
                    {
                        WdfRequestComplete(Request, status);
                        return;
                    }

                    var from = WdfMemoryGetBuffer(input, out var length);
                    var to = WdfMemoryGetBuffer(output);
                    from.AsReadOnlySpan((int)length).CopyTo(to.AsSpan((int)length));
                    to.AsSpan((int)length).Reverse();
                    WdfRequestCompleteWithInformation(Request, status, length);
                    return;
                }
            }

            WdfRequestComplete(Request, status);
        }

        MachineAssert.Completed(machine, machine.Services.Start("neither"));
        var app = machine.StartProcess("neitherapp", _ =>
        {
            var h = CreateFile(@"\\.\NtSimNeither", GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            var input = Encoding.ASCII.GetBytes("neither");
            var output = new byte[16];
            var ok = DeviceIoControl(h, IOCTL_NEITHER_REVERSE, input, (uint)input.Length, output, (uint)output.Length, out var returned, null);

            // A user pointer to nothing: the probe fails, the driver completes with its status.
            var bad = DeviceIoControl(h, IOCTL_NEITHER_REVERSE, new PVOID(0x7FF0_0000_0000), 8, new PVOID(0x7FF0_0001_0000), 8, out uint none, null);
            var badError = GetLastError();
            var queued = DeviceIoControl(h, CTL_CODE(FILE_DEVICE_UNKNOWN, 0x911, METHOD_NEITHER, FILE_ANY_ACCESS), null, 0, null, 0, out uint zero, null);
            CloseHandle(h);
            printf("%d %s %d %u %d\n", ok ? 1 : 0, Encoding.ASCII.GetString(output, 0, (int)returned), bad ? 1 : 0, badError, queued ? 1 : 0);
            return 0;
        });
        MachineAssert.Completed(machine, app.WaitForExit());

        // STATUS_ACCESS_VIOLATION reaches the application as ERROR_NOACCESS (998).
        Assert.Equal("1 rehtien 0 998 1\n", app.Output);
        Assert.Equal(["probe input 0x00000000", "probe input 0xc0000005", "queued 0xc0000010"], facts);
        var report = machine.Services.Stop("neither");
        Assert.True(report.IsClean, report.ToString());
        FrameworkPoolAssert.NothingLeft(machine, "neither");
    }
}
