using System.Diagnostics;

namespace NtSim;

/// <summary>
/// SINGLE_LIST_ENTRY: a link of a singly linked list (PushEntryList, PopEntryList), embedded in a
/// driver's object; the head is one too. In memory it is one pointer (Next at +0): a record in
/// pool declares a <see cref="PVOID"/> or <see cref="ulong"/> there. docs/lists.md.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SINGLE_LIST_ENTRY
{
    /// <summary>A list head (or an entry whose container nobody asks for).</summary>
    public SINGLE_LIST_ENTRY()
    {
    }

    /// <summary>An entry embedded in <paramref name="container"/>, which CONTAINING_RECORD returns.</summary>
    public SINGLE_LIST_ENTRY(object container)
    {
        ArgumentNullException.ThrowIfNull(container);
        Container = container;
    }

    /// <summary>The next entry (the first one, for a head); NULL at the end of the list.</summary>
    public PSINGLE_LIST_ENTRY Next { get; set; }

    /// <summary>The object this entry is embedded in, if it was given one.</summary>
    public object? Container { get; }

    internal ListNodeAddress Home;

    /// <summary>A pointer to this entry.</summary>
    public static implicit operator PSINGLE_LIST_ENTRY(SINGLE_LIST_ENTRY entry) => new(entry);

    /// <summary>"SINGLE_LIST_ENTRY address [ Next ]".</summary>
    public override string ToString() => $"SINGLE_LIST_ENTRY {new PVOID(Home.Address)} [ {Next} ]";
}

/// <summary>PSINGLE_LIST_ENTRY: a pointer to a <see cref="SINGLE_LIST_ENTRY"/>, typed or in memory; NULL is <c>default</c>.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct PSINGLE_LIST_ENTRY : IEquatable<PSINGLE_LIST_ENTRY>
{
    private readonly SINGLE_LIST_ENTRY? _entry;
    private readonly ulong _address;

    internal PSINGLE_LIST_ENTRY(SINGLE_LIST_ENTRY entry)
    {
        _entry = entry;
        _address = 0;
    }

    /// <summary>The SINGLE_LIST_ENTRY at <paramref name="address"/> in simulated memory.</summary>
    public PSINGLE_LIST_ENTRY(PVOID address)
    {
        _entry = null;
        _address = address.Address;
    }

    /// <summary>NULL.</summary>
    public static PSINGLE_LIST_ENTRY NULL => default;

    /// <summary>The pointer is NULL.</summary>
    public bool IsNull => _entry is null && _address == 0;

    /// <summary>The entry's address: in memory, or the simulated address of a typed entry (0 until first linked).</summary>
    public PVOID Address => new(_entry is null ? _address : _entry.Home.Address);

    /// <summary>The typed entry pointed to, or null for an entry in memory.</summary>
    public SINGLE_LIST_ENTRY? Entry => _entry;

    /// <summary><c>Entry-&gt;Next</c>.</summary>
    public PSINGLE_LIST_ENTRY Next
    {
        get => ListLinks.Next(this, "SINGLE_LIST_ENTRY.Next");
        set => ListLinks.SetNext(this, value, "SINGLE_LIST_ENTRY.Next");
    }

    internal ulong MemoryAddress => _address;

    /// <summary>The SINGLE_LIST_ENTRY at that address in simulated memory (C's cast).</summary>
    public static explicit operator PSINGLE_LIST_ENTRY(PVOID address) => new(address);

    /// <summary>Both point to the same entry.</summary>
    public static bool operator ==(PSINGLE_LIST_ENTRY left, PSINGLE_LIST_ENTRY right) => left.Equals(right);

    /// <summary>They point to different entries.</summary>
    public static bool operator !=(PSINGLE_LIST_ENTRY left, PSINGLE_LIST_ENTRY right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(PSINGLE_LIST_ENTRY other) => ReferenceEquals(_entry, other._entry) && _address == other._address;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PSINGLE_LIST_ENTRY other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _entry is null ? _address.GetHashCode() : _entry.GetHashCode();

    /// <summary>"NULL", or the address as WinDbg shows it.</summary>
    public override string ToString() => IsNull ? "NULL" : PVOID.Format(Address.Address);
}
