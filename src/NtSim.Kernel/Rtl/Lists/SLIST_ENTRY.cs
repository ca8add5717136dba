using System.Diagnostics;

namespace NtSim;

/// <summary>
/// SLIST_ENTRY: an entry of a sequenced singly linked list (<see cref="SLIST_HEADER"/>), embedded
/// in a driver's object. In memory it is one pointer (Next at +0) on a 16-byte boundary
/// (MEMORY_ALLOCATION_ALIGNMENT), as a pool block's start is. docs/lists.md.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SLIST_ENTRY
{
    /// <summary>A list head (or an entry whose container nobody asks for).</summary>
    public SLIST_ENTRY()
    {
    }

    /// <summary>An entry embedded in <paramref name="container"/>, which CONTAINING_RECORD returns.</summary>
    public SLIST_ENTRY(object container)
    {
        ArgumentNullException.ThrowIfNull(container);
        Container = container;
    }

    /// <summary>The next entry (the first one, for a head); NULL at the end of the list.</summary>
    public PSLIST_ENTRY Next { get; set; }

    /// <summary>The object this entry is embedded in, if it was given one.</summary>
    public object? Container { get; }

    internal ListNodeAddress Home;

    /// <summary>A pointer to this entry.</summary>
    public static implicit operator PSLIST_ENTRY(SLIST_ENTRY entry) => new(entry);

    /// <summary>"SLIST_ENTRY address [ Next ]".</summary>
    public override string ToString() => $"SLIST_ENTRY {new PVOID(Home.Address)} [ {Next} ]";
}

/// <summary>PSLIST_ENTRY: a pointer to an <see cref="SLIST_ENTRY"/>, typed or in memory; NULL is <c>default</c>.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct PSLIST_ENTRY : IEquatable<PSLIST_ENTRY>
{
    private readonly SLIST_ENTRY? _entry;
    private readonly ulong _address;

    internal PSLIST_ENTRY(SLIST_ENTRY entry)
    {
        _entry = entry;
        _address = 0;
    }

    /// <summary>The SLIST_ENTRY at <paramref name="address"/> in simulated memory.</summary>
    public PSLIST_ENTRY(PVOID address)
    {
        _entry = null;
        _address = address.Address;
    }

    /// <summary>NULL.</summary>
    public static PSLIST_ENTRY NULL => default;

    /// <summary>The pointer is NULL.</summary>
    public bool IsNull => _entry is null && _address == 0;

    /// <summary>The entry's address: in memory, or the simulated address of a typed entry (0 until first linked).</summary>
    public PVOID Address => new(_entry is null ? _address : _entry.Home.Address);

    /// <summary>The typed entry pointed to, or null for an entry in memory.</summary>
    public SLIST_ENTRY? Entry => _entry;

    /// <summary><c>Entry-&gt;Next</c>.</summary>
    public PSLIST_ENTRY Next
    {
        get => ListLinks.Next(this, "SLIST_ENTRY.Next");
        set => ListLinks.SetNext(this, value, "SLIST_ENTRY.Next");
    }

    internal ulong MemoryAddress => _address;

    /// <summary>The SLIST_ENTRY at that address in simulated memory (C's cast).</summary>
    public static explicit operator PSLIST_ENTRY(PVOID address) => new(address);

    /// <summary>Both point to the same entry.</summary>
    public static bool operator ==(PSLIST_ENTRY left, PSLIST_ENTRY right) => left.Equals(right);

    /// <summary>They point to different entries.</summary>
    public static bool operator !=(PSLIST_ENTRY left, PSLIST_ENTRY right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(PSLIST_ENTRY other) => ReferenceEquals(_entry, other._entry) && _address == other._address;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PSLIST_ENTRY other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _entry is null ? _address.GetHashCode() : _entry.GetHashCode();

    /// <summary>"NULL", or the address as WinDbg shows it.</summary>
    public override string ToString() => IsNull ? "NULL" : PVOID.Format(Address.Address);
}
