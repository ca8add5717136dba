using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>RtlUshortByteSwap (an intrinsic on x64): the two bytes reversed.</summary>
    public static ushort RtlUshortByteSwap(ushort Source) => BinaryPrimitives.ReverseEndianness(Source);

    /// <summary>RtlUlongByteSwap (an intrinsic on x64): the four bytes reversed.</summary>
    public static uint RtlUlongByteSwap(uint Source) => BinaryPrimitives.ReverseEndianness(Source);

    /// <summary>RtlUlonglongByteSwap (an intrinsic on x64): the eight bytes reversed.</summary>
    public static ulong RtlUlonglongByteSwap(ulong Source) => BinaryPrimitives.ReverseEndianness(Source);

    /// <summary>RtlCopyBytes (RtlCopyMemory on x64).</summary>
    public static void RtlCopyBytes(PVOID Destination, PVOID Source, ulong Length) => RtlCopyMemory(Destination, Source, Length);

    /// <summary>RtlZeroBytes (RtlZeroMemory on x64).</summary>
    public static void RtlZeroBytes(PVOID Destination, ulong Length) => RtlZeroMemory(Destination, Length);

    /// <summary>RtlFillBytes (RtlFillMemory on x64).</summary>
    public static void RtlFillBytes(PVOID Destination, ulong Length, byte Fill) => RtlFillMemory(Destination, Length, Fill);

    /// <summary>RtlCopyMemoryNonTemporal (inline on x64): RtlCopyMemory without polluting the cache.</summary>
    public static void RtlCopyMemoryNonTemporal(PVOID Destination, PVOID Source, ulong Length) => RtlCopyMemory(Destination, Source, Length);

    /// <summary>RtlPrefetchMemoryNonTemporal: a hint to bring memory into the cache; it never faults and changes nothing.</summary>
    public static void RtlPrefetchMemoryNonTemporal(PVOID Source, ulong Length) => DdiGate.Enter(DdiTable.RtlPrefetchMemoryNonTemporal);

    /// <summary>RtlFillMemoryUlong (a macro on x64): fills <paramref name="Length"/> bytes (a multiple of four,
    /// the rest is left alone) with the ULONG <paramref name="Pattern"/>.</summary>
    public static void RtlFillMemoryUlong(PVOID Destination, ulong Length, uint Pattern)
    {
        var thread = KeContext.Running(nameof(RtlFillMemoryUlong));
        var bytes = thread.Machine.Memory.Access(thread, Destination.Address, (int)(Length & ~3UL), AccessKind.Write, nameof(RtlFillMemoryUlong));
        MemoryMarshal.Cast<byte, uint>(bytes).Fill(Pattern);
    }

    /// <summary>RtlCompareMemoryUlong: how many bytes from <paramref name="Source"/> match the ULONG
    /// <paramref name="Pattern"/>, in whole ULONGs; 0 when the address is not ULONG-aligned or the length not a multiple of four.</summary>
    public static ulong RtlCompareMemoryUlong(PVOID Source, ulong Length, uint Pattern)
    {
        var thread = DdiGate.Enter(DdiTable.RtlCompareMemoryUlong);
        if ((Source.Address & 3) != 0 || (Length & 3) != 0)
        {
            return 0;
        }

        var bytes = thread.Machine.Memory.Access(thread, Source.Address, (int)Length, AccessKind.Read, nameof(RtlCompareMemoryUlong));
        var words = MemoryMarshal.Cast<byte, uint>(bytes);
        var same = words.IndexOfAnyExcept(Pattern);
        return (ulong)(same < 0 ? words.Length : same) * 4;
    }

    /// <summary>RtlOffsetToPointer (a macro): the address <paramref name="O"/> bytes past <paramref name="B"/>.</summary>
    public static PVOID RtlOffsetToPointer(PVOID B, ulong O) => B + O;

    /// <summary>RtlPointerToOffset (a macro): how many bytes <paramref name="P"/> lies past <paramref name="B"/>.</summary>
    public static ulong RtlPointerToOffset(PVOID B, PVOID P) => P.Address - B.Address;
}
