using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>WdfIoQueueStop, Drain, Purge, StopAndPurge (and their Synchronously forms), Start and
/// ReadyNotify: which requests go on, which fail, and when EvtIoQueueState runs (kmdf.md §3.4).</summary>
public sealed class QueueStateTests
{
    private static QueueLab SequentialLab(Machine machine, EVT_WDF_REQUEST_CANCEL? cancelable = null)
    {
        QueueLab.Start(machine, lab =>
        {
            WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var config, WdfIoQueueDispatchSequential);
            config.EvtIoRead = (queue, request, length) =>
            {
                lab.Log.Add("q:read");
                lab.Held.Add(request);
                if (cancelable is not null)
                {
                    WdfRequestMarkCancelable(request, cancelable);
                }
            };
            lab.CreateQueue("q", config);
        });
        return QueueLabOf(machine);
    }

    internal static QueueLab QueueLabOf(Machine machine) => QueueLab.Of(new WDFDRIVER(FxLibrary.Of(machine).Clients.Single(c => c.ServiceName == "QueueLab").Driver));

    [Fact]
    public void Stop_DriverOwnsOne_CallbackAfterItCompletesAndTheNextWaitsForStart()
    {
        using var machine = MachineAssert.Boot(seed: 1);
        var lab = SequentialLab(machine);
        var reads = LabClient.Overlapped(2);
        var app = LabClient.StartReads(machine, reads);
        var q = lab.Queues["q"];
        Assert.Equal(["q:read"], lab.Log);

        LabClient.Kernel(machine, () => WdfIoQueueStop(q, lab.Note("stopped"), null));
        Assert.Equal(["q:read"], lab.Log);
        var state = default(WDF_IO_QUEUE_STATE);
        LabClient.Kernel(machine, () => state = WdfIoQueueGetState(q, out _, out _));
        Assert.Equal(WDF_IO_QUEUE_STATE.WdfIoQueueAcceptRequests, state & (WDF_IO_QUEUE_STATE.WdfIoQueueAcceptRequests | WDF_IO_QUEUE_STATE.WdfIoQueueDispatchRequests));

        // The driver completes what it owns: the stop is done, and the waiting read stays waiting.
        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS));
        Assert.Equal(["q:read", "stopped"], lab.Log);
        LabClient.Kernel(machine, () => state = WdfIoQueueGetState(q, out _, out _));
        Assert.True(WDF_IO_QUEUE_STOPPED(state));

        LabClient.Kernel(machine, () => WdfIoQueueStart(q));
        Assert.Equal(["q:read", "stopped", "q:read"], lab.Log);
        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS));
        LabClient.Finish(machine, app);
        Assert.All(reads, r => Assert.Equal(STATUS_SUCCESS, r.Internal));
    }

    [Fact]
    public void Drain_NewRequestsFailInvalidDeviceState_QueuedOnesStillPresented_CallbackWhenEmpty()
    {
        using var machine = MachineAssert.Boot(seed: 2);
        var lab = SequentialLab(machine);
        var reads = LabClient.Overlapped(2);
        var app = LabClient.StartReads(machine, reads);
        var q = lab.Queues["q"];

        LabClient.Kernel(machine, () => WdfIoQueueDrain(q, lab.Note("drained"), null));
        var late = LabClient.Overlapped(1);
        var lateApp = LabClient.StartReads(machine, late);
        LabClient.Finish(machine, lateApp);
        Assert.Equal(STATUS_INVALID_DEVICE_STATE, late[0].Internal);

        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS));
        Assert.Equal(["q:read", "q:read"], lab.Log);
        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS));
        Assert.Equal(["q:read", "q:read", "drained"], lab.Log);
        var state = default(WDF_IO_QUEUE_STATE);
        LabClient.Kernel(machine, () => state = WdfIoQueueGetState(q, out _, out _));
        Assert.True(WDF_IO_QUEUE_DRAINED(state));
        LabClient.Finish(machine, app);
    }

    [Fact]
    public void Purge_WaitingCancelledCancelableOwnedCancelled_CallbackLast()
    {
        using var machine = MachineAssert.Boot(seed: 3);
        QueueLab? labRef = null;
        var lab = SequentialLab(machine, request =>
        {
            labRef!.Log.Add("EvtRequestCancel");
            labRef.Held.Remove(request);
            WdfRequestComplete(request, STATUS_CANCELLED);
        });
        labRef = lab;
        var reads = LabClient.Overlapped(3);
        var app = LabClient.StartReads(machine, reads);

        LabClient.Kernel(machine, () => WdfIoQueuePurge(lab.Queues["q"], lab.Note("purged"), null));
        Assert.Equal(["q:read", "EvtRequestCancel", "purged"], lab.Log);
        LabClient.Finish(machine, app);
        Assert.All(reads, r => Assert.Equal(STATUS_CANCELLED, r.Internal));
        var state = default(WDF_IO_QUEUE_STATE);
        LabClient.Kernel(machine, () => state = WdfIoQueueGetState(lab.Queues["q"], out _, out _));
        Assert.True(WDF_IO_QUEUE_PURGED(state));
    }

    [Fact]
    public void PurgeSynchronously_ReturnsOnlyWhenTheDriverCompletedWhatItOwned()
    {
        using var machine = MachineAssert.Boot(seed: 4);
        var lab = SequentialLab(machine);
        var reads = LabClient.Overlapped(2);
        var app = LabClient.StartReads(machine, reads);

        // A second system thread completes the held (non-cancelable) read later; the purge waits for it.
        LabClient.Kernel(machine, () =>
        {
            var q = lab.Queues["q"];
            PsCreateSystemThread(out var worker, 0, null, default, _ =>
            {
                KeDelayExecutionThread(KernelMode, false, new LARGE_INTEGER(-10_000_000));
                lab.Log.Add("completing");
                lab.CompleteOldest(STATUS_SUCCESS);
            }, null);
            ZwClose(worker);
            WdfIoQueuePurgeSynchronously(q);
            lab.Log.Add("purge returned");
        });
        Assert.Equal(["q:read", "completing", "purge returned"], lab.Log);
        LabClient.Finish(machine, app);
        Assert.Equal(STATUS_SUCCESS, reads[0].Internal);
        Assert.Equal(STATUS_CANCELLED, reads[1].Internal);
    }

    [Fact]
    public void StopAndPurge_KeepsAccepting_CancelsWaitingAndCancelable_NewRequestWaits()
    {
        using var machine = MachineAssert.Boot(seed: 5);
        QueueLab? labRef = null;
        var lab = SequentialLab(machine, request =>
        {
            labRef!.Log.Add("EvtRequestCancel");
            labRef.Held.Remove(request);
            WdfRequestComplete(request, STATUS_CANCELLED);
        });
        labRef = lab;
        var reads = LabClient.Overlapped(2);
        var app = LabClient.StartReads(machine, reads);

        LabClient.Kernel(machine, () => WdfIoQueueStopAndPurge(lab.Queues["q"], lab.Note("stopped and purged"), null));
        Assert.Equal(["q:read", "EvtRequestCancel", "stopped and purged"], lab.Log);
        LabClient.Finish(machine, app);
        Assert.All(reads, r => Assert.Equal(STATUS_CANCELLED, r.Internal));

        // Still accepting, not presenting: a new read waits until the queue starts.
        var late = LabClient.Overlapped(1);
        var lateApp = LabClient.StartReads(machine, late);
        Assert.Equal(STATUS_PENDING, late[0].Internal);
        LabClient.Kernel(machine, () => WdfIoQueueStart(lab.Queues["q"]));
        Assert.Equal("q:read", lab.Log[^1]);
        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS, unmark: true));
        LabClient.Finish(machine, lateApp);
        Assert.Equal(STATUS_SUCCESS, late[0].Internal);
    }

    [Fact]
    public void StopSynchronously_WaitsForTheOwnedRequest_DrainSynchronouslyForTheQueueToEmpty()
    {
        using var machine = MachineAssert.Boot(seed: 6);
        var lab = SequentialLab(machine);
        var reads = LabClient.Overlapped(2);
        var app = LabClient.StartReads(machine, reads);
        LabClient.Kernel(machine, () =>
        {
            var q = lab.Queues["q"];
            PsCreateSystemThread(out var worker, 0, null, default, _ =>
            {
                KeDelayExecutionThread(KernelMode, false, new LARGE_INTEGER(-10_000_000));
                lab.CompleteOldest(STATUS_SUCCESS);
            }, null);
            ZwClose(worker);
            WdfIoQueueStopSynchronously(q);
            lab.Log.Add("stop returned");
            WdfIoQueueStart(q);
            PsCreateSystemThread(out worker, 0, null, default, _ =>
            {
                KeDelayExecutionThread(KernelMode, false, new LARGE_INTEGER(-10_000_000));
                lab.CompleteOldest(STATUS_SUCCESS);
            }, null);
            ZwClose(worker);
            WdfIoQueueDrainSynchronously(q);
            lab.Log.Add("drain returned");
        });
        Assert.Equal(["q:read", "stop returned", "q:read", "drain returned"], lab.Log);
        LabClient.Finish(machine, app);
    }

    [Fact]
    public void StateChange_SecondCallbackWhileOnePending_Refused()
    {
        using var machine = MachineAssert.Boot(seed: 7);
        var lab = SequentialLab(machine);
        var reads = LabClient.Overlapped(1);
        var app = LabClient.StartReads(machine, reads);
        LabClient.Kernel(machine, () =>
        {
            WdfIoQueueStop(lab.Queues["q"], lab.Note("first"), null);
            WdfIoQueueStop(lab.Queues["q"], lab.Note("second"), null);
        });
        Assert.Contains(machine.DebugOutput.Messages, m => m.Text.Contains("WDF detected potentially invalid operation by QueueLab.sys", StringComparison.Ordinal));
        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS));
        Assert.Equal(["q:read", "first"], lab.Log);
        LabClient.Finish(machine, app);
    }
}
