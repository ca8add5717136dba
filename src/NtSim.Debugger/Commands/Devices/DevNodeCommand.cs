using System.Globalization;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Devices;

/// <summary><c>!devnode 0 1 [service]</c>: the device tree from IopRootDeviceNode, each node with its PDO, instance path,
/// service and states (the layout <c>ntsim tree</c> prints); with a service name, only the nodes it drives.</summary>
internal sealed class DevNodeCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!devnode"];

    public override bool ReadsDumps => true;

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

        if (KdObjects.Missing(context, name, "devnodes"))
        {
            return;
        }

        var nodes = context.Target.Snapshot.DevNodes;
        if (words.Count == 2)
        {
            Tree(context, nodes);
            return;
        }

        // As !devnode 0 1 echo: the nodes whose service is the one named, each as in the tree, without its children.
        foreach (var node in nodes.Where(n => string.Equals(n.Service, words[2], StringComparison.OrdinalIgnoreCase)))
        {
            context.Line($"DevNode 0x{KdFormat.Hex64(node.Address)} for PDO 0x{KdFormat.Hex64(node.Pdo)}");
            context.Line($"  InstancePath is \"{node.InstancePath}\"");
            context.Line($"  ServiceName is \"{node.Service}\"");
            context.Line($"  State = {node.State} (0x{KdFormat.Hex32((uint)node.State).TrimStart('0')})");
        }
    }

    // The layout of the kernel's device tree dump (ntsim tree): the nodes in preorder, two spaces a level.
    private static void Tree(KdContext context, IReadOnlyList<KdDevNodeView> nodes)
    {
        context.Line($"Dumping IopRootDeviceNode (= 0x{nodes[0].Address:x16})");
        foreach (var node in nodes)
        {
            var indent = new string(' ', node.Depth * 2);
            context.Line($"{indent}DevNode 0x{node.Address:x16} for PDO 0x{node.Pdo:x16}");
            context.Line($"{indent}  InstancePath is \"{node.InstancePath}\"");
            if (node.Service is { Length: > 0 } service)
            {
                context.Line($"{indent}  ServiceName is \"{service}\"");
            }

            context.Line($"{indent}  State = {State(node.State)}");
            if (node.PreviousState is { } previous)
            {
                context.Line($"{indent}  Previous State = {State(previous)}");
            }

            if (node.Problem != 0)
            {
                context.Line($"{indent}  Problem = CM_PROB_{ProblemNames.Of(node.Problem)}, ProblemStatus 0x{node.ProblemStatus:x8}");
            }
        }
    }

    private static string State(DeviceNodeState state) => string.Create(CultureInfo.InvariantCulture, $"{state} (0x{(int)state:x})");
}
