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
    public SINGLE_LIST_ENTRY()
    {
    }

    /// <summary>An entry embedded in <paramref name="container"/>, which CONTAINING_RECORD returns.</summary>
    public SINGLE_LIST_ENTRY(object container)
    {
        ArgumentNullException.ThrowIfNull(container);
        Container = container;
    }

    public PSINGLE_LIST_ENTRY Next { get; set; }

    public object? Container { get; }

    internal ListNodeAddress Home;

    public static implicit operator PSINGLE_LIST_ENTRY(SINGLE_LIST_ENTRY entry) => new(entry);

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

    public static PSINGLE_LIST_ENTRY NULL => default;

    public bool IsNull => _entry is null && _address == 0;

    public PVOID Address => new(_entry is null ? _address : _entry.Home.Address);

    public SINGLE_LIST_ENTRY? Entry => _entry;

    /// <summary><c>Entry-&gt;Next</c>.</summary>
    public PSINGLE_LIST_ENTRY Next
    {
        get => ListLinks.Next(this, "SINGLE_LIST_ENTRY.Next");
        set => ListLinks.SetNext(this, value, "SINGLE_LIST_ENTRY.Next");
    }

    internal ulong MemoryAddress => _address;

    public static explicit operator PSINGLE_LIST_ENTRY(PVOID address) => new(address);

    public static bool operator ==(PSINGLE_LIST_ENTRY left, PSINGLE_LIST_ENTRY right) => left.Equals(right);

    public static bool operator !=(PSINGLE_LIST_ENTRY left, PSINGLE_LIST_ENTRY right) => !left.Equals(right);

    public bool Equals(PSINGLE_LIST_ENTRY other) => ReferenceEquals(_entry, other._entry) && _address == other._address;

    public override bool Equals(object? obj) => obj is PSINGLE_LIST_ENTRY other && Equals(other);

    public override int GetHashCode() => _entry is null ? _address.GetHashCode() : _entry.GetHashCode();

    public override string ToString() => IsNull ? "NULL" : PVOID.Format(Address.Address);
}
