using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Wdf;

/// <summary><c>!wdfkd.wdfrequest handle</c>: the request's IRP, its queue and where it is in its life. The wdfkd
/// page gives no layout; NtSim prints the IRP and queue as links, then the state and the major function.</summary>
internal sealed class WdfRequestCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!wdfkd.wdfrequest", "!wdfrequest"];

    public override string Help => "!wdfkd.wdfrequest <h>   a WDFREQUEST: its IRP, queue and state";

    public override void Run(KdContext context, string name, string arguments)
    {
        if (WdfLookup.Object<FxRequest>(context, "!wdfrequest", arguments, "WDFREQUEST") is not { } request)
        {
            return;
        }

        context.Line($"   !IRP 0x{request.Irp?.Address ?? 0:x}");
        context.Line();
        if (request.Queue is { } queue)
        {
            context.Line($"   !WDFQUEUE 0x{queue.Handle:x}");
        }

        var origin = request.IsDriverCreated ? "Created by the driver" : "Allocated by WDF for incoming IRP";
        context.Line($"   State:  {StateText(request.RequestState)}, {origin}");
        if (request.Irp is not null && request.Stack is { } stack)
        {
            context.Line($"   Major function:  {MajorFunctionNames.Of(stack.MajorFunction)}");
        }
    }

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
