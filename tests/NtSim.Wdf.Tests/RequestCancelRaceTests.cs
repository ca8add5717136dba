using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;
using static NtSim.Win32;

namespace NtSim.WdfTests;

/// <summary>The cancel/complete race of a cancelable request under the schedule explorer: an
/// application thread cancels the read (CancelIoEx) while another asks the driver to complete it,
/// which it does the echo sample's way (complete unless WdfRequestUnmarkCancelable says
/// STATUS_CANCELLED). Whatever the interleaving, the read completes once, with one of the two statuses.</summary>
public sealed class RequestCancelRaceTests
{
    private static readonly uint IoctlCompleteHeld = CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS);

    private static NTSTATUS CancelAsTheDriverCompletes(Machine machine, WDF_SYNCHRONIZATION_SCOPE scope)
    {
        // The driver keeps the read in its context under its own spin lock (the echo sample keeps it
        // under the device's lock): the cancel routine forgets it there, so the IOCTL does not touch it after.
        var heldLock = new KSPIN_LOCK();
        QueueLab.Start(machine, lab =>
        {
            KeInitializeSpinLock(heldLock);
            WDF_IO_QUEUE_CONFIG_INIT(out var reads, WdfIoQueueDispatchSequential);
            reads.EvtIoRead = (queue, request, length) =>
            {
                KeAcquireSpinLock(heldLock, out var irql);
                lab.Held.Add(request);
                KeReleaseSpinLock(heldLock, irql);
                WdfRequestMarkCancelable(request, r =>
                {
                    KeAcquireSpinLock(heldLock, out var cancelIrql);
                    lab.Held.Remove(r);
                    lab.Log.Add("EvtRequestCancel");
                    KeReleaseSpinLock(heldLock, cancelIrql);
                    WdfRequestComplete(r, STATUS_CANCELLED);
                });
            };
            var readQueue = lab.CreateQueue("reads", reads);
            Assert.Equal(STATUS_SUCCESS, WdfDeviceConfigureRequestDispatching(lab.Device, readQueue, WDF_REQUEST_TYPE.WdfRequestTypeRead));

            WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var ioctls, WdfIoQueueDispatchParallel);
            ioctls.EvtIoDeviceControl = (queue, request, output, input, code) =>
            {
                KeAcquireSpinLock(heldLock, out var irql);
                if (lab.Held.Count > 0 && WdfRequestUnmarkCancelable(lab.Held[0]) != STATUS_CANCELLED)
                {
                    var held = lab.Held[0];
                    lab.Held.Clear();
                    lab.Log.Add("completed by the driver");
                    WdfRequestComplete(held, STATUS_SUCCESS);
                }

                KeReleaseSpinLock(heldLock, irql);

                WdfRequestComplete(request, STATUS_SUCCESS);
            };
            lab.CreateQueue("ioctls", ioctls);
        }, scope: scope);

        var read = new OVERLAPPED();
        var app = machine.StartProcess("racer", args =>
        {
            var h = LabClient.Open();
            ReadFile(h, new byte[8], 8, out _, read);
            var go = CreateEvent(null, true, false, null);
            var canceller = CreateThread(null, 0, _ =>
            {
                WaitForSingleObject(go, INFINITE);
                CancelIoEx(h, read);
                return 0;
            }, null, 0, out _);

            // Both threads set off at once: the canceller wakes as the IOCTL goes down.
            SetEvent(go);
            var ioctl = new OVERLAPPED();
            DeviceIoControl(h, IoctlCompleteHeld, null, 0, null, 0, out _, ioctl);
            GetOverlappedResult(h, ioctl, out _, true);
            GetOverlappedResult(h, read, out _, true);
            WaitForSingleObject(canceller, INFINITE);
            CloseHandle(canceller);
            CloseHandle(go);
            CloseHandle(h);
            return 0;
        });
        MachineAssert.Completed(machine, app.WaitForExit());
        Assert.Equal(0, app.ExitCode);

        // One completion, by the one who won.
        var lab = QueueStateTests.QueueLabOf(machine);
        Assert.Single(lab.Log);
        Assert.Equal(read.Internal == STATUS_CANCELLED ? "EvtRequestCancel" : "completed by the driver", lab.Log[0]);
        return read.Internal;
    }

    [Theory]
    [InlineData(WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeNone)]
    [InlineData(WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeDevice)]
    public void CancelVersusCompletion_NeverCompletedTwice_BothOutcomesSeen(WDF_SYNCHRONIZATION_SCOPE scope)
    {
        var exploration = Schedules.Explore(machine => CancelAsTheDriverCompletes(machine, scope), iterations: 200, ExplorationStrategy.Pct());
        exploration.ThrowIfFailed();
        Assert.Equal(200, exploration.Iterations);
        Assert.Equal([STATUS_CANCELLED, STATUS_SUCCESS], exploration.Outcomes.Keys.Order());
    }
}
