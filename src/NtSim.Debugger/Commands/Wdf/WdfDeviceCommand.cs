using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Wdf;

/// <summary><c>!wdfkd.wdfdevice handle</c>: the device's WDM objects, states, histories, scope and level
/// (the framework's <see cref="WdfDeviceInfo.Dump"/>, kmdf.md 6.4, kept in the target's view).</summary>
internal sealed class WdfDeviceCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!wdfkd.wdfdevice", "!wdfdevice"];

    public override string Help => "!wdfkd.wdfdevice <h>    a WDFDEVICE: device objects, PnP/power states and histories";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        if (WdfLookup.Object(context, "!wdfdevice", arguments, "WDFDEVICE", context.Target.Snapshot.Wdf.Devices, d => d.Handle) is { } device)
        {
            context.Output.Write(device.Dump);
        }
    }
}
