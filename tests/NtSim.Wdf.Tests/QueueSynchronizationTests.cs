using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>Queue callbacks under device synchronization scope: what a handler does to another queue
/// of the device waits until the shared lock is free (the framework defers it, as
/// CanThreadDispatchEventsLocked does), and EvtIoQueueState runs under the lock; a request DDI
/// given another type of handle bug checks as KMDF does.</summary>
public sealed class QueueSynchronizationTests
{
    private static QueueLab Lab(Machine machine)
    {
        QueueLab.Start(machine, lab =>
        {
            WDF_IO_QUEUE_CONFIG_INIT(out var second, WdfIoQueueDispatchSequential);
            second.EvtIoRead = lab.Keep("s");
            lab.CreateQueue("s", second);
            WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var first, WdfIoQueueDispatchSequential);
            first.EvtIoRead = (queue, request, length) =>
            {
                lab.Log.Add("q:read");
                Assert.Equal(STATUS_SUCCESS, WdfRequestForwardToIoQueue(request, lab.Queues["s"]));
                lab.Log.Add("q:forwarded");
            };
            lab.CreateQueue("q", first);
        }, scope: WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeDevice);
        return QueueStateTests.QueueLabOf(machine);
    }

    [Fact]
    public void ForwardFromAHandler_DeviceScope_TargetPresentsOnceTheHandlerReturns()
    {
        using var machine = MachineAssert.Boot(seed: 61);
        var lab = Lab(machine);
        var reads = LabClient.Overlapped(2);
        var app = LabClient.StartReads(machine, reads);

        // The second read reaches q as soon as the first left it; s presents one at a time.
        Assert.Equal(["q:read", "q:forwarded", "q:read", "q:forwarded", "s:read"], lab.Log);
        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS));
        Assert.Equal("s:read", lab.Log[^1]);
        Assert.Equal(6, lab.Log.Count);
        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS));
        LabClient.Finish(machine, app);
        Assert.All(reads, r => Assert.Equal(STATUS_SUCCESS, r.Internal));
    }

    [Fact]
    public void EvtIoQueueState_DeviceScope_RunsUnderTheDeviceLock()
    {
        using var machine = MachineAssert.Boot(seed: 62);
        var lab = Lab(machine);
        var deviceLock = ((FxDevice)lab.Device.Target!).CallbackLock!;
        var heldInCallback = false;
        LabClient.Kernel(machine, () => WdfIoQueueStop(lab.Queues["s"], (queue, context) => heldInCallback = deviceLock.OwningThread is not null, null));
        Assert.True(heldInCallback);
        Assert.Null(deviceLock.OwningThread);
    }

    [Fact]
    public void MarkCancelable_QueueHandleForARequest_BugCheck0x10D_0x5()
    {
        using var machine = MachineAssert.Boot(seed: 63);
        var lab = Lab(machine);
        var q = lab.Queues["q"];
        var status = machine.Run(() => WdfRequestMarkCancelable((WDFREQUEST)(WDFOBJECT)q, _ => { }));
        var globals = FxLibrary.Of(machine).Clients.Single(c => c.ServiceName == "QueueLab");
        MachineAssert.BugCheck(machine, status, WDF_VIOLATION, WDF_INVALID_HANDLE, q.Value, (ulong)FxObjectType.Request, globals.Address);
    }
}
