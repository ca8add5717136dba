namespace NtSim;

/// <summary>
/// What the registry cannot say about device interfaces: which device node (and so which PDO) an
/// instance path belongs to while the device is present, and how many enabled interfaces share one
/// \GLOBAL?? link (interfaces that differ only by reference string share it). The registry under
/// Control\DeviceClasses holds the rest, as on Windows.
/// </summary>
internal sealed class DeviceInterfaceTable
{
    private readonly Dictionary<string, DeviceNode> _nodes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _links = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Held across one interface operation: registry keys, link and notification queueing.</summary>
    internal Lock Lock { get; } = new();

    internal void Remember(DeviceNode node) => _nodes[node.InstancePath] = node;

    /// <summary>A deleted node is no longer the one its instance path names.</summary>
    internal void Forget(DeviceNode node)
    {
        lock (Lock)
        {
            if (_nodes.TryGetValue(node.InstancePath, out var known) && known == node)
            {
                _nodes.Remove(node.InstancePath);
            }
        }
    }

    internal DeviceNode? NodeOf(string instancePath) => _nodes.GetValueOrDefault(instancePath);

    /// <summary>Counts one more user of a link; true when it is the first (the link must be created).</summary>
    internal bool AddLinkUser(string linkName)
    {
        var count = _links.GetValueOrDefault(linkName) + 1;
        _links[linkName] = count;
        return count == 1;
    }

    /// <summary>Counts one user less; true when it was the last (the link must go).</summary>
    internal bool RemoveLinkUser(string linkName)
    {
        var count = _links.GetValueOrDefault(linkName) - 1;
        if (count <= 0)
        {
            _links.Remove(linkName);
            return true;
        }

        _links[linkName] = count;
        return false;
    }
}
