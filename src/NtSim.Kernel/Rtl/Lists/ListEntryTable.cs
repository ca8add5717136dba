using System.Collections.Concurrent;

namespace NtSim;

/// <summary>
/// The typed list entries (LIST_ENTRY, SINGLE_LIST_ENTRY, SLIST_ENTRY objects) whose simulated
/// address some memory holds: a pool entry's Flink that points at a list head in a device
/// extension. Reading that pointer back finds the object here, and the table keeps the object
/// alive while only memory points at it. An entry leaves the table when it is unlinked (removed,
/// popped), when its list empties (a head) or when it is initialized again, so an emptied list
/// keeps none of a driver's objects alive (its load context can be collected at unload).
/// Lookups take no lock, and a pointer below every pinned address (any pool address: the object
/// region lies above the pools) is answered without one.
/// </summary>
internal sealed class ListEntryTable
{
    private readonly ConcurrentDictionary<ulong, object> _byAddress = new();
    private ulong _lowest = ulong.MaxValue;

    /// <summary>How many typed entries memory points at.</summary>
    internal int Count => _byAddress.Count;

    /// <summary>Records that memory now holds <paramref name="address"/>, the address of <paramref name="entry"/>.</summary>
    internal void Pin(ulong address, object entry)
    {
        _byAddress[address] = entry;
        var lowest = Volatile.Read(ref _lowest);
        while (address < lowest)
        {
            var seen = Interlocked.CompareExchange(ref _lowest, address, lowest);
            if (seen == lowest)
            {
                break;
            }

            lowest = seen;
        }
    }

    internal void Unpin(ulong address) => _byAddress.TryRemove(address, out _);

    /// <summary>The typed entry at <paramref name="address"/>, if memory points at one there.</summary>
    internal object? Find(ulong address) =>
        address < Volatile.Read(ref _lowest) ? null : _byAddress.GetValueOrDefault(address);
}
