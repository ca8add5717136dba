using System.Collections.Concurrent;

namespace NtSim;

/// <summary>
/// The typed list entries (LIST_ENTRY, SINGLE_LIST_ENTRY, SLIST_ENTRY objects) whose simulated
/// address some memory holds: a pool entry's Flink that points at a list head in a device
/// extension. Reading that pointer back finds the object here, and the table keeps the object
/// alive while only memory points at it. An entry leaves the table when it is unlinked
/// (removed, popped) or its head is initialized again.
/// </summary>
internal sealed class ListEntryTable
{
    private readonly ConcurrentDictionary<ulong, object> _byAddress = new();

    /// <summary>How many typed entries memory points at.</summary>
    internal int Count => _byAddress.Count;

    /// <summary>Records that memory now holds <paramref name="address"/>, the address of <paramref name="entry"/>.</summary>
    internal void Pin(ulong address, object entry) => _byAddress[address] = entry;

    internal void Unpin(ulong address)
    {
        if (address != 0 && !_byAddress.IsEmpty)
        {
            _byAddress.TryRemove(address, out _);
        }
    }

    /// <summary>The typed entry at <paramref name="address"/>, if memory points at one there.</summary>
    internal object? Find(ulong address) =>
        address == 0 || _byAddress.IsEmpty ? null : _byAddress.GetValueOrDefault(address);
}
