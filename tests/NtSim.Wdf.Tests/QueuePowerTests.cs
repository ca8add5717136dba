using NtSim.Tests;
using NtSim.WdfTests.Drivers;
using static NtSim.Wdf;
using static NtSim.Wdm;

namespace NtSim.WdfTests;

/// <summary>Power-managed queues around a device's power changes (kmdf.md §3.5): EvtIoStop for every
/// request the driver owns, with Suspend (leaving D0) or Purge (removal) and the Cancelable flag;
/// WdfRequestStopAcknowledge with and without requeue; EvtIoResume back in D0; and, without
/// EvtIoStop, the transition waiting for the driver to complete.</summary>
public sealed class QueuePowerTests
{
    /// <summary>A PnP lab whose power-managed sequential queue keeps reads; <paramref name="onStop"/> answers EvtIoStop.</summary>
    private static (QueueLab Lab, string Path) Lab(Machine machine, Action<QueueLab, WDFREQUEST, uint>? onStop,
        Action<QueueLab, WDFREQUEST>? onRead = null)
    {
        var path = QueueLab.Start(machine, lab =>
        {
            WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(out var config, WdfIoQueueDispatchSequential);
            config.EvtIoRead = (queue, request, length) =>
            {
                lab.Log.Add("q:read");
                lab.Held.Add(request);
                onRead?.Invoke(lab, request);
            };
            if (onStop is not null)
            {
                config.EvtIoStop = (queue, request, flags) =>
                {
                    lab.Log.Add($"stop:0x{flags:x}");
                    onStop(lab, request, flags);
                };
            }

            config.EvtIoResume = (queue, request) => lab.Log.Add("resume");
            lab.CreateQueue("q", config);
        }, pnp: true)!;
        return (QueueStateTests.QueueLabOf(machine), path);
    }

    [Fact]
    public void Rebalance_AcknowledgedWithoutRequeue_EvtIoStopSuspendThenEvtIoResume()
    {
        using var machine = MachineAssert.Boot(seed: 41);
        var (lab, path) = Lab(machine, (l, request, flags) => WdfRequestStopAcknowledge(request, false));
        var reads = LabClient.Overlapped(1);
        var app = LabClient.StartReads(machine, reads);
        Assert.True(machine.Pnp.Rebalance(path).Succeeded);
        Assert.Equal(["q:read", "stop:0x1", "resume"], lab.Log);
        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS));
        LabClient.Finish(machine, app);
        Assert.Equal(STATUS_SUCCESS, reads[0].Internal);
    }

    [Fact]
    public void Rebalance_AcknowledgedWithRequeue_PresentedAgainAfterTheRestart()
    {
        using var machine = MachineAssert.Boot(seed: 42);
        var (lab, path) = Lab(machine, (l, request, flags) =>
        {
            l.Held.Remove(request);
            WdfRequestStopAcknowledge(request, true);
        });
        var app = LabClient.StartReads(machine, LabClient.Overlapped(1));
        Assert.True(machine.Pnp.Rebalance(path).Succeeded);
        Assert.Equal(["q:read", "stop:0x1", "q:read"], lab.Log);
        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS));
        LabClient.Finish(machine, app);
    }

    [Fact]
    public void Rebalance_CancelableRequest_FlagSaysSo_UnmarkThenRequeue()
    {
        using var machine = MachineAssert.Boot(seed: 43);
        var (lab, path) = Lab(machine, (l, request, flags) =>
        {
            Assert.Equal(STATUS_SUCCESS, WdfRequestUnmarkCancelable(request));
            l.Held.Remove(request);
            WdfRequestStopAcknowledge(request, true);
        }, (l, request) => WdfRequestMarkCancelable(request, r => WdfRequestComplete(r, STATUS_CANCELLED)));
        var app = LabClient.StartReads(machine, LabClient.Overlapped(1));
        Assert.True(machine.Pnp.Rebalance(path).Succeeded);
        Assert.Equal(["q:read", "stop:0x10000001", "q:read"], lab.Log);
        LabClient.Kernel(machine, () => lab.CompleteOldest(STATUS_SUCCESS, unmark: true));
        LabClient.Finish(machine, app);
    }

    [Fact]
    public void Remove_EvtIoStopSuspendAtPowerDown_DriverCompletes_WaitingRequestCancelled()
    {
        using var machine = MachineAssert.Boot(seed: 44);
        var (lab, path) = Lab(machine, (l, request, flags) =>
        {
            l.Held.Remove(request);
            WdfRequestComplete(request, STATUS_CANCELLED);
        });
        var reads = LabClient.Overlapped(2);
        var app = LabClient.StartReads(machine, reads);
        Assert.True(machine.Pnp.Remove(path).Succeeded);

        // Removal powers the device down first (FxIoStopProcessingForPowerHold: Suspend, fxioqueue.cpp);
        // the later purge (PowerPurgeManaged: Purge) finds nothing the driver still holds.
        Assert.Equal(["q:read", "stop:0x1"], lab.Log);
        LabClient.Finish(machine, app);
        Assert.All(reads, r => Assert.Equal(STATUS_CANCELLED, r.Internal));
    }

    [Fact]
    public void Remove_KeptAtPowerDown_EvtIoStopPurgeAtTheQueuePurge()
    {
        using var machine = MachineAssert.Boot(seed: 46);
        var (lab, path) = Lab(machine, (l, request, flags) =>
        {
            if ((flags & WdfRequestStopActionPurge) == 0)
            {
                // Suspend: keep the request (acknowledged, not requeued).
                WdfRequestStopAcknowledge(request, false);
                return;
            }

            l.Held.Remove(request);
            WdfRequestComplete(request, STATUS_CANCELLED);
        });
        var reads = LabClient.Overlapped(1);
        var app = LabClient.StartReads(machine, reads);
        Assert.True(machine.Pnp.Remove(path).Succeeded);
        Assert.Equal(["q:read", "stop:0x1", "stop:0x2"], lab.Log);
        LabClient.Finish(machine, app);
        Assert.Equal(STATUS_CANCELLED, reads[0].Internal);
    }

    [Fact]
    public void Remove_NoEvtIoStop_WaitsUntilTheDriverCompletes()
    {
        using var machine = MachineAssert.Boot(seed: 45);
        var (lab, path) = Lab(machine, null, (l, request) =>
        {
            // The driver finishes the read a second later, on a thread of its own.
            PsCreateSystemThread(out var worker, 0, null, default, _ =>
            {
                KeDelayExecutionThread(KernelMode, false, new LARGE_INTEGER(-10_000_000));
                l.Log.Add("completing");
                l.CompleteOldest(STATUS_SUCCESS);
            }, null);
            ZwClose(worker);
        });
        var reads = LabClient.Overlapped(1);
        var app = LabClient.StartReads(machine, reads);
        var before = machine.InterruptTime;
        Assert.True(machine.Pnp.Remove(path).Succeeded);
        Assert.Equal(["q:read", "completing"], lab.Log);
        Assert.True(machine.InterruptTime - before >= 10_000_000, "the removal waited for the driver's request");
        LabClient.Finish(machine, app);
        Assert.Equal(STATUS_SUCCESS, reads[0].Internal);
    }
}
