using System.Globalization;

namespace NtSim;

/// <summary>
/// The device tree as WinDbg's <c>!devnode 0 1</c> lays it out: "Dumping IopRootDeviceNode", then
/// each node indented two spaces per level with its PDO, instance path, service, state and previous
/// state (and its problem, when it has one).
/// </summary>
internal static class DevnodeDump
{
    /// <summary>DEVICE_NODEs are not pool blocks here: each gets an address of its own, its PDO's
    /// moved into a range no device object uses, so the same PDO always gives the same DevNode.</summary>
    internal static ulong DevNodeAddress(DeviceNode node) =>
        node.PhysicalDeviceObject is { } pdo ? pdo.ObjectAddress ^ 0x0000_0800_0000_0000UL : 0;

    internal static void Write(TextWriter output, PnpManager pnp)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Dumping IopRootDeviceNode (= 0x{DevNodeAddress(pnp.Root):x16})"));
        Write(output, pnp.Root, 0);
    }

    private static void Write(TextWriter output, DeviceNode node, int depth)
    {
        var indent = new string(' ', depth * 2);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{indent}DevNode 0x{DevNodeAddress(node):x16} for PDO 0x{node.PhysicalDeviceObject?.ObjectAddress ?? 0:x16}"));
        output.WriteLine($"{indent}  InstancePath is \"{node.InstancePath}\"");
        if (node.Service is { Length: > 0 } service)
        {
            output.WriteLine($"{indent}  ServiceName is \"{service}\"");
        }

        output.WriteLine($"{indent}  State = {State(node.State)}");
        if (node.StateHistory.Count > 0)
        {
            output.WriteLine($"{indent}  Previous State = {State(node.StateHistory[^1])}");
        }

        if (node.Problem != 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{indent}  Problem = CM_PROB_{ProblemNames.Of(node.Problem)}, ProblemStatus 0x{unchecked((uint)node.ProblemStatus):x8}"));
        }

        foreach (var child in node.Children)
        {
            Write(output, child, depth + 1);
        }
    }

    private static string State(DeviceNodeState state) =>
        string.Create(CultureInfo.InvariantCulture, $"{state} (0x{(int)state:x})");
}
