using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Wdf;

/// <summary><c>!wdfkd.wdfrequest handle</c>: the request's IRP, its queue and where it is in its life. The wdfkd
/// page gives no layout; NtSim prints the IRP and queue as links, then the state and the major function.</summary>
internal sealed class WdfRequestCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!wdfkd.wdfrequest", "!wdfrequest"];

    public override string Help => "!wdfkd.wdfrequest <h>   a WDFREQUEST: its IRP, queue and state";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        if (WdfLookup.Object(context, "!wdfrequest", arguments, "WDFREQUEST", context.Target.Snapshot.Wdf.Requests, r => r.Handle) is not { } request)
        {
            return;
        }

        context.Line($"   !IRP 0x{request.Irp:x}");
        context.Line();
        if (request.Queue is { } queue)
        {
            context.Line($"   !WDFQUEUE 0x{queue:x}");
        }

        context.Line($"   State:  {request.State}, {request.Origin}");
        if (request.MajorFunction is { } major)
        {
            context.Line($"   Major function:  {major}");
        }
    }

    /// <summary>The request as the target's view keeps it.</summary>
    internal static KdWdfRequestView Capture(FxRequest request) =>
        new(request.Handle, request.Irp?.Address ?? 0, request.Queue?.Handle, StateText(request.RequestState),
            request.IsDriverCreated ? "Created by the driver" : "Allocated by WDF for incoming IRP",
            request.Irp is not null && request.Stack is { } stack ? MajorFunctionNames.Of(stack.MajorFunction) : null);

    private static string StateText(FxRequestState state) => state switch
    {
        FxRequestState.Free => "Free",
        FxRequestState.Received => "Received, not yet queued",
        FxRequestState.Queued => "Pending in its queue",
        FxRequestState.DriverOwned => "Pending, owned by the driver",
        FxRequestState.Sent => "Sent to an I/O target",
        _ => "Completed",
    };
}
