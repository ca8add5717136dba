using System.Text;
using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>WdfIoTarget*: remote targets opened by name, synchronous sends, the format-for family and
/// its memory-lifetime rule, and WdfRequestSend's misuse.</summary>
public sealed class IoTargetTests
{
    private static readonly uint Tag = TAG("TgtT");

    private static Machine BootWithTarget(int seed)
    {
        var machine = MachineAssert.Boot(seed: seed);
        machine.Services.Install<TargetWdmDriver>("ntsimtgt");
        MachineAssert.Completed(machine, machine.Services.Start("ntsimtgt"));
        return machine;
    }

    private static WDFIOTARGET OpenTarget(KmdfScenario s, out NTSTATUS status)
    {
        status = WdfIoTargetCreate(s.Device, WDF_NO_OBJECT_ATTRIBUTES, out var target);
        if (!NT_SUCCESS(status))
        {
            return target;
        }

        WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(out var open, new UNICODE_STRING(TargetWdmDriver.DeviceName), GENERIC_READ | GENERIC_WRITE);
        status = WdfIoTargetOpen(target, open);
        return target;
    }

    [Fact]
    public void RemoteTargetOpenedByName_SendsIoctlAndReadSynchronously()
    {
        using var machine = BootWithTarget(21);
        NTSTATUS open = 0, ioctl = 0, read = 0;
        ulong returned = 0, bytesRead = 0;
        string reversed = "";
        byte[] readData = [];
        var states = new List<WDF_IO_TARGET_STATE>();
        var wdm = new List<bool>();
        KmdfScenarioDriver.Install(machine, "tgtsync", s =>
        {
            var target = OpenTarget(s, out open);
            states.Add(WdfIoTargetGetState(target));
            wdm.Add(WdfIoTargetWdmGetTargetDeviceObject(target)?.DriverObject.DriverName.ToString().Contains("ntsimtgt", StringComparison.OrdinalIgnoreCase) == true);
            wdm.Add(WdfIoTargetWdmGetTargetFileObject(target) is not null);
            wdm.Add(WdfIoTargetWdmGetTargetFileHandle(target) != HANDLE.NULL);
            wdm.Add(WdfIoTargetGetDevice(target) == s.Device);

            var input = ExAllocatePoolZero(NonPagedPoolNx, 6, Tag);
            Encoding.ASCII.GetBytes("abcdef").CopyTo(input.AsSpan(6));
            WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(out var inputDescriptor, input, 6);
            WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPoolNx, 0, 16, out var output, out var outputBuffer);
            WDF_MEMORY_DESCRIPTOR_INIT_HANDLE(out var outputDescriptor, output, null);
            ioctl = WdfIoTargetSendIoctlSynchronously(target, default, TargetWdmDriver.IOCTL_TARGET_REVERSE, inputDescriptor, outputDescriptor, null, out returned);
            reversed = Encoding.ASCII.GetString(outputBuffer.AsReadOnlySpan((int)returned));

            WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(out var readDescriptor, input, 4);
            read = WdfIoTargetSendReadSynchronously(target, default, readDescriptor, null, null, out bytesRead);
            readData = input.AsReadOnlySpan(4).ToArray();

            WdfIoTargetClose(target);
            states.Add(WdfIoTargetGetState(target));
            WdfObjectDelete(target);
            WdfObjectDelete(output);
            ExFreePoolWithTag(input, Tag);
        });

        MachineAssert.Completed(machine, machine.Services.Start("tgtsync"));
        Assert.Equal(STATUS_SUCCESS, open);
        Assert.Equal([true, true, true, true], wdm);
        Assert.Equal(STATUS_SUCCESS, ioctl);
        Assert.Equal(6UL, returned);
        Assert.Equal("fedcba", reversed);
        Assert.Equal(STATUS_SUCCESS, read);
        Assert.Equal(4UL, bytesRead);
        Assert.Equal(new byte[] { 0xA5, 0xA5, 0xA5, 0xA5 }, readData);
        Assert.Equal([WDF_IO_TARGET_STATE.WdfIoTargetStarted, WDF_IO_TARGET_STATE.WdfIoTargetClosed], states);
        var report = machine.Services.Stop("tgtsync");
        Assert.True(report.IsClean, report.ToString());
        FrameworkPoolAssert.NothingLeft(machine, "tgtsync");
        Assert.True(machine.Services.Stop("ntsimtgt").IsClean);
    }

    [Fact]
    public void FormatRequestForIoctl_HoldsItsMemoryUntilTheRequestIsReused()
    {
        using var machine = BootWithTarget(22);
        var destroyedAfterDelete = true;
        var destroyedAfterSend = true;
        var destroyedAfterReuse = false;
        var sent = false;
        NTSTATUS status = 0;
        var parameters = new WDF_REQUEST_COMPLETION_PARAMS();
        var outputMatches = false;
        KmdfScenarioDriver.Install(machine, "tgtformat", s =>
        {
            var target = OpenTarget(s, out _);
            var destroyed = false;
            WDF_OBJECT_ATTRIBUTES_INIT(out var attributes);
            attributes.EvtDestroyCallback = _ => destroyed = true;
            WdfMemoryCreate(attributes, NonPagedPoolNx, 0, 3, out var input, out var inputBuffer);
            Encoding.ASCII.GetBytes("xyz").CopyTo(inputBuffer.AsSpan(3));
            WdfMemoryCreate(WDF_NO_OBJECT_ATTRIBUTES, NonPagedPoolNx, 0, 8, out var output, out _);
            WdfRequestCreate(WDF_NO_OBJECT_ATTRIBUTES, target, out var request);
            WdfIoTargetFormatRequestForIoctl(target, request, TargetWdmDriver.IOCTL_TARGET_REVERSE, input, null, output, null);

            // The driver lets go of the memory; the formatted request still holds it (kmdf.md §4.4).
            WdfObjectDelete(input);
            destroyedAfterDelete = destroyed;
            WDF_REQUEST_SEND_OPTIONS_INIT(out var options, WDF_REQUEST_SEND_OPTION_SYNCHRONOUS);
            sent = WdfRequestSend(request, target, options);
            status = WdfRequestGetStatus(request);
            WDF_REQUEST_COMPLETION_PARAMS_INIT(out parameters);
            WdfRequestGetCompletionParams(request, parameters);
            outputMatches = parameters.Parameters.Ioctl.Output.Buffer == output;
            destroyedAfterSend = destroyed;

            WDF_REQUEST_REUSE_PARAMS_INIT(out var reuse, WDF_REQUEST_REUSE_NO_FLAGS, STATUS_SUCCESS);
            WdfRequestReuse(request, reuse);
            destroyedAfterReuse = destroyed;
            WdfObjectDelete(request);
            WdfObjectDelete(output);
            WdfObjectDelete(target);
        });

        MachineAssert.Completed(machine, machine.Services.Start("tgtformat"));
        Assert.False(destroyedAfterDelete);
        Assert.True(sent);
        Assert.Equal(STATUS_SUCCESS, status);
        Assert.Equal(WDF_REQUEST_TYPE.WdfRequestTypeDeviceControl, parameters.Type);
        Assert.Equal(TargetWdmDriver.IOCTL_TARGET_REVERSE, parameters.Parameters.Ioctl.IoControlCode);
        Assert.Equal(3UL, parameters.Parameters.Ioctl.Output.Length);
        Assert.True(outputMatches);
        Assert.False(destroyedAfterSend);
        Assert.True(destroyedAfterReuse);
        var report = machine.Services.Stop("tgtformat");
        Assert.True(report.IsClean, report.ToString());
        FrameworkPoolAssert.NothingLeft(machine, "tgtformat");
    }

    [Fact]
    public void WdfRequestSend_AlreadySent_BugChecksRequestFatalErrorAlreadySent()
    {
        using var machine = BootWithTarget(23);
        ulong handle = 0;
        var firstSend = false;
        KmdfScenarioDriver.Install(machine, "tgttwice", s =>
        {
            var target = OpenTarget(s, out _);
            WdfRequestCreate(WDF_NO_OBJECT_ATTRIBUTES, target, out var request);
            handle = request.Value;
            WdfIoTargetFormatRequestForIoctl(target, request, TargetWdmDriver.IOCTL_TARGET_PEND, default, null, default, null);
            WdfRequestSetCompletionRoutine(request, (r, t, p, c) => { }, null);
            firstSend = WdfRequestSend(request, target, WDF_NO_SEND_OPTIONS);

            // The target still has it (the WDM driver pends the IRP): sending again is fatal.
            WdfRequestSend(request, target, WDF_NO_SEND_OPTIONS);
        });

        var status = machine.Services.Start("tgttwice");
        Assert.True(firstSend);
        var globals = FxLibrary.Of(machine).Clients.Single().Address;
        MachineAssert.BugCheck(machine, status, WDF_VIOLATION, WDF_REQUEST_FATAL_ERROR, WDF_REQUEST_FATAL_ERROR_REQUEST_ALREADY_SENT, handle, globals);
    }

    [Fact]
    public void WdfIoTargetStop_CancelSentIo_CompletesThePendedRequestCancelled()
    {
        using var machine = BootWithTarget(24);
        var completions = new List<NTSTATUS>();
        var states = new List<WDF_IO_TARGET_STATE>();
        var heldSend = false;
        KmdfScenarioDriver.Install(machine, "tgtstop", s =>
        {
            var target = OpenTarget(s, out _);
            WdfRequestCreate(WDF_NO_OBJECT_ATTRIBUTES, target, out var request);
            WdfIoTargetFormatRequestForIoctl(target, request, TargetWdmDriver.IOCTL_TARGET_PEND, default, null, default, null);
            WdfRequestSetCompletionRoutine(request, (r, t, p, c) => completions.Add(p.IoStatus.Status), null);
            WdfRequestSend(request, target, WDF_NO_SEND_OPTIONS);
            WdfIoTargetStop(target, WdfIoTargetCancelSentIo);
            states.Add(WdfIoTargetGetState(target));

            // Stopped: a new request is held in the target, not sent, until Start.
            WDF_REQUEST_REUSE_PARAMS_INIT(out var reuse, WDF_REQUEST_REUSE_NO_FLAGS, STATUS_SUCCESS);
            WdfRequestReuse(request, reuse);
            WdfIoTargetFormatRequestForIoctl(target, request, TargetWdmDriver.IOCTL_TARGET_PEND, default, null, default, null);
            WdfRequestSetCompletionRoutine(request, (r, t, p, c) => completions.Add(p.IoStatus.Status), null);
            heldSend = WdfRequestSend(request, target, WDF_NO_SEND_OPTIONS);
            WdfIoTargetPurge(target, WdfIoTargetPurgeIoAndWait);
            states.Add(WdfIoTargetGetState(target));
            WdfObjectDelete(request);
            WdfObjectDelete(target);
        });

        MachineAssert.Completed(machine, machine.Services.Start("tgtstop"));
        Assert.True(heldSend);
        Assert.Equal([STATUS_CANCELLED, STATUS_CANCELLED], completions);
        Assert.Equal([WDF_IO_TARGET_STATE.WdfIoTargetStopped, WDF_IO_TARGET_STATE.WdfIoTargetPurged], states);
        var report = machine.Services.Stop("tgtstop");
        Assert.True(report.IsClean, report.ToString());
        FrameworkPoolAssert.NothingLeft(machine, "tgtstop");
    }

    [Fact]
    public void SendSynchronously_WithTimeout_CancelsAndReturnsIoTimeout()
    {
        using var machine = BootWithTarget(25);
        NTSTATUS status = 0;
        KmdfScenarioDriver.Install(machine, "tgttimeout", s =>
        {
            var target = OpenTarget(s, out _);
            WDF_REQUEST_SEND_OPTIONS_INIT(out var options, 0);
            WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(options, -10_000_000);
            status = WdfIoTargetSendIoctlSynchronously(target, default, TargetWdmDriver.IOCTL_TARGET_PEND, null, null, options, out _);
            WdfObjectDelete(target);
        });

        MachineAssert.Completed(machine, machine.Services.Start("tgttimeout"));
        Assert.Equal(STATUS_IO_TIMEOUT, status);
        Assert.True(machine.Services.Stop("tgttimeout").IsClean);
        FrameworkPoolAssert.NothingLeft(machine, "tgttimeout");
    }

    [Fact]
    public void WdfRequestSend_AsyncWithTimeout_CompletesWithIoTimeout()
    {
        using var machine = BootWithTarget(26);
        var completions = new List<NTSTATUS>();
        var sent = false;
        KmdfScenarioDriver.Install(machine, "tgtasynctimeout", s =>
        {
            var target = OpenTarget(s, out _);
            var done = new KEVENT();
            KeInitializeEvent(done, NotificationEvent, false);
            WdfRequestCreate(WDF_NO_OBJECT_ATTRIBUTES, target, out var request);
            WdfRequestAllocateTimer(request);
            WdfIoTargetFormatRequestForIoctl(target, request, TargetWdmDriver.IOCTL_TARGET_PEND, default, null, default, null);
            WdfRequestSetCompletionRoutine(request, (r, t, p, c) =>
            {
                completions.Add(p.IoStatus.Status);
                KeSetEvent(done, IO_NO_INCREMENT, false);
            }, null);
            WDF_REQUEST_SEND_OPTIONS_INIT(out var options, 0);
            WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(options, -5_000_000);
            sent = WdfRequestSend(request, target, options);
            KeWaitForSingleObject(done, Executive, KernelMode, false, null);
            WdfObjectDelete(request);
            WdfObjectDelete(target);
        });

        MachineAssert.Completed(machine, machine.Services.Start("tgtasynctimeout"));
        Assert.True(sent);
        Assert.Equal([STATUS_IO_TIMEOUT], completions);
        Assert.True(machine.Services.Stop("tgtasynctimeout").IsClean);
        FrameworkPoolAssert.NothingLeft(machine, "tgtasynctimeout");
    }
}
