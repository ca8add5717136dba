using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>The dispatch types (kmdf.md §3.3): sequential presents one request at a time, parallel up
/// to NumberOfPresentedRequests, manual never (ReadyNotify tells the driver when to retrieve).</summary>
public sealed class QueueDispatchTests
{
    private static QueueLab Lab(Machine machine, WDF_IO_QUEUE_DISPATCH_TYPE type, uint presented = uint.MaxValue)
    {
        QueueLab.Start(machine, lab =>
        {
            WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var config, type);
            if (type != WdfIoQueueDispatchManual)
            {
                config.EvtIoRead = lab.Keep("q");
            }

            if (type == WdfIoQueueDispatchParallel)
            {
                config.Settings.Parallel.NumberOfPresentedRequests = presented;
            }

            lab.CreateQueue("q", config);
        });
        return QueueStateTests.QueueLabOf(machine);
    }

    [Fact]
    public void Sequential_PresentsOneAtATime_NextWhenTheFirstCompletes()
    {
        using var machine = MachineAssert.Boot(seed: 11);
        var lab = Lab(machine, WdfIoQueueDispatchSequential);
        var app = LabClient.StartReads(machine, LabClient.Overlapped(3));
        Assert.Single(lab.Held);
        uint queued = 0, owned = 0;
        LabClient.Kernel(machine, () => WdfIoQueueGetState(lab.Queues["q"], out queued, out owned));
        Assert.Equal((2u, 1u), (queued, owned));

        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS));
        Assert.Single(lab.Held);
        Assert.Equal(2, lab.Log.Count);
        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS));
        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS));
        LabClient.Finish(machine, app);
        Assert.Equal(3, lab.Log.Count);
    }

    [Fact]
    public void Parallel_PresentsUpToNumberOfPresentedRequests()
    {
        using var machine = MachineAssert.Boot(seed: 12);
        var lab = Lab(machine, WdfIoQueueDispatchParallel, presented: 2);
        var app = LabClient.StartReads(machine, LabClient.Overlapped(3));
        Assert.Equal(2, lab.Held.Count);
        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS));
        Assert.Equal(2, lab.Held.Count);
        Assert.Equal(3, lab.Log.Count);
        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS));
        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS));
        LabClient.Finish(machine, app);
    }

    [Fact]
    public void Parallel_Unlimited_PresentsEveryRequestAtOnce()
    {
        using var machine = MachineAssert.Boot(seed: 13);
        var lab = Lab(machine, WdfIoQueueDispatchParallel);
        var app = LabClient.StartReads(machine, LabClient.Overlapped(4));
        Assert.Equal(4, lab.Held.Count);
        LabClient.Kernel(machine, () =>
        {
            while (lab.Held.Count > 0)
            {
                lab.CompleteOldest(STATUS_SUCCESS);
            }
        });
        LabClient.Finish(machine, app);
    }

    [Fact]
    public void ReadyNotify_ManualQueue_CalledWhenItGoesFromEmptyToNotEmpty()
    {
        using var machine = MachineAssert.Boot(seed: 14);
        var lab = Lab(machine, WdfIoQueueDispatchManual);
        var q = lab.Queues["q"];
        NTSTATUS first = default, second = default;
        LabClient.Kernel(machine, () =>
        {
            first = WdfIoQueueReadyNotify(q, lab.Note("ready"), null);
            second = WdfIoQueueReadyNotify(q, lab.Note("again"), null);
        });
        Assert.Equal(STATUS_SUCCESS, first);
        Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, second);
        Assert.Empty(lab.Log);

        var reads = LabClient.Overlapped(2);
        var app = LabClient.StartReads(machine, reads);
        Assert.Equal(["ready"], lab.Log);

        // Retrieved to empty, then a new request: ready again.
        LabClient.Kernel(machine, () =>
        {
            while (NT_SUCCESS(WdfIoQueueRetrieveNextRequest(q, out var request)))
            {
                WdfRequestComplete(request, STATUS_SUCCESS);
            }
        });
        LabClient.Finish(machine, app);
        var more = LabClient.StartReads(machine, LabClient.Overlapped(1));
        Assert.Equal(["ready", "ready"], lab.Log);

        // Unregistering needs a stopped queue.
        NTSTATUS running = default, stopped = default;
        LabClient.Kernel(machine, () =>
        {
            running = WdfIoQueueReadyNotify(q, null, null);
            WdfIoQueueStop(q, null, null);
            stopped = WdfIoQueueReadyNotify(q, null, null);
            WdfIoQueuePurge(q, null, null);
        });
        Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, running);
        Assert.Equal(STATUS_SUCCESS, stopped);
        LabClient.Finish(machine, more);
    }

    [Fact]
    public void ReadyNotify_SequentialQueue_InvalidDeviceRequest()
    {
        using var machine = MachineAssert.Boot(seed: 15);
        var lab = Lab(machine, WdfIoQueueDispatchSequential);
        NTSTATUS status = default;
        LabClient.Kernel(machine, () => status = WdfIoQueueReadyNotify(lab.Queues["q"], lab.Note("ready"), null));
        Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, status);
    }
}
