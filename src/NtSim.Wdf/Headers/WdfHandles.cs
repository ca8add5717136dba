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

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFOBJECT left, WDFOBJECT right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFOBJECT left, WDFOBJECT right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFOBJECT other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFOBJECT other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
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

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFDRIVER handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFDRIVER(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFDRIVER left, WDFDRIVER right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFDRIVER left, WDFDRIVER right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFDRIVER other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFDRIVER other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
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

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFDEVICE handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFDEVICE(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFDEVICE left, WDFDEVICE right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFDEVICE left, WDFDEVICE right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFDEVICE other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFDEVICE other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
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

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFQUEUE handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFQUEUE(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFQUEUE left, WDFQUEUE right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFQUEUE left, WDFQUEUE right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFQUEUE other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFQUEUE other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
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

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFREQUEST handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFREQUEST(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFREQUEST left, WDFREQUEST right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFREQUEST left, WDFREQUEST right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFREQUEST other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFREQUEST other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
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

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFFILEOBJECT handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFFILEOBJECT(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFFILEOBJECT left, WDFFILEOBJECT right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFFILEOBJECT left, WDFFILEOBJECT right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFFILEOBJECT other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFFILEOBJECT other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
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

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFMEMORY handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFMEMORY(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFMEMORY left, WDFMEMORY right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFMEMORY left, WDFMEMORY right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFMEMORY other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFMEMORY other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
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

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFTIMER handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFTIMER(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFTIMER left, WDFTIMER right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFTIMER left, WDFTIMER right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFTIMER other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFTIMER other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
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

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFWORKITEM handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFWORKITEM(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFWORKITEM left, WDFWORKITEM right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFWORKITEM left, WDFWORKITEM right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFWORKITEM other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFWORKITEM other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
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

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFDPC handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFDPC(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFDPC left, WDFDPC right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFDPC left, WDFDPC right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFDPC other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFDPC other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
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

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFSPINLOCK handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFSPINLOCK(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFSPINLOCK left, WDFSPINLOCK right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFSPINLOCK left, WDFSPINLOCK right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFSPINLOCK other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFSPINLOCK other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
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

    /// <summary>Any typed handle is a WDFOBJECT, as in C.</summary>
    public static implicit operator WDFOBJECT(WDFWAITLOCK handle) => new(handle.Target);

    /// <summary>A cast, as in C: unchecked here; the DDI that takes the handle checks its type.</summary>
    public static explicit operator WDFWAITLOCK(WDFOBJECT handle) => new(handle.Target);

    /// <summary>True when both handles name the same object (or both are NULL).</summary>
    public static bool operator ==(WDFWAITLOCK left, WDFWAITLOCK right) => ReferenceEquals(left.Target, right.Target);

    /// <summary>True when the handles name different objects.</summary>
    public static bool operator !=(WDFWAITLOCK left, WDFWAITLOCK right) => !(left == right);

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public bool Equals(WDFWAITLOCK other) => this == other;

    /// <summary>True when the other value is a handle of this type naming the same object.</summary>
    public override bool Equals(object? obj) => obj is WDFWAITLOCK other && Equals(other);

    /// <summary>A hash of the object the handle names.</summary>
    public override int GetHashCode() => Target?.GetHashCode() ?? 0;

    /// <summary>The handle's value in hex (0x...), or NULL.</summary>
    public override string ToString() => Target is null ? "NULL" : $"0x{Value:x16}";
}
