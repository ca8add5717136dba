using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.WdfTests;

/// <summary>Cancellation (kmdf.md §4.2): requests cancelled while waiting in a queue, while the driver
/// owns them cancelable or not, WdfRequestMarkCancelable(Ex), UnmarkCancelable and IsCanceled.</summary>
public sealed class RequestCancelTests
{
    /// <summary>A sequential read queue; <paramref name="onRead"/> is what its handler does after keeping the request.</summary>
    private static QueueLab Lab(Machine machine, Action<QueueLab, WDFREQUEST>? onRead = null,
        WDF_SYNCHRONIZATION_SCOPE scope = WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeInheritFromParent, bool canceledOnQueue = false)
    {
        QueueLab.Start(machine, lab =>
        {
            WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var config, WdfIoQueueDispatchSequential);
            config.EvtIoRead = (queue, request, length) =>
            {
                lab.Log.Add("q:read");
                lab.Held.Add(request);
                onRead?.Invoke(lab, request);
            };
            lab.CreateQueue("q", config);
            WDF_IO_QUEUE_CONFIG_INIT(out var manual, WdfIoQueueDispatchManual);
            if (canceledOnQueue)
            {
                manual.EvtIoCanceledOnQueue = (queue, request) =>
                {
                    lab.Log.Add("EvtIoCanceledOnQueue");
                    WdfRequestComplete(request, STATUS_CANCELLED);
                };
            }

            lab.CreateQueue("m", manual);
        }, scope: scope);
        return QueueStateTests.QueueLabOf(machine);
    }

    /// <summary>EvtRequestCancel for the lab: logs whether the queue's callback lock is held, and completes.</summary>
    private static EVT_WDF_REQUEST_CANCEL CancelRoutine(QueueLab lab) => request =>
    {
        var queue = (FxIoQueue)WdfRequestGetIoQueue(request).Target!;
        lab.Log.Add(queue.CallbackLock?.OwningThread is null ? "EvtRequestCancel" : "EvtRequestCancel (locked)");
        lab.Held.Remove(request);
        WdfRequestComplete(request, STATUS_CANCELLED);
    };

    /// <summary>A client that starts reads, sleeps a second (virtual), then cancels them all with CancelIoEx.</summary>
    private static UserProcess ReadThenCancel(Machine machine, OVERLAPPED[] reads) =>
        LabClient.StartReads(machine, reads, h =>
        {
            Sleep(1000);
            CancelIoEx(h, null);
        });

    [Fact]
    public void CancelIoEx_RequestWaitingInQueue_CompletedCancelledByTheFramework()
    {
        using var machine = MachineAssert.Boot(seed: 31);
        var lab = Lab(machine);
        var reads = LabClient.Overlapped(2);
        var app = LabClient.StartReads(machine, reads, h => CancelIoEx(h, reads[1]));
        Assert.Equal(STATUS_CANCELLED, reads[1].Internal);
        Assert.Equal(["q:read"], lab.Log);
        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS));
        LabClient.Finish(machine, app);
        Assert.Equal(STATUS_SUCCESS, reads[0].Internal);
    }

    [Fact]
    public void CancelOnQueue_RequestTheDriverHadOnce_GoesToEvtIoCanceledOnQueue_NeverSeenOnesDoNot()
    {
        using var machine = MachineAssert.Boot(seed: 32);
        var lab = Lab(machine, (l, request) =>
        {
            // The first read is handed on to the manual queue (the driver had it: EvtIoCanceledOnQueue applies).
            l.Held.Remove(request);
            Assert.Equal(STATUS_SUCCESS, WdfRequestForwardToIoQueue(request, l.Queues["m"]));
        }, canceledOnQueue: true);
        var reads = LabClient.Overlapped(1);
        var app = ReadThenCancel(machine, reads);
        MachineAssert.Completed(machine, machine.AdvanceTime(TimeSpan.FromSeconds(2)));
        LabClient.Finish(machine, app);
        Assert.Equal(["q:read", "EvtIoCanceledOnQueue"], lab.Log);
        Assert.Equal(STATUS_CANCELLED, reads[0].Internal);
    }

    [Fact]
    public void MarkCancelable_CancelIoEx_EvtRequestCancelRunsUnderTheDeviceLock()
    {
        using var machine = MachineAssert.Boot(seed: 33);
        QueueLab? labRef = null;
        var lab = Lab(machine, (l, request) => WdfRequestMarkCancelable(request, CancelRoutine(l)),
            scope: WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeDevice);
        labRef = lab;
        var reads = LabClient.Overlapped(1);
        var app = ReadThenCancel(machine, reads);
        MachineAssert.Completed(machine, machine.AdvanceTime(TimeSpan.FromSeconds(2)));
        LabClient.Finish(machine, app);
        Assert.Equal(["q:read", "EvtRequestCancel (locked)"], lab.Log);
        Assert.Equal(STATUS_CANCELLED, reads[0].Internal);
    }

    [Fact]
    public void MarkCancelableEx_IrpAlreadyCancelled_ReturnsCancelledAndNeverCallsTheRoutine()
    {
        using var machine = MachineAssert.Boot(seed: 34);
        var lab = Lab(machine);
        var reads = LabClient.Overlapped(1);
        var app = ReadThenCancel(machine, reads);
        MachineAssert.Completed(machine, machine.AdvanceTime(TimeSpan.FromSeconds(2)));
        NTSTATUS status = default;
        bool canceled = false;
        LabClient.Kernel(machine, () =>
        {
            var request = lab.Held[0];
            canceled = WdfRequestIsCanceled(request);
            status = WdfRequestMarkCancelableEx(request, CancelRoutine(lab));
            lab.CompleteOldest(STATUS_CANCELLED);
        });
        LabClient.Finish(machine, app);
        Assert.True(canceled);
        Assert.Equal(STATUS_CANCELLED, status);
        Assert.Equal(["q:read"], lab.Log);
        Assert.Equal(STATUS_CANCELLED, reads[0].Internal);
    }

    [Fact]
    public void MarkCancelable_IrpAlreadyCancelled_CallsEvtRequestCancelBeforeReturning()
    {
        using var machine = MachineAssert.Boot(seed: 35);
        var lab = Lab(machine);
        var reads = LabClient.Overlapped(1);
        var app = ReadThenCancel(machine, reads);
        MachineAssert.Completed(machine, machine.AdvanceTime(TimeSpan.FromSeconds(2)));
        LabClient.Kernel(machine, () =>
        {
            WdfRequestMarkCancelable(lab.Held[0], CancelRoutine(lab));
            lab.Log.Add("mark returned");
        });
        LabClient.Finish(machine, app);
        Assert.Equal(["q:read", "EvtRequestCancel", "mark returned"], lab.Log);
        Assert.Equal(STATUS_CANCELLED, reads[0].Internal);
    }

    [Fact]
    public void UnmarkCancelable_DocumentedStatuses()
    {
        using var machine = MachineAssert.Boot(seed: 36);
        var lab = Lab(machine, scope: WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeDevice);
        var reads = LabClient.Overlapped(1);
        var app = LabClient.StartReads(machine, reads);
        NTSTATUS success = default, notCancelable = default, cancelled = default, markTwice = default;
        LabClient.Kernel(machine, () =>
        {
            var request = lab.Held[0];
            notCancelable = WdfRequestUnmarkCancelable(request);
            WdfRequestMarkCancelable(request, CancelRoutine(lab));
            markTwice = WdfRequestMarkCancelableEx(request, CancelRoutine(lab));
            success = WdfRequestUnmarkCancelable(request);

            // Cancelled while this thread holds the device's lock: the cancel routine's EvtRequestCancel
            // waits for the lock, and meanwhile unmarking says the routine has the request.
            WdfRequestMarkCancelable(request, CancelRoutine(lab));
            WdfObjectAcquireLock(lab.Device);
            IoCancelIrp(WdfRequestWdmGetIrp(request)!);
            cancelled = WdfRequestUnmarkCancelable(request);
            lab.Log.Add("unlocking");
            WdfObjectReleaseLock(lab.Device);
        });
        LabClient.Finish(machine, app);
        Assert.Equal(STATUS_INVALID_PARAMETER, notCancelable);
        Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, markTwice);
        Assert.Equal(STATUS_SUCCESS, success);
        Assert.Equal(STATUS_CANCELLED, cancelled);
        Assert.Equal(["q:read", "unlocking", "EvtRequestCancel (locked)"], lab.Log);
        Assert.Equal(STATUS_CANCELLED, reads[0].Internal);
    }

    [Fact]
    public void UnmarkCancelable_RequestTheDriverDoesNotOwn_InvalidDeviceRequest()
    {
        using var machine = MachineAssert.Boot(seed: 37);
        var lab = Lab(machine, (l, request) =>
        {
            l.Held.Remove(request);
            WdfRequestForwardToIoQueue(request, l.Queues["m"]);
        });
        var app = LabClient.StartReads(machine, LabClient.Overlapped(1));
        NTSTATUS status = default;
        LabClient.Kernel(machine, () =>
        {
            var m = lab.Queues["m"];
            WdfIoQueueFindRequest(m, default, default, null, out var waiting);
            status = WdfRequestUnmarkCancelable(waiting);
            WdfObjectDereference(waiting);
            WdfIoQueueRetrieveNextRequest(m, out var request);
            WdfRequestComplete(request, STATUS_SUCCESS);
        });
        LabClient.Finish(machine, app);
        Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, status);
    }
}
