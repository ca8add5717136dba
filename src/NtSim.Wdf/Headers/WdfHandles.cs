// The typed handles of the framework's objects (generated once; one shape for all).
using System.Diagnostics;

namespace NtSim;

/// <summary>
/// WDFOBJECT: a handle to any framework object. A handle is a value, as in KMDF (the object's
/// address XOR ~7, <see cref="Value"/>), and carries the object it names. Every typed handle
/// converts to it implicitly; the way back is an explicit cast, as in C, and a DDI given a handle of
/// the wrong type bug checks WDF_VIOLATION (0x10D) 0x5 with the type it expected.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFOBJECT : IEquatable<WDFOBJECT>
{
    internal WDFOBJECT(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL), as !wdfhandle takes it.</summary>
    public ulong Value => Target?.Handle ?? 0;

    public static bool operator ==(WDFOBJECT left, WDFOBJECT right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFOBJECT left, WDFOBJECT right) => !(left == right);

    public bool Equals(WDFOBJECT other) => this == other;

    public override bool Equals(object? obj) => obj is WDFOBJECT other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFDRIVER: A driver (the framework's driver object).</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFDRIVER : IEquatable<WDFDRIVER>
{
    internal WDFDRIVER(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    public static implicit operator WDFOBJECT(WDFDRIVER handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFDRIVER(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFDRIVER left, WDFDRIVER right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFDRIVER left, WDFDRIVER right) => !(left == right);

    public bool Equals(WDFDRIVER other) => this == other;

    public override bool Equals(object? obj) => obj is WDFDRIVER other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFDEVICE: A device (a framework device object over a WDM DEVICE_OBJECT).</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFDEVICE : IEquatable<WDFDEVICE>
{
    internal WDFDEVICE(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    public static implicit operator WDFOBJECT(WDFDEVICE handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFDEVICE(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFDEVICE left, WDFDEVICE right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFDEVICE left, WDFDEVICE right) => !(left == right);

    public bool Equals(WDFDEVICE other) => this == other;

    public override bool Equals(object? obj) => obj is WDFDEVICE other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFQUEUE: An I/O queue.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFQUEUE : IEquatable<WDFQUEUE>
{
    internal WDFQUEUE(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    public static implicit operator WDFOBJECT(WDFQUEUE handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFQUEUE(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFQUEUE left, WDFQUEUE right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFQUEUE left, WDFQUEUE right) => !(left == right);

    public bool Equals(WDFQUEUE other) => this == other;

    public override bool Equals(object? obj) => obj is WDFQUEUE other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFREQUEST: An I/O request (a framework request object around an IRP).</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFREQUEST : IEquatable<WDFREQUEST>
{
    internal WDFREQUEST(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    public static implicit operator WDFOBJECT(WDFREQUEST handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFREQUEST(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFREQUEST left, WDFREQUEST right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFREQUEST left, WDFREQUEST right) => !(left == right);

    public bool Equals(WDFREQUEST other) => this == other;

    public override bool Equals(object? obj) => obj is WDFREQUEST other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFFILEOBJECT: A framework file object (around a WDM FILE_OBJECT).</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFFILEOBJECT : IEquatable<WDFFILEOBJECT>
{
    internal WDFFILEOBJECT(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    public static implicit operator WDFOBJECT(WDFFILEOBJECT handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFFILEOBJECT(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFFILEOBJECT left, WDFFILEOBJECT right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFFILEOBJECT left, WDFFILEOBJECT right) => !(left == right);

    public bool Equals(WDFFILEOBJECT other) => this == other;

    public override bool Equals(object? obj) => obj is WDFFILEOBJECT other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFMEMORY: A memory object (a buffer and its length).</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFMEMORY : IEquatable<WDFMEMORY>
{
    internal WDFMEMORY(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    public static implicit operator WDFOBJECT(WDFMEMORY handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFMEMORY(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFMEMORY left, WDFMEMORY right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFMEMORY left, WDFMEMORY right) => !(left == right);

    public bool Equals(WDFMEMORY other) => this == other;

    public override bool Equals(object? obj) => obj is WDFMEMORY other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFLOOKASIDE: A lookaside list of memory objects.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFLOOKASIDE : IEquatable<WDFLOOKASIDE>
{
    internal WDFLOOKASIDE(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    public static implicit operator WDFOBJECT(WDFLOOKASIDE handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFLOOKASIDE(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFLOOKASIDE left, WDFLOOKASIDE right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFLOOKASIDE left, WDFLOOKASIDE right) => !(left == right);

    public bool Equals(WDFLOOKASIDE other) => this == other;

    public override bool Equals(object? obj) => obj is WDFLOOKASIDE other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFTIMER: A timer.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFTIMER : IEquatable<WDFTIMER>
{
    internal WDFTIMER(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    public static implicit operator WDFOBJECT(WDFTIMER handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFTIMER(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFTIMER left, WDFTIMER right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFTIMER left, WDFTIMER right) => !(left == right);

    public bool Equals(WDFTIMER other) => this == other;

    public override bool Equals(object? obj) => obj is WDFTIMER other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFWORKITEM: A work item.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFWORKITEM : IEquatable<WDFWORKITEM>
{
    internal WDFWORKITEM(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    public static implicit operator WDFOBJECT(WDFWORKITEM handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFWORKITEM(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFWORKITEM left, WDFWORKITEM right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFWORKITEM left, WDFWORKITEM right) => !(left == right);

    public bool Equals(WDFWORKITEM other) => this == other;

    public override bool Equals(object? obj) => obj is WDFWORKITEM other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFDPC: A DPC.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFDPC : IEquatable<WDFDPC>
{
    internal WDFDPC(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    public static implicit operator WDFOBJECT(WDFDPC handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFDPC(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFDPC left, WDFDPC right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFDPC left, WDFDPC right) => !(left == right);

    public bool Equals(WDFDPC other) => this == other;

    public override bool Equals(object? obj) => obj is WDFDPC other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFSPINLOCK: A spin lock.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFSPINLOCK : IEquatable<WDFSPINLOCK>
{
    internal WDFSPINLOCK(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    public static implicit operator WDFOBJECT(WDFSPINLOCK handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFSPINLOCK(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFSPINLOCK left, WDFSPINLOCK right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFSPINLOCK left, WDFSPINLOCK right) => !(left == right);

    public bool Equals(WDFSPINLOCK other) => this == other;

    public override bool Equals(object? obj) => obj is WDFSPINLOCK other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}

/// <summary>WDFWAITLOCK: A wait lock.</summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct WDFWAITLOCK : IEquatable<WDFWAITLOCK>
{
    internal WDFWAITLOCK(FxObject? target) => Target = target;

    internal FxObject? Target { get; }

    /// <summary>The handle's value (0 for NULL).</summary>
    public ulong Value => Target?.Handle ?? 0;

    public static implicit operator WDFOBJECT(WDFWAITLOCK handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFWAITLOCK(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFWAITLOCK left, WDFWAITLOCK right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFWAITLOCK left, WDFWAITLOCK right) => !(left == right);

    public bool Equals(WDFWAITLOCK other) => this == other;

    public override bool Equals(object? obj) => obj is WDFWAITLOCK other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

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

    public static implicit operator WDFOBJECT(WDFCOLLECTION handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFCOLLECTION(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFCOLLECTION left, WDFCOLLECTION right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFCOLLECTION left, WDFCOLLECTION right) => !(left == right);

    public bool Equals(WDFCOLLECTION other) => this == other;

    public override bool Equals(object? obj) => obj is WDFCOLLECTION other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

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

    public static implicit operator WDFOBJECT(WDFKEY handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFKEY(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFKEY left, WDFKEY right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFKEY left, WDFKEY right) => !(left == right);

    public bool Equals(WDFKEY other) => this == other;

    public override bool Equals(object? obj) => obj is WDFKEY other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

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

    public static implicit operator WDFOBJECT(WDFSTRING handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFSTRING(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFSTRING left, WDFSTRING right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFSTRING left, WDFSTRING right) => !(left == right);

    public bool Equals(WDFSTRING other) => this == other;

    public override bool Equals(object? obj) => obj is WDFSTRING other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

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

    public static implicit operator WDFOBJECT(WDFIOTARGET handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFIOTARGET(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFIOTARGET left, WDFIOTARGET right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFIOTARGET left, WDFIOTARGET right) => !(left == right);

    public bool Equals(WDFIOTARGET other) => this == other;

    public override bool Equals(object? obj) => obj is WDFIOTARGET other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

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

    public static implicit operator WDFOBJECT(WDFCMRESLIST handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFCMRESLIST(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFCMRESLIST left, WDFCMRESLIST right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFCMRESLIST left, WDFCMRESLIST right) => !(left == right);

    public bool Equals(WDFCMRESLIST other) => this == other;

    public override bool Equals(object? obj) => obj is WDFCMRESLIST other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

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

    public static implicit operator WDFOBJECT(WDFINTERRUPT handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFINTERRUPT(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFINTERRUPT left, WDFINTERRUPT right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFINTERRUPT left, WDFINTERRUPT right) => !(left == right);

    public bool Equals(WDFINTERRUPT other) => this == other;

    public override bool Equals(object? obj) => obj is WDFINTERRUPT other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

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

    public static implicit operator WDFOBJECT(WDFCHILDLIST handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFCHILDLIST(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFCHILDLIST left, WDFCHILDLIST right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFCHILDLIST left, WDFCHILDLIST right) => !(left == right);

    public bool Equals(WDFCHILDLIST other) => this == other;

    public override bool Equals(object? obj) => obj is WDFCHILDLIST other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

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

    public static implicit operator WDFOBJECT(WDFDMAENABLER handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFDMAENABLER(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFDMAENABLER left, WDFDMAENABLER right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFDMAENABLER left, WDFDMAENABLER right) => !(left == right);

    public bool Equals(WDFDMAENABLER other) => this == other;

    public override bool Equals(object? obj) => obj is WDFDMAENABLER other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

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

    public static implicit operator WDFOBJECT(WDFUSBDEVICE handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFUSBDEVICE(WDFOBJECT handle) => new(handle.Target);

    public static bool operator ==(WDFUSBDEVICE left, WDFUSBDEVICE right) => ReferenceEquals(left.Target, right.Target);

    public static bool operator !=(WDFUSBDEVICE left, WDFUSBDEVICE right) => !(left == right);

    public bool Equals(WDFUSBDEVICE other) => this == other;

    public override bool Equals(object? obj) => obj is WDFUSBDEVICE other && Equals(other);

    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}
