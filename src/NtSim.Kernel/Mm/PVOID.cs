using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NtSim;

/// <summary>
/// PVOID: a 64-bit virtual address in the simulated machine. NULL is <c>default</c>. Arithmetic
/// works as on a char pointer (<c>p + 16</c>). Memory is reached through <see cref="AsSpan"/>,
/// <see cref="AsReadOnlySpan"/> and <see cref="As{T}"/>, which resolve the address in the calling
/// thread's machine (a user address in the thread's current process) and fault as the processor
/// would: an invalid user address raises STATUS_ACCESS_VIOLATION, an invalid system address bug checks with
/// PAGE_FAULT_IN_NONPAGED_AREA (0x50), anything invalid or pageable at DISPATCH_LEVEL or above with
/// DRIVER_IRQL_NOT_LESS_OR_EQUAL (0xD1). Shown as WinDbg shows pointers: <c>ffffa50f`00001010</c>.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct PVOID : IEquatable<PVOID>, IComparable<PVOID>
{
    private readonly ulong _address;

    /// <summary>The pointer <paramref name="address"/>.</summary>
    public PVOID(ulong address)
    {
        _address = address;
    }

    /// <summary>NULL.</summary>
    public static PVOID NULL => default;

    /// <summary>The address as a number.</summary>
    public ulong Address => _address;

    /// <summary>The pointer is NULL.</summary>
    public bool IsNull => _address == 0;

    /// <summary>A writable view of <paramref name="length"/> bytes at this address (a write access).</summary>
    public Span<byte> AsSpan(int length) => Touch(length, AccessKind.Write, "PVOID.AsSpan");

    /// <summary>A read-only view of <paramref name="length"/> bytes at this address (a read access).</summary>
    public ReadOnlySpan<byte> AsReadOnlySpan(int length) => Touch(length, AccessKind.Read, "PVOID.AsReadOnlySpan");

    /// <summary>The <typeparamref name="T"/> at this address, by reference (a write access: the
    /// reference lets the caller write). Unaligned addresses are allowed, as on x64.</summary>
    public unsafe ref T As<T>()
        where T : unmanaged =>
        ref MemoryMarshal.AsRef<T>(Touch(sizeof(T), AccessKind.Write, "PVOID.As"));

    /// <summary>Reads the <typeparamref name="T"/> at this address (a read access).</summary>
    public unsafe T Read<T>()
        where T : unmanaged =>
        MemoryMarshal.Read<T>(Touch(sizeof(T), AccessKind.Read, "PVOID.Read"));

    /// <summary>Writes <paramref name="value"/> at this address (a write access).</summary>
    public unsafe void Write<T>(T value)
        where T : unmanaged =>
        MemoryMarshal.Write(Touch(sizeof(T), AccessKind.Write, "PVOID.Write"), in value);

    /// <summary>The address <paramref name="offset"/> bytes past <paramref name="pointer"/> (char-pointer arithmetic).</summary>
    public static PVOID operator +(PVOID pointer, long offset) => new(pointer._address + (ulong)offset);

    /// <summary>The address <paramref name="offset"/> bytes past <paramref name="pointer"/> (char-pointer arithmetic).</summary>
    public static PVOID operator +(PVOID pointer, ulong offset) => new(pointer._address + offset);

    /// <summary>The address <paramref name="offset"/> bytes before <paramref name="pointer"/> (char-pointer arithmetic).</summary>
    public static PVOID operator -(PVOID pointer, long offset) => new(pointer._address - (ulong)offset);

    /// <summary>The address <paramref name="offset"/> bytes before <paramref name="pointer"/> (char-pointer arithmetic).</summary>
    public static PVOID operator -(PVOID pointer, ulong offset) => new(pointer._address - offset);

    /// <summary>The distance in bytes between two addresses.</summary>
    public static long operator -(PVOID left, PVOID right) => (long)(left._address - right._address);

    /// <summary>The two pointers hold the same address.</summary>
    public static bool operator ==(PVOID left, PVOID right) => left._address == right._address;

    /// <summary>The two pointers hold different addresses.</summary>
    public static bool operator !=(PVOID left, PVOID right) => left._address != right._address;

    /// <summary><paramref name="left"/> is at a lower address.</summary>
    public static bool operator <(PVOID left, PVOID right) => left._address < right._address;

    /// <summary><paramref name="left"/> is at a higher address.</summary>
    public static bool operator >(PVOID left, PVOID right) => left._address > right._address;

    /// <summary><paramref name="left"/> is at a lower or the same address.</summary>
    public static bool operator <=(PVOID left, PVOID right) => left._address <= right._address;

    /// <summary><paramref name="left"/> is at a higher or the same address.</summary>
    public static bool operator >=(PVOID left, PVOID right) => left._address >= right._address;

    /// <summary>The address as a number (C's (ULONG_PTR) cast).</summary>
    public static explicit operator ulong(PVOID pointer) => pointer._address;

    /// <summary>The number as a pointer (C's (PVOID) cast).</summary>
    public static explicit operator PVOID(ulong address) => new(address);

    /// <summary>The address <paramref name="offset"/> bytes further (the + operator, for languages without operators).</summary>
    public PVOID Add(long offset) => this + offset;

    /// <summary>The address <paramref name="offset"/> bytes back (the - operator, for languages without operators).</summary>
    public PVOID Subtract(long offset) => this - offset;

    /// <summary>Orders pointers by address.</summary>
    public int CompareTo(PVOID other) => _address.CompareTo(other._address);

    /// <inheritdoc/>
    public bool Equals(PVOID other) => _address == other._address;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PVOID other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _address.GetHashCode();

    /// <summary>"ffffa50f`00001010", as WinDbg prints a 64-bit pointer.</summary>
    public override string ToString() => Format(_address);

    internal static string Format(ulong address) => string.Create(CultureInfo.InvariantCulture,
        $"{address >> 32:x8}`{address & 0xFFFF_FFFF:x8}");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Touch(int length, AccessKind kind, string operation)
    {
        var thread = KeContext.Running(operation);
        return thread.Machine.Memory.Access(thread, _address, length, kind, operation);
    }
}
