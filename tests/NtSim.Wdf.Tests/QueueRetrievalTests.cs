using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.WdfTests;

/// <summary>The driver takes requests itself and gives them back: WdfIoQueueRetrieveNextRequest,
/// RetrieveRequestByFileObject, FindRequest + RetrieveFoundRequest, WdfRequestRequeue,
/// WdfRequestForwardToIoQueue and WdfRequestForwardToParentDeviceIoQueue (kmdf.md §3.3, §4.2).</summary>
public sealed class QueueRetrievalTests
{
    /// <summary>A manual default queue "m" for reads, a sequential queue "s" and a parallel queue "p" (forward targets).</summary>
    private static QueueLab Lab(Machine machine)
    {
        QueueLab.Start(machine, lab =>
        {
            WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var manual, WdfIoQueueDispatchManual);
            lab.CreateQueue("m", manual);
            WDF_IO_QUEUE_CONFIG_INIT(out var sequential, WdfIoQueueDispatchSequential);
            sequential.EvtIoRead = lab.Keep("s");
            lab.CreateQueue("s", sequential);
            WDF_IO_QUEUE_CONFIG_INIT(out var parallel, WdfIoQueueDispatchParallel);
            parallel.EvtIoRead = lab.Keep("p");
            lab.CreateQueue("p", parallel);
        });
        return QueueStateTests.QueueLabOf(machine);
    }

    private static void CompleteAll(QueueLab lab, WDFQUEUE queue)
    {
        while (NT_SUCCESS(WdfIoQueueRetrieveNextRequest(queue, out var request)))
        {
            WdfRequestComplete(request, STATUS_SUCCESS);
        }
    }

    [Fact]
    public void RetrieveNextRequest_EmptyStoppedParallel_DocumentedStatuses()
    {
        using var machine = MachineAssert.Boot(seed: 21);
        var lab = Lab(machine);
        var m = lab.Queues["m"];
        NTSTATUS empty = default, paused = default, parallel = default, success = default;
        WDFQUEUE from = default;
        LabClient.Kernel(machine, () =>
        {
            empty = WdfIoQueueRetrieveNextRequest(m, out _);
            parallel = WdfIoQueueRetrieveNextRequest(lab.Queues["p"], out _);
        });
        var app = LabClient.StartReads(machine, LabClient.Overlapped(1));
        LabClient.Kernel(machine, () =>
        {
            WdfIoQueueStop(m, null, null);
            paused = WdfIoQueueRetrieveNextRequest(m, out _);
            WdfIoQueueStart(m);
            success = WdfIoQueueRetrieveNextRequest(m, out var request);
            from = WdfRequestGetIoQueue(request);
            WdfRequestComplete(request, STATUS_SUCCESS);
        });
        LabClient.Finish(machine, app);
        Assert.Equal(STATUS_NO_MORE_ENTRIES, empty);
        Assert.Equal(STATUS_INVALID_DEVICE_STATE, parallel);
        Assert.Equal(STATUS_WDF_PAUSED, paused);
        Assert.Equal(STATUS_SUCCESS, success);
        Assert.Equal(m, from);
    }

    [Fact]
    public void FindRequest_ReferencesWhatItFinds_RetrieveFoundRequestTakesItOnce_ByFileObjectPicksTheSender()
    {
        using var machine = MachineAssert.Boot(seed: 22);
        var lab = Lab(machine);
        var m = lab.Queues["m"];
        var reads = LabClient.Overlapped(3);
        var app = machine.StartProcess("twohandles", args =>
        {
            var h1 = LabClient.Open();
            var h2 = LabClient.Open();
            ReadFile(h1, new byte[8], 8, out _, reads[0]);
            ReadFile(h2, new byte[8], 8, out _, reads[1]);
            ReadFile(h1, new byte[8], 8, out _, reads[2]);
            GetOverlappedResult(h1, reads[0], out _, true);
            GetOverlappedResult(h2, reads[1], out _, true);
            GetOverlappedResult(h1, reads[2], out _, true);
            CloseHandle(h1);
            CloseHandle(h2);
            return 0;
        });
        MachineAssert.Completed(machine, machine.RunUntilIdle());

        NTSTATUS findFirst = default, findSecond = default, retrieved = default, again = default, findAfterGone = default, byFile = default, end = default;
        int referencesWhileFound = 0, referencesAfter = 0;
        bool sameAsFound = false, sameSender = false;
        LabClient.Kernel(machine, () =>
        {
            findFirst = WdfIoQueueFindRequest(m, default, default, null, out var a);
            referencesWhileFound = ((FxObject)a.Target!).References;
            WDF_REQUEST_PARAMETERS_INIT(out var parameters);
            findSecond = WdfIoQueueFindRequest(m, a, default, parameters, out var b);
            Assert.Equal(WDF_REQUEST_TYPE.WdfRequestTypeRead, parameters.Type);
            Assert.Equal(8ul, parameters.Parameters.Read.Length);
            var aFile = WdfRequestGetFileObject(a);
            WdfObjectDereference(a);
            referencesAfter = ((FxObject)a.Target!).References;

            retrieved = WdfIoQueueRetrieveFoundRequest(m, b, out var taken);
            sameAsFound = taken == b;
            again = WdfIoQueueRetrieveFoundRequest(m, b, out _);
            findAfterGone = WdfIoQueueFindRequest(m, b, default, null, out _);
            WdfObjectDereference(b);
            WdfRequestComplete(taken, STATUS_SUCCESS);

            // Only the first handle's requests are left; by file object takes the oldest of them.
            byFile = WdfIoQueueRetrieveRequestByFileObject(m, aFile, out var c);
            sameSender = WdfRequestGetFileObject(c) == aFile && c == a;
            WdfRequestComplete(c, STATUS_SUCCESS);
            CompleteAll(lab, m);
            end = WdfIoQueueFindRequest(m, default, default, null, out _);
        });
        LabClient.Finish(machine, app);
        Assert.Equal(STATUS_SUCCESS, findFirst);
        Assert.Equal(2, referencesWhileFound);
        Assert.Equal(1, referencesAfter);
        Assert.Equal(STATUS_SUCCESS, findSecond);
        Assert.Equal(STATUS_SUCCESS, retrieved);
        Assert.True(sameAsFound);
        Assert.Equal(STATUS_NOT_FOUND, again);
        Assert.Equal(STATUS_NOT_FOUND, findAfterGone);
        Assert.Equal(STATUS_SUCCESS, byFile);
        Assert.True(sameSender);
        Assert.Equal(STATUS_NO_MORE_ENTRIES, end);
    }

    [Fact]
    public void Requeue_ManualQueue_BackAtTheHead_OtherQueuesAndUnownedRefused()
    {
        using var machine = MachineAssert.Boot(seed: 23);
        var lab = Lab(machine);
        var m = lab.Queues["m"];
        var app = LabClient.StartReads(machine, LabClient.Overlapped(2));
        NTSTATUS requeued = default, notOwned = default, sequential = default;
        bool headAgain = false;
        LabClient.Kernel(machine, () =>
        {
            WdfIoQueueRetrieveNextRequest(m, out var first);
            requeued = WdfRequestRequeue(first);
            notOwned = WdfRequestRequeue(first);
            WdfIoQueueRetrieveNextRequest(m, out var again);
            headAgain = again == first;

            // Forwarded to the sequential queue and presented there: requeue is for manual queues only.
            Assert.Equal(STATUS_SUCCESS, WdfRequestForwardToIoQueue(again, lab.Queues["s"]));
            sequential = WdfRequestRequeue(lab.Held[0]);
            lab.CompleteOldest(STATUS_SUCCESS);
            CompleteAll(lab, m);
        });
        LabClient.Finish(machine, app);
        Assert.Equal(STATUS_SUCCESS, requeued);
        Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, notOwned);
        Assert.True(headAgain);
        Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, sequential);
    }

    [Fact]
    public void ForwardToIoQueue_PresentedByTheTarget_GetIoQueueNamesIt_ErrorsAsDocumented()
    {
        using var machine = MachineAssert.Boot(seed: 24);
        var lab = Lab(machine);
        var (m, s, p) = (lab.Queues["m"], lab.Queues["s"], lab.Queues["p"]);
        var reads = LabClient.Overlapped(3);
        var app = LabClient.StartReads(machine, reads);
        NTSTATUS forwarded = default, sameQueue = default, notOwned = default, cancelable = default, busy = default, parent = default;
        WDFQUEUE after = default;
        LabClient.Kernel(machine, () =>
        {
            WdfIoQueueFindRequest(m, default, default, null, out var found);
            notOwned = WdfRequestForwardToIoQueue(found, s);
            WdfObjectDereference(found);

            WdfIoQueueRetrieveNextRequest(m, out var r1);
            sameQueue = WdfRequestForwardToIoQueue(r1, m);
            forwarded = WdfRequestForwardToIoQueue(r1, s);
            after = WdfRequestGetIoQueue(lab.Held[0]);

            WdfIoQueueRetrieveNextRequest(m, out var r2);
            WdfRequestMarkCancelable(r2, _ => { });
            cancelable = WdfRequestForwardToIoQueue(r2, p);
            Assert.Equal(STATUS_SUCCESS, WdfRequestUnmarkCancelable(r2));
            WdfIoQueueDrain(p, null, null);
            busy = WdfRequestForwardToIoQueue(r2, p);
            WDF_REQUEST_FORWARD_OPTIONS_INIT(out var options);
            parent = WdfRequestForwardToParentDeviceIoQueue(r2, s, options);

            // Refused forwards leave the request with the driver, which completes it.
            WdfRequestComplete(r2, STATUS_SUCCESS);
            lab.CompleteOldest(STATUS_SUCCESS);
            CompleteAll(lab, m);
        });
        LabClient.Finish(machine, app);
        Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, notOwned);
        Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, sameQueue);
        Assert.Equal(STATUS_SUCCESS, forwarded);
        Assert.Equal(s, after);
        Assert.Equal(["s:read"], lab.Log);
        Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, cancelable);
        Assert.Equal(STATUS_WDF_BUSY, busy);
        Assert.Equal(STATUS_INVALID_DEVICE_REQUEST, parent);
        Assert.All(reads, r => Assert.Equal(STATUS_SUCCESS, r.Internal));
    }
}
