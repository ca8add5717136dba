using System.Diagnostics;

namespace NtSim;

/// <summary>
/// LIST_ENTRY: a link of a doubly linked list, embedded in a driver's own object (a device
/// extension's list head, an item class's entry). Its Flink and Blink are pointers
/// (<see cref="PLIST_ENTRY"/>) that may lead to other typed entries or to entries in pool memory
/// (<see cref="LIST_ENTRY64"/> at an address). Give it its container (<c>Entry = new(this)</c>) and
/// <c>CONTAINING_RECORD&lt;MyItem&gt;(entry)</c> returns the object, as CONTAINING_RECORD does in C.
/// docs/lists.md.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class LIST_ENTRY
{
    /// <summary>A list head (or an entry whose container nobody asks for).</summary>
    public LIST_ENTRY()
    {
    }

    /// <summary>An entry embedded in <paramref name="container"/>, which CONTAINING_RECORD returns.</summary>
    public LIST_ENTRY(object container)
    {
        ArgumentNullException.ThrowIfNull(container);
        Container = container;
    }

    /// <summary>The next entry (the first one, for a head). NULL until InitializeListHead.</summary>
    public PLIST_ENTRY Flink { get; set; }

    /// <summary>The previous entry (the last one, for a head). NULL until InitializeListHead.</summary>
    public PLIST_ENTRY Blink { get; set; }

    /// <summary>The object this entry is embedded in, if it was given one.</summary>
    public object? Container { get; }

    /// <summary>The entry's simulated address (what a pool entry's Flink holds when it points here),
    /// given on first use in a machine.</summary>
    internal ListNodeAddress Home;

    /// <summary>A pointer to this entry.</summary>
    public static implicit operator PLIST_ENTRY(LIST_ENTRY entry) => new(entry);

    /// <summary>"LIST_ENTRY address [ Flink - Blink ]".</summary>
    public override string ToString() => $"LIST_ENTRY {new PVOID(Home.Address)} [ {Flink} - {Blink} ]";
}

/// <summary>
/// LIST_ENTRY64: a LIST_ENTRY as it lies in memory on x64 (Flink at +0, Blink at +8). A driver that
/// keeps its list entries in pool memory declares its record with this field
/// (<c>struct FullItem&lt;T&gt; { public LIST_ENTRY64 Entry; public T Data; }</c>) and passes the
/// field's address as a <see cref="PLIST_ENTRY"/>.
/// </summary>
public struct LIST_ENTRY64
{
    /// <summary>The next entry's address (offset 0).</summary>
    public ulong Flink;
    /// <summary>The previous entry's address (offset 8).</summary>
    public ulong Blink;
}
