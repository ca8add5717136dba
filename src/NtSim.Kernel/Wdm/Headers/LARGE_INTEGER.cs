using System.Globalization;

namespace NtSim;

/// <summary>LARGE_INTEGER: a signed 64-bit value, used for times (100 ns units) and counters.</summary>
public struct LARGE_INTEGER : IEquatable<LARGE_INTEGER>
{
    /// <summary>The value as a signed 64-bit number.</summary>
    public long QuadPart;

    /// <summary>A LARGE_INTEGER holding <paramref name="quadPart"/>.</summary>
    public LARGE_INTEGER(long quadPart)
    {
        QuadPart = quadPart;
    }

    /// <summary>The low 32 bits of the value.</summary>
    public uint LowPart
    {
        readonly get => (uint)QuadPart;
        set => QuadPart = (QuadPart & unchecked((long)0xFFFF_FFFF_0000_0000)) | value;
    }

    /// <summary>The high 32 bits of the value, signed.</summary>
    public int HighPart
    {
        readonly get => (int)(QuadPart >> 32);
        set => QuadPart = ((long)value << 32) | LowPart;
    }

    /// <summary>A LONGLONG converts to a LARGE_INTEGER with that QuadPart.</summary>
    public static implicit operator LARGE_INTEGER(long value) => new(value);

    /// <summary>Equal when the QuadParts are.</summary>
    public static bool operator ==(LARGE_INTEGER left, LARGE_INTEGER right) => left.QuadPart == right.QuadPart;

    /// <summary>Different when the QuadParts are.</summary>
    public static bool operator !=(LARGE_INTEGER left, LARGE_INTEGER right) => left.QuadPart != right.QuadPart;

    /// <summary>Whether the two values have the same QuadPart.</summary>
    public readonly bool Equals(LARGE_INTEGER other) => QuadPart == other.QuadPart;

    /// <inheritdoc/>
    public override readonly bool Equals(object? obj) => obj is LARGE_INTEGER other && Equals(other);

    /// <inheritdoc/>
    public override readonly int GetHashCode() => QuadPart.GetHashCode();

    /// <summary>The QuadPart in decimal.</summary>
    public override readonly string ToString() => QuadPart.ToString(CultureInfo.InvariantCulture);
}

/// <summary>PROCESSOR_NUMBER: a processor's group and number within the group.</summary>
public struct PROCESSOR_NUMBER
{
    /// <summary>The processor group.</summary>
    public ushort Group;
    /// <summary>The processor's number within its group.</summary>
    public byte Number;
    /// <summary>Reserved; zero.</summary>
    public byte Reserved;
}

/// <summary>KWAIT_BLOCK: caller-supplied wait blocks for KeWaitForMultipleObjects with more than
/// THREAD_WAIT_OBJECTS objects. NtSim keeps its own; the array is checked for size only.</summary>
public sealed class KWAIT_BLOCK
{
}
