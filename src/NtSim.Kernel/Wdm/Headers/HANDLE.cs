using System.Diagnostics;
using System.Globalization;

namespace NtSim;

/// <summary>
/// HANDLE: an opaque 64-bit value that names an entry of a handle table. Kernel handles (from
/// OBJ_KERNEL_HANDLE or PsCreateSystemThread) have the top bit set, as on x64 Windows
/// (0xFFFFFFFF80000004...); every handle is a multiple of 4. <see cref="NULL"/> is no handle.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct HANDLE : IEquatable<HANDLE>
{
    /// <summary>A handle with the given value.</summary>
    public HANDLE(ulong value)
    {
        Value = value;
    }

    /// <summary>The handle's value, as the debugger prints it.</summary>
    public ulong Value { get; }

    /// <summary>NULL: no handle.</summary>
    public static HANDLE NULL => default;

    /// <summary>TRUE for the NULL handle (value 0).</summary>
    public bool IsNull => Value == 0;

    /// <summary>A kernel handle: the sign bit is set and it is not one of the pseudo-handles -1 to -6
    /// (NtCurrentProcess(), NtCurrentThread() and the session and token pseudo-handles).</summary>
    public bool IsKernelHandle => (long)Value < -6;

    /// <summary>(HANDLE)(LONG_PTR)value, as C writes NtCurrentProcess().</summary>
    public static explicit operator HANDLE(long value) => new(unchecked((ulong)value));

    /// <summary>(LONG_PTR)handle: the handle's value as a signed number.</summary>
    public static explicit operator long(HANDLE handle) => unchecked((long)handle.Value);

    /// <summary>Handles are equal when their values are.</summary>
    public static bool operator ==(HANDLE left, HANDLE right) => left.Value == right.Value;

    /// <summary>Handles differ when their values do.</summary>
    public static bool operator !=(HANDLE left, HANDLE right) => left.Value != right.Value;

    /// <summary>Whether the two handles have the same value.</summary>
    public bool Equals(HANDLE other) => Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is HANDLE other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>"0xFFFFFFFF80000004"; "NULL" for no handle.</summary>
    public override string ToString() => Value == 0 ? "NULL" : "0x" + Value.ToString("X", CultureInfo.InvariantCulture);
}
