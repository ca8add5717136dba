using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Wdf;

/// <summary><c>!wdfkd.wdfqueue handle</c>: the queue's dispatch type, power management, state, scope and level,
/// its request counts with the requests listed, and its callbacks (kmdf.md 6.4).</summary>
internal sealed class WdfQueueCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!wdfkd.wdfqueue", "!wdfqueue"];

    public override string Help => "!wdfkd.wdfqueue <h>     a WDFQUEUE: dispatch type, state, requests, callbacks";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        if (WdfLookup.Object(context, "!wdfqueue", arguments, "WDFQUEUE", context.Target.Snapshot.Wdf.Queues, q => q.Handle) is not { } queue)
        {
            return;
        }

        context.Line($"# Dumping WDFQUEUE 0x{queue.Handle:x}");
        context.Line("=========================");
        context.Line(queue.State);
        // The requests under each count: NtSim's choice of layout, one !WDFREQUEST/!IRP pair a line.
        Requests(context, "Number of driver owned requests", queue.DriverOwned);
        Requests(context, "Number of waiting requests", queue.Waiting);
        foreach (var callback in queue.Callbacks)
        {
            context.Line($"    {callback.Name}: {callback.Routine}");
        }
    }

    /// <summary>The queue as the target's view keeps it: its state line, its requests and its callbacks.</summary>
    internal static KdWdfQueueView Capture(Machine machine, FxIoQueue queue)
    {
        var state = queue.QueueState;
        var dispatch = queue.Config.DispatchType switch
        {
            WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchSequential => "Sequential",
            WDF_IO_QUEUE_DISPATCH_TYPE.WdfIoQueueDispatchParallel => "Parallel",
            _ => "Manual",
        };
        var scope = queue.SynchronizationScope == WDF_SYNCHRONIZATION_SCOPE.WdfSynchronizationScopeInheritFromParent
            ? queue.Device.Scope : queue.SynchronizationScope;
        var parts = new[]
        {
            dispatch,
            queue.PowerManaged ? "Power-managed" : "Not power-managed",
            (state & WDF_IO_QUEUE_STATE.WdfIoQueuePnpHeld) != 0 ? "PowerOff" : "PowerOn",
            (state & WDF_IO_QUEUE_STATE.WdfIoQueueAcceptRequests) != 0 ? "Can accept" : "Cannot accept",
            (state & WDF_IO_QUEUE_STATE.WdfIoQueueDispatchRequests) != 0 ? "Can dispatch" : "Cannot dispatch",
            WdfLookup.WithoutWdf(queue.Level),
            WdfLookup.WithoutWdf(scope),
        };

        return new KdWdfQueueView(queue.Handle, string.Join(", ", parts), Requests(queue.DriverOwnedRequests()), Requests(queue.WaitingRequests()),
            Callbacks(machine, queue.Config));
    }

    private static List<KdWdfQueuedRequestView> Requests(IReadOnlyList<FxRequest> requests) =>
        [.. requests.Select(r => new KdWdfQueuedRequestView(r.Handle, r.Irp?.Address ?? 0))];

    private static void Requests(KdContext context, string title, IReadOnlyList<KdWdfQueuedRequestView> requests)
    {
        context.Line($"    {title}: {requests.Count}");
        foreach (var request in requests)
        {
            context.Line($"        !WDFREQUEST 0x{request.Request:x}  !IRP 0x{request.Irp:x}");
        }
    }

    private static List<KdWdfCallbackView> Callbacks(Machine machine, WDF_IO_QUEUE_CONFIG config)
    {
        (string Name, Delegate? Routine)[] callbacks =
        [
            ("EvtIoDefault", config.EvtIoDefault),
            ("EvtIoRead", config.EvtIoRead),
            ("EvtIoWrite", config.EvtIoWrite),
            ("EvtIoDeviceControl", config.EvtIoDeviceControl),
            ("EvtIoInternalDeviceControl", config.EvtIoInternalDeviceControl),
            ("EvtIoStop", config.EvtIoStop),
            ("EvtIoResume", config.EvtIoResume),
            ("EvtIoCanceledOnQueue", config.EvtIoCanceledOnQueue),
        ];
        return [.. callbacks.Where(c => c.Routine is not null).Select(c => new KdWdfCallbackView(c.Name, WdfLookup.Callback(machine, c.Routine!)))];
    }
}
