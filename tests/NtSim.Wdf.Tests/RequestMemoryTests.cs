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
    }
}
