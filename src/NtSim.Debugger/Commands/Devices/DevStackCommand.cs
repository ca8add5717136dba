using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Devices;

/// <summary><c>!devstack name|address</c>: the device stack a device object is in, top first, <c>&gt;</c> at the one asked for,
/// then its device node.</summary>
internal sealed class DevStackCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!devstack"];

    public override bool ReadsDumps => true;

    public override string Help => "!devstack <name|address>  the device stack, top first, and its device node";

    public override void Run(KdContext context, string name, string arguments)
    {
        if (arguments.Length == 0)
        {
            context.Error("Usage: !devstack <name|address>");
            return;
        }

        if (!KdObjects.Missing(context, name, "devices") && KdObjects.Device(context, arguments) is { } device)
        {
            Write(context, device);
        }
    }

    internal static void Write(KdContext context, KdDeviceView device)
    {
        var bottom = device;
        while (KdObjects.DeviceAt(context, bottom.AttachedTo) is { } lower)
        {
            bottom = lower;
        }

        var stack = new List<KdDeviceView>();
        for (var d = bottom; d is not null; d = KdObjects.DeviceAt(context, d.AttachedDevice))
        {
            stack.Add(d);
        }

        context.Line("  !DevObj           !DrvObj            !DevExt           ObjectName");
        foreach (var d in Enumerable.Reverse(stack))
        {
            var extension = d.Extension == 0 ? "00000000" : KdFormat.Hex64(d.Extension);
            var line = $"{(d.Address == device.Address ? ">" : " ")} {KdFormat.Hex64(d.Address)}  {d.DriverName,-18} {extension,-16}  {DevObjCommand.LeafName(d)}";
            context.Line(line.TrimEnd());
        }

        if (KdObjects.DevNodeAt(context, bottom.DevNode) is { } node)
        {
            context.Line($"!DevNode {KdFormat.Hex64(node.Address)} :");
            context.Line($"  DeviceInst is \"{node.InstancePath}\"");
            if (node.Service is { Length: > 0 } service)
            {
                context.Line($"  ServiceName is \"{service}\"");
            }
        }
    }
}
