using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Devices;

/// <summary><c>!devnode 0 1 [service]</c>: the device tree from IopRootDeviceNode, each node with its PDO, instance path,
/// service and states (the layout <c>ntsim tree</c> prints); with a service name, only the nodes it drives.</summary>
internal sealed class DevNodeCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!devnode"];

    public override string Help => "!devnode 0 1 [service]  the device tree (with a service: the nodes it drives)";

    public override void Run(KdContext context, string name, string arguments)
    {
        var words = KdCommandLine.Words(arguments);
        // NtSim prints the whole tree (0 1); the other forms (a single node, resources, pending removals) are not there yet.
        if (words.Count is < 2 or > 3 || words[0] != "0" || words[1] != "1")
        {
            context.Error("Usage: !devnode 0 1 [service]");
            return;
        }

        var tree = context.Machine.DumpDeviceTree();
        if (words.Count == 2)
        {
            context.Output.Write(tree);
            return;
        }

        // As !devnode 0 1 echo: the nodes whose service is the one named, each as in the tree, without its children.
        foreach (var node in context.Machine.Pnp.Nodes.Where(n => string.Equals(n.Service, words[2], StringComparison.OrdinalIgnoreCase)))
        {
            context.Line($"DevNode 0x{KdFormat.Hex64(DevnodeDump.DevNodeAddress(node))} for PDO 0x{KdFormat.Hex64(node.PhysicalDeviceObject?.ObjectAddress ?? 0)}");
            context.Line($"  InstancePath is \"{node.InstancePath}\"");
            context.Line($"  ServiceName is \"{node.Service}\"");
            context.Line($"  State = {node.State} (0x{KdFormat.Hex32((uint)node.State).TrimStart('0')})");
        }
    }
}
