// The typed handles of the framework's other objects: keys, strings, collections, lookaside lists, I/O targets,
// resource lists, and the hardware objects of later issues (same shape as WdfHandles.cs).
using System.Diagnostics;

namespace NtSim;

/// <summary>WDFLOOKASIDE: A lookaside list of memory objects.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFLOOKASIDE : IEquatable<WDFLOOKASIDE>
{
    internal WDFLOOKASIDE(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFLOOKASIDE handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFLOOKASIDE(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFLOOKASIDE left, WDFLOOKASIDE right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFLOOKASIDE left, WDFLOOKASIDE right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFLOOKASIDE other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFLOOKASIDE other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFCOLLECTION: A collection of objects.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFCOLLECTION : IEquatable<WDFCOLLECTION>
{
    internal WDFCOLLECTION(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFCOLLECTION handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFCOLLECTION(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFCOLLECTION left, WDFCOLLECTION right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFCOLLECTION left, WDFCOLLECTION right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFCOLLECTION other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFCOLLECTION other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFKEY: An open registry key.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFKEY : IEquatable<WDFKEY>
{
    internal WDFKEY(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFKEY handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFKEY(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFKEY left, WDFKEY right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFKEY left, WDFKEY right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFKEY other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFKEY other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFSTRING: A string object.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFSTRING : IEquatable<WDFSTRING>
{
    internal WDFSTRING(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFSTRING handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFSTRING(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFSTRING left, WDFSTRING right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFSTRING left, WDFSTRING right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFSTRING other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFSTRING other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFIOTARGET: An I/O target.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFIOTARGET : IEquatable<WDFIOTARGET>
{
    internal WDFIOTARGET(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFIOTARGET handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFIOTARGET(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFIOTARGET left, WDFIOTARGET right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFIOTARGET left, WDFIOTARGET right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFIOTARGET other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFIOTARGET other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFCMRESLIST: A hardware resource list.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFCMRESLIST : IEquatable<WDFCMRESLIST>
{
    internal WDFCMRESLIST(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFCMRESLIST handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFCMRESLIST(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFCMRESLIST left, WDFCMRESLIST right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFCMRESLIST left, WDFCMRESLIST right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFCMRESLIST other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFCMRESLIST other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFINTERRUPT: An interrupt (needs simulated hardware).</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFINTERRUPT : IEquatable<WDFINTERRUPT>
{
    internal WDFINTERRUPT(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFINTERRUPT handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFINTERRUPT(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFINTERRUPT left, WDFINTERRUPT right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFINTERRUPT left, WDFINTERRUPT right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFINTERRUPT other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFINTERRUPT other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFCHILDLIST: A child list (bus drivers).</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFCHILDLIST : IEquatable<WDFCHILDLIST>
{
    internal WDFCHILDLIST(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFCHILDLIST handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFCHILDLIST(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFCHILDLIST left, WDFCHILDLIST right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFCHILDLIST left, WDFCHILDLIST right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFCHILDLIST other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFCHILDLIST other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFDMAENABLER: A DMA enabler (needs simulated hardware).</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFDMAENABLER : IEquatable<WDFDMAENABLER>
{
    internal WDFDMAENABLER(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFDMAENABLER handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFDMAENABLER(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFDMAENABLER left, WDFDMAENABLER right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFDMAENABLER left, WDFDMAENABLER right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFDMAENABLER other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFDMAENABLER other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFUSBDEVICE: A USB target device (needs a simulated USB bus).</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFUSBDEVICE : IEquatable<WDFUSBDEVICE>
{
    internal WDFUSBDEVICE(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFUSBDEVICE handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFUSBDEVICE(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFUSBDEVICE left, WDFUSBDEVICE right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFUSBDEVICE left, WDFUSBDEVICE right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFUSBDEVICE other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFUSBDEVICE other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}
