using System.Globalization;

namespace NtSim;

/// <summary>LARGE_INTEGER: a signed 64-bit value, used for times (100 ns units) and counters.</summary>
public struct LARGE_INTEGER : IEquatable<LARGE_INTEGER>
{
    public long QuadPart;

    public LARGE_INTEGER(long quadPart)
    {
        QuadPart = quadPart;
    }

    public uint LowPart
    {
        readonly get => (uint)QuadPart;
        set => QuadPart = (QuadPart & unchecked((long)0xFFFF_FFFF_0000_0000)) | value;
    }

    public int HighPart
    {
        readonly get => (int)(QuadPart >> 32);
        set => QuadPart = ((long)value << 32) | LowPart;
    }

    public static implicit operator LARGE_INTEGER(long value) => new(value);

    public static bool operator ==(LARGE_INTEGER left, LARGE_INTEGER right) => left.QuadPart == right.QuadPart;

    public static bool operator !=(LARGE_INTEGER left, LARGE_INTEGER right) => left.QuadPart != right.QuadPart;

    public readonly bool Equals(LARGE_INTEGER other) => QuadPart == other.QuadPart;

    public override readonly bool Equals(object? obj) => obj is LARGE_INTEGER other && Equals(other);

    public override readonly int GetHashCode() => QuadPart.GetHashCode();

    public override readonly string ToString() => QuadPart.ToString(CultureInfo.InvariantCulture);
}

/// <summary>PROCESSOR_NUMBER: a processor's group and number within the group.</summary>
public struct PROCESSOR_NUMBER
{
    public ushort Group;
    public byte Number;
    public byte Reserved;
}

/// <summary>KWAIT_BLOCK: caller-supplied wait blocks for KeWaitForMultipleObjects with more than
/// THREAD_WAIT_OBJECTS objects. NtSim keeps its own; the array is checked for size only.</summary>
public sealed class KWAIT_BLOCK
{
}
