namespace NtSim.Cli.Devcon;

/// <summary>A device devcon can name: a node of the tree, or (findall) an instance only the registry's Enum key remembers.</summary>
internal sealed record DeviceEntry(string InstancePath, string? Description, IReadOnlyList<string> HardwareIds,
    IReadOnlyList<string> CompatibleIds, DeviceNode? Node)
{
    internal static DeviceEntry Of(DeviceNode node) => new(node.InstancePath, node.Description, node.HardwareIds, node.CompatibleIds, node);

    internal bool IsPresent => Node is not null;
}
