using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Wdf;

/// <summary><c>!wdfkd.wdfqueue handle</c>: the queue's dispatch type, power management, state, scope and level,
/// its request counts with the requests listed, and its callbacks (kmdf.md 6.4).</summary>
internal sealed class WdfQueueCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!wdfkd.wdfqueue", "!wdfqueue"];

    public override string Help => "!wdfkd.wdfqueue <h>     a WDFQUEUE: dispatch type, state, requests, callbacks";

    public override void Run(KdContext context, string name, string arguments)
    {
        if (WdfLookup.Object<FxIoQueue>(context, "!wdfqueue", arguments, "WDFQUEUE") is not { } queue)
        {
            return;
        }

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

        context.Line($"# Dumping WDFQUEUE 0x{queue.Handle:x}");
        context.Line("=========================");
        context.Line(string.Join(", ", parts));
        // The requests under each count: NtSim's choice of layout, one !WDFREQUEST/!IRP pair a line.
        Requests(context, "Number of driver owned requests", queue.DriverOwnedRequests());
        Requests(context, "Number of waiting requests", queue.WaitingRequests());
        Callbacks(context, queue.Config);
    }

    private static void Requests(KdContext context, string title, IReadOnlyList<FxRequest> requests)
    {
        context.Line($"    {title}: {requests.Count}");
        foreach (var request in requests)
        {
            context.Line($"        !WDFREQUEST 0x{request.Handle:x}  !IRP 0x{request.Irp?.Address ?? 0:x}");
        }
    }

    private static void Callbacks(KdContext context, WDF_IO_QUEUE_CONFIG config)
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
        foreach (var (callbackName, routine) in callbacks)
        {
            if (routine is not null)
            {
                context.Line($"    {callbackName}: {WdfLookup.Callback(context, routine)}");
            }
        }
    }
}
