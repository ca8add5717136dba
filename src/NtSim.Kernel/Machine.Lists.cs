namespace NtSim;

public sealed partial class Machine
{
    private ListEntryTable? _listEntries;

    /// <summary>The typed list entries that pool memory points at (docs/lists.md).</summary>
    internal ListEntryTable ListEntries
    {
        get
        {
            var table = Volatile.Read(ref _listEntries);
            return table ?? Interlocked.CompareExchange(ref _listEntries, new ListEntryTable(), null) ?? _listEntries;
        }
    }
}
