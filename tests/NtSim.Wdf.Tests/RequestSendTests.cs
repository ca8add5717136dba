using System.Text;
using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Win32;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>WdfRequestSend from a filter: a request the framework received goes down with its IRP
/// to the local target; the completion routine runs when the lower driver completes it.</summary>
public sealed class RequestSendTests
{
    [Fact]
    public void FilterOverFunctionDriver_ForwardsWithCompletionRoutine_AndCompletesWithTheLowerStatus()
    {
        using var machine = MachineAssert.Boot(seed: 31);
        machine.Services.Install<EchoLikeDriver>("echofn");
        machine.Services.Install<ForwardingFilterDriver>("echofilt");
        KmdfRig.ReportWithoutBreak(machine, "echofn");
        KmdfRig.ReportWithoutBreak(machine, "echofilt");
        var path = machine.Pnp.CreateRootDevice("echofn", [@"root\echofn"], service: "echofn", upperFilters: ["echofilt"]);
        Assert.Equal(DeviceNodeState.DeviceNodeStarted, machine.Pnp.Find(path)!.State);

        var app = machine.StartProcess("echoapp", _ =>
        {
            var name = KmdfRig.FirstInterface(EchoLikeDriver.Interface)!;
            var h = CreateFile(name, GENERIC_READ | GENERIC_WRITE, 0, null, OPEN_EXISTING, 0, default);
            if (h == INVALID_HANDLE_VALUE)
            {
                return 1;
            }

            var data = Encoding.ASCII.GetBytes("through the filter");
            WriteFile(h, data, (uint)data.Length, out var written, null);
            var back = new byte[64];
            ReadFile(h, back, (uint)back.Length, out var read, null);
            var ioctl = DeviceIoControl(h, 0x222003, null, 0, null, 0, out uint returned, null);
            var error = GetLastError();
            CloseHandle(h);
            printf("%u %u %s %d %u\n", written, read, Encoding.ASCII.GetString(back, 0, (int)read), ioctl ? 1 : 0, error);
            return 0;
        });
        MachineAssert.Completed(machine, app.WaitForExit());

        // The IOCTL went down send-and-forget; the echo driver has no IOCTL handler and fails it
        // (STATUS_INVALID_DEVICE_REQUEST, ERROR_INVALID_FUNCTION).
        Assert.Equal($"18 18 through the filter 0 1\n", app.Output);
        var lines = machine.DebugOutput.Messages.Select(m => m.Text).Where(t => t.StartsWith("filter:", StringComparison.Ordinal)).ToList();
        Assert.Equal(["filter: below root\\echofn\n", "filter: completed 0x00000000 18 local\n", "filter: completed 0x00000000 18 local\n"], lines);
    }

    [Fact]
    public void FormatRequestUsingCurrentType_OnAControlDevice_BugChecksNoMoreStackLocations()
    {
        using var machine = MachineAssert.Boot(seed: 32);
        var irpText = "";
        KmdfScenarioDriver.Install(machine, "nostack", s =>
        {
            WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var config, WdfIoQueueDispatchSequential);
            config.EvtIoRead = (queue, request, length) =>
            {
                irpText = WdfRequestWdmGetIrp(request)!.ToString();
                WdfRequestFormatRequestUsingCurrentType(request);
            };
            WdfIoQueueCreate(s.Device, config, WDF_NO_OBJECT_ATTRIBUTES, out _);
            WdfDeviceCreateSymbolicLink(s.Device, new UNICODE_STRING(@"\DosDevices\NtSimNoStack"));
        }, deviceName: @"\Device\NtSimNoStack");
        MachineAssert.Completed(machine, machine.Services.Start("nostack"));

        var app = machine.StartProcess("reader", _ =>
        {
            var h = CreateFile(@"\\.\NtSimNoStack", GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
            var buffer = new byte[4];
            var ok = ReadFile(h, buffer, 4, out uint read, null);
            printf("%d %d %u\n", h == INVALID_HANDLE_VALUE ? 1 : 0, ok ? 1 : 0, GetLastError());
            return 0;
        });
        var status = app.WaitForExit();
        Assert.True(status == RunStatus.BugCheck, app.Output);
        var globals = FxLibrary.Of(machine).Clients.Single().Address;

        // "IRP@<address> (current/count)": a control device's IRP has one location, its own.
        Assert.EndsWith(" (1/1)", irpText);
        var irpAddress = Convert.ToUInt64(irpText[4..irpText.IndexOf(' ')], 16);
        MachineAssert.BugCheck(machine, status, WDF_VIOLATION, WDF_REQUEST_FATAL_ERROR, WDF_REQUEST_FATAL_ERROR_NO_MORE_STACK_LOCATIONS, irpAddress, globals);
    }

    [Fact]
    public void WdmFormatUsingStackLocation_OnACreatedRequestWithoutIrp_BugChecksNullIrp()
    {
        using var machine = MachineAssert.Boot(seed: 33);
        ulong handle = 0;
        KmdfScenarioDriver.Install(machine, "nullirp", s =>
        {
            // No target at creation: the request gets its IRP only when a format-for call names one.
            WdfRequestCreate(WDF_NO_OBJECT_ATTRIBUTES, default, out var request);
            handle = request.Value;
            var stack = new IO_STACK_LOCATION { MajorFunction = IRP_MJ_READ };
            WdfRequestWdmFormatUsingStackLocation(request, stack);
        });

        var status = machine.Services.Start("nullirp");
        var globals = FxLibrary.Of(machine).Clients.Single().Address;
        MachineAssert.BugCheck(machine, status, WDF_VIOLATION, WDF_REQUEST_FATAL_ERROR, WDF_REQUEST_FATAL_ERROR_NULL_IRP, handle, globals);
    }

    [Fact]
    public void WdfRequestSend_QueueRequestWithoutCompletionRoutine_FailsWithInvalidDeviceRequest()
    {
        using var machine = MachineAssert.Boot(seed: 34);
        machine.Services.Install<TargetWdmDriver>("ntsimtgt");
        MachineAssert.Completed(machine, machine.Services.Start("ntsimtgt"));
        var facts = new List<string>();
        KmdfScenarioDriver.Install(machine, "nocompletion", s =>
        {
            WdfIoTargetCreate(s.Device, WDF_NO_OBJECT_ATTRIBUTES, out var target);
            WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(out var open, new UNICODE_STRING(TargetWdmDriver.DeviceName), GENERIC_READ);
            WdfIoTargetOpen(target, open);
            WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var config, WdfIoQueueDispatchSequential);
            config.EvtIoRead = (queue, request, length) =>
            {
                WdfRequestRetrieveOutputMemory(request, out var memory);
                WdfIoTargetFormatRequestForRead(target, request, memory, null, null);
                var sent = WdfRequestSend(request, target, WDF_NO_SEND_OPTIONS);
                facts.Add($"{sent} 0x{(uint)WdfRequestGetStatus(request):x8}");
                WdfRequestComplete(request, WdfRequestGetStatus(request));
            };
            WdfIoQueueCreate(s.Device, config, WDF_NO_OBJECT_ATTRIBUTES, out _);
            WdfDeviceCreateSymbolicLink(s.Device, new UNICODE_STRING(@"\DosDevices\NtSimNoCompletion"));
        }, deviceName: @"\Device\NtSimNoCompletion");
        MachineAssert.Completed(machine, machine.Services.Start("nocompletion"));

        var app = machine.StartProcess("reader", _ =>
        {
            var h = CreateFile(@"\\.\NtSimNoCompletion", GENERIC_READ, 0, null, OPEN_EXISTING, 0, default);
            var buffer = new byte[4];
            var ok = ReadFile(h, buffer, 4, out uint read, null);
            CloseHandle(h);
            printf("%d %u\n", ok ? 1 : 0, GetLastError());
            return 0;
        });
        MachineAssert.Completed(machine, app.WaitForExit());
        Assert.Equal(["False 0xc0000010"], facts);
        Assert.Equal("0 1\n", app.Output);
        Assert.Contains(machine.DebugOutput.Messages, m => m.Text.StartsWith("WDF detected potentially invalid operation by nocompletion.sys", StringComparison.Ordinal));

        // The system buffer the format made for the buffered target went back when the send failed.
        var report = machine.Services.Stop("nocompletion");
        Assert.True(report.IsClean, report.ToString());
        FrameworkPoolAssert.NothingLeft(machine, "nocompletion");
    }
}
