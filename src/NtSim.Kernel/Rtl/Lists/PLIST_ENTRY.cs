using System.Diagnostics;

namespace NtSim;

/// <summary>
/// PLIST_ENTRY: a pointer to a <see cref="LIST_ENTRY"/>, either one embedded in a managed object or
/// one at an address in simulated memory (a <see cref="LIST_ENTRY64"/> in a pool block). NULL is
/// <c>default</c>. <see cref="Flink"/> and <see cref="Blink"/> read and write through the pointer as
/// <c>Entry-&gt;Flink</c> does in C: an entry in memory is read from the pool's bytes, faulting as the
/// processor would on a bad address. docs/lists.md.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct PLIST_ENTRY : IEquatable<PLIST_ENTRY>
{
    private readonly LIST_ENTRY? _entry;
    private readonly ulong _address;

    internal PLIST_ENTRY(LIST_ENTRY entry)
    {
        _entry = entry;
        _address = 0;
    }

    /// <summary>The LIST_ENTRY at <paramref name="address"/> in simulated memory (<c>&amp;item-&gt;Entry</c>).</summary>
    public PLIST_ENTRY(PVOID address)
    {
        _entry = null;
        _address = address.Address;
    }

    /// <summary>NULL.</summary>
    public static PLIST_ENTRY NULL => default;

    /// <summary>The pointer is NULL.</summary>
    public bool IsNull => _entry is null && _address == 0;

    /// <summary>The entry's address: in memory, or the simulated address of a typed entry (0 until first linked).</summary>
    public PVOID Address => new(_entry is null ? _address : _entry.Home.Address);

    /// <summary>The typed entry this points to; null for an entry in memory.</summary>
    public LIST_ENTRY? Entry => _entry;

    /// <summary><c>Entry-&gt;Flink</c>.</summary>
    public PLIST_ENTRY Flink
    {
        get => ListLinks.Flink(this, "LIST_ENTRY.Flink");
        set => ListLinks.SetFlink(this, value, "LIST_ENTRY.Flink");
    }

    /// <summary><c>Entry-&gt;Blink</c>.</summary>
    public PLIST_ENTRY Blink
    {
        get => ListLinks.Blink(this, "LIST_ENTRY.Blink");
        set => ListLinks.SetBlink(this, value, "LIST_ENTRY.Blink");
    }

    /// <summary>The address of an entry in memory (0 for a typed entry).</summary>
    internal ulong MemoryAddress => _address;

    /// <summary>The LIST_ENTRY at that address in simulated memory (C's (PLIST_ENTRY) cast).</summary>
    public static explicit operator PLIST_ENTRY(PVOID address) => new(address);

    /// <summary>Both point to the same entry.</summary>
    public static bool operator ==(PLIST_ENTRY left, PLIST_ENTRY right) => left.Equals(right);

    /// <summary>They point to different entries.</summary>
    public static bool operator !=(PLIST_ENTRY left, PLIST_ENTRY right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(PLIST_ENTRY other) => ReferenceEquals(_entry, other._entry) && _address == other._address;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PLIST_ENTRY other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _entry is null ? _address.GetHashCode() : _entry.GetHashCode();

    /// <summary>"NULL", or the address as WinDbg shows it.</summary>
    public override string ToString() => IsNull ? "NULL" : PVOID.Format(Address.Address);
}
