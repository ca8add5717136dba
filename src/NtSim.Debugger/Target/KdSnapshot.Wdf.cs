using NtSim.Debugger.Commands.Wdf;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Target;

internal sealed partial class KdSnapshot
{
    /// <summary>The KMDF framework's drivers, devices, queues and requests (the wdfkd commands).</summary>
    [KdSection("wdf")]
    internal KdWdfView Wdf => Section("wdf", CaptureWdf, new KdWdfView([], [], [], []));

    // A machine that never loaded a KMDF driver has no framework: an empty view (and none is created for it).
    private static KdWdfView CaptureWdf(Machine machine)
    {
        if (machine.FindComponent<FxLibrary>() is not { } library)
        {
            return new KdWdfView([], [], [], []);
        }

        return new KdWdfView([.. library.Clients.Select(WdfDriverInfoCommand.Capture)],
            [.. library.Handles.All<FxDevice>().Select(d => new KdWdfDeviceView(d.Handle, WdfDeviceInfo.Of(d).Dump()))],
            [.. library.Handles.All<FxIoQueue>().Select(q => WdfQueueCommand.Capture(machine, q))],
            [.. library.Handles.All<FxRequest>().Select(WdfRequestCommand.Capture)]);
    }
}
