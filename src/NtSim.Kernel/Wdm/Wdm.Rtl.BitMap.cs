namespace NtSim;

// Bitmaps (wdm.h). A range that runs past SizeOfBitMap is the caller's bug; the Are* tests answer FALSE.
public static partial class Wdm
{
    /// <summary>RtlInitializeBitMap: a header over a driver's array of ULONGs holding <paramref name="SizeOfBitMap"/> bits.</summary>
    public static void RtlInitializeBitMap(RTL_BITMAP BitMapHeader, Memory<uint> BitMapBuffer, uint SizeOfBitMap)
    {
        DdiGate.Enter(DdiTable.RtlInitializeBitMap);
        KeContext.NotNull(BitMapHeader, nameof(BitMapHeader));
        BitMapHeader.SizeOfBitMap = SizeOfBitMap;
        BitMapHeader.Buffer = BitMapBuffer;
        BitMapHeader.BufferAddress = default;
    }

    /// <summary>RtlInitializeBitMap: a header over ULONGs in simulated memory (a pool block, say).</summary>
    public static void RtlInitializeBitMap(RTL_BITMAP BitMapHeader, PVOID BitMapBuffer, uint SizeOfBitMap)
    {
        DdiGate.Enter(DdiTable.RtlInitializeBitMap);
        KeContext.NotNull(BitMapHeader, nameof(BitMapHeader));
        BitMapHeader.SizeOfBitMap = SizeOfBitMap;
        BitMapHeader.Buffer = default;
        BitMapHeader.BufferAddress = BitMapBuffer;
    }

    /// <summary>RtlSetBits: sets <paramref name="NumberToSet"/> bits from <paramref name="StartingIndex"/>.</summary>
    public static void RtlSetBits(RTL_BITMAP BitMapHeader, uint StartingIndex, uint NumberToSet) =>
        SetRange(BitMapHeader, StartingIndex, NumberToSet, true, DdiTable.RtlSetBits);

    /// <summary>RtlClearBits: clears <paramref name="NumberToClear"/> bits from <paramref name="StartingIndex"/>.</summary>
    public static void RtlClearBits(RTL_BITMAP BitMapHeader, uint StartingIndex, uint NumberToClear) =>
        SetRange(BitMapHeader, StartingIndex, NumberToClear, false, DdiTable.RtlClearBits);

    /// <summary>RtlInterlockedSetBits: RtlSetBits, each ULONG changed atomically against other processors' changes.</summary>
    public static void RtlInterlockedSetBits(RTL_BITMAP BitMapHeader, uint StartingIndex, uint NumberToSet) =>
        SetRange(BitMapHeader, StartingIndex, NumberToSet, true, DdiTable.RtlInterlockedSetBits, interlocked: true);

    /// <summary>RtlInterlockedClearBits: RtlClearBits, each ULONG changed atomically against other processors' changes.</summary>
    public static void RtlInterlockedClearBits(RTL_BITMAP BitMapHeader, uint StartingIndex, uint NumberToClear) =>
        SetRange(BitMapHeader, StartingIndex, NumberToClear, false, DdiTable.RtlInterlockedClearBits, interlocked: true);

    /// <summary>RtlSetAllBits: sets every bit.</summary>
    public static void RtlSetAllBits(RTL_BITMAP BitMapHeader) =>
        SetRange(BitMapHeader, 0, KeContext.NotNull(BitMapHeader, nameof(BitMapHeader)).SizeOfBitMap, true, DdiTable.RtlSetAllBits);

    /// <summary>RtlClearAllBits: clears every bit.</summary>
    public static void RtlClearAllBits(RTL_BITMAP BitMapHeader) =>
        SetRange(BitMapHeader, 0, KeContext.NotNull(BitMapHeader, nameof(BitMapHeader)).SizeOfBitMap, false, DdiTable.RtlClearAllBits);

    /// <summary>RtlCheckBit (a macro): whether bit <paramref name="BitPosition"/> is set.</summary>
    public static bool RtlCheckBit(RTL_BITMAP BitMapHeader, uint BitPosition)
    {
        KeContext.NotNull(BitMapHeader, nameof(BitMapHeader));
        BitMaps.CheckRange(BitMapHeader, BitPosition, 1, nameof(RtlCheckBit));
        return BitMaps.Test(BitMaps.Bits(null, BitMapHeader, write: false, nameof(RtlCheckBit)), BitPosition);
    }

    /// <summary>RtlTestBit: whether bit <paramref name="BitNumber"/> is set.</summary>
    public static bool RtlTestBit(RTL_BITMAP BitMapHeader, uint BitNumber)
    {
        var (thread, bitmap) = EnterBitMap(BitMapHeader, DdiTable.RtlTestBit);
        BitMaps.CheckRange(bitmap, BitNumber, 1, nameof(RtlTestBit));
        return BitMaps.Test(BitMaps.Bits(thread, bitmap, write: false, nameof(RtlTestBit)), BitNumber);
    }

    /// <summary>RtlAreBitsSet: whether the <paramref name="Length"/> bits from <paramref name="StartingIndex"/>
    /// are all set (FALSE for an empty range or one past the end).</summary>
    public static bool RtlAreBitsSet(RTL_BITMAP BitMapHeader, uint StartingIndex, uint Length) =>
        AreBits(BitMapHeader, StartingIndex, Length, true, DdiTable.RtlAreBitsSet);

    /// <summary>RtlAreBitsClear: whether the bits of the range are all clear (FALSE for an empty range or one past the end).</summary>
    public static bool RtlAreBitsClear(RTL_BITMAP BitMapHeader, uint StartingIndex, uint Length) =>
        AreBits(BitMapHeader, StartingIndex, Length, false, DdiTable.RtlAreBitsClear);

    /// <summary>RtlFindClearBits: the start of a run of <paramref name="NumberToFind"/> clear bits, searched from
    /// <paramref name="HintIndex"/> to the end and then from the start; 0xFFFFFFFF if there is none.</summary>
    public static uint RtlFindClearBits(RTL_BITMAP BitMapHeader, uint NumberToFind, uint HintIndex) =>
        FindRun(BitMapHeader, NumberToFind, HintIndex, false, flip: false, DdiTable.RtlFindClearBits);

    /// <summary>RtlFindSetBits: RtlFindClearBits for set bits.</summary>
    public static uint RtlFindSetBits(RTL_BITMAP BitMapHeader, uint NumberToFind, uint HintIndex) =>
        FindRun(BitMapHeader, NumberToFind, HintIndex, true, flip: false, DdiTable.RtlFindSetBits);

    /// <summary>RtlFindClearBitsAndSet: RtlFindClearBits, and the run found is set.</summary>
    public static uint RtlFindClearBitsAndSet(RTL_BITMAP BitMapHeader, uint NumberToFind, uint HintIndex) =>
        FindRun(BitMapHeader, NumberToFind, HintIndex, false, flip: true, DdiTable.RtlFindClearBitsAndSet);

    /// <summary>RtlFindSetBitsAndClear: RtlFindSetBits, and the run found is cleared.</summary>
    public static uint RtlFindSetBitsAndClear(RTL_BITMAP BitMapHeader, uint NumberToFind, uint HintIndex) =>
        FindRun(BitMapHeader, NumberToFind, HintIndex, true, flip: true, DdiTable.RtlFindSetBitsAndClear);

    /// <summary>RtlNumberOfClearBits: how many bits are clear.</summary>
    public static uint RtlNumberOfClearBits(RTL_BITMAP BitMapHeader) => CountBits(BitMapHeader, false, DdiTable.RtlNumberOfClearBits);

    /// <summary>RtlNumberOfSetBits: how many bits are set.</summary>
    public static uint RtlNumberOfSetBits(RTL_BITMAP BitMapHeader) => CountBits(BitMapHeader, true, DdiTable.RtlNumberOfSetBits);

    /// <summary>RtlFindFirstRunClear: the length of the lowest run of clear bits (0 if none) and its start.</summary>
    public static uint RtlFindFirstRunClear(RTL_BITMAP BitMapHeader, out uint StartingIndex)
    {
        var (thread, bitmap) = EnterBitMap(BitMapHeader, DdiTable.RtlFindFirstRunClear);
        return BitMaps.FirstRun(BitMaps.Bits(thread, bitmap, write: false, nameof(RtlFindFirstRunClear)), bitmap.SizeOfBitMap, false, out StartingIndex);
    }

    /// <summary>RtlFindLongestRunClear: the length of the longest run of clear bits (0 if none) and its start.</summary>
    public static uint RtlFindLongestRunClear(RTL_BITMAP BitMapHeader, out uint StartingIndex)
    {
        var (thread, bitmap) = EnterBitMap(BitMapHeader, DdiTable.RtlFindLongestRunClear);
        return BitMaps.LongestRun(BitMaps.Bits(thread, bitmap, write: false, nameof(RtlFindLongestRunClear)), bitmap.SizeOfBitMap, false, out StartingIndex);
    }

    /// <summary>RtlFindLeastSignificantBit: the index of the lowest set bit of <paramref name="Set"/>, -1 if none.</summary>
    public static sbyte RtlFindLeastSignificantBit(ulong Set)
    {
        DdiGate.Enter(DdiTable.RtlFindLeastSignificantBit);
        return Set == 0 ? (sbyte)-1 : (sbyte)System.Numerics.BitOperations.TrailingZeroCount(Set);
    }

    /// <summary>RtlFindMostSignificantBit: the index of the highest set bit of <paramref name="Set"/>, -1 if none.</summary>
    public static sbyte RtlFindMostSignificantBit(ulong Set)
    {
        DdiGate.Enter(DdiTable.RtlFindMostSignificantBit);
        return Set == 0 ? (sbyte)-1 : (sbyte)System.Numerics.BitOperations.Log2(Set);
    }

    /// <summary>RtlNumberOfSetBitsUlongPtr: how many bits of <paramref name="Target"/> are set.</summary>
    public static uint RtlNumberOfSetBitsUlongPtr(ulong Target)
    {
        DdiGate.Enter(DdiTable.RtlNumberOfSetBitsUlongPtr);
        return (uint)System.Numerics.BitOperations.PopCount(Target);
    }

    private static (KTHREAD Thread, RTL_BITMAP BitMap) EnterBitMap(RTL_BITMAP? bitmap, Ddi ddi)
    {
        var thread = DdiGate.Enter(ddi);
        return (thread, KeContext.NotNull(bitmap, "BitMapHeader", ddi.Name));
    }

    private static void SetRange(RTL_BITMAP header, uint start, uint count, bool value, Ddi ddi, bool interlocked = false)
    {
        var (thread, bitmap) = EnterBitMap(header, ddi);
        BitMaps.CheckRange(bitmap, start, count, ddi.Name);
        var bits = BitMaps.Bits(thread, bitmap, write: true, ddi.Name);
        if (interlocked)
        {
            BitMaps.SetInterlocked(bits, start, count, value);
        }
        else
        {
            BitMaps.Set(bits, start, count, value);
        }
    }

    private static bool AreBits(RTL_BITMAP header, uint start, uint length, bool value, Ddi ddi)
    {
        var (thread, bitmap) = EnterBitMap(header, ddi);
        if (length == 0 || (ulong)start + length > bitmap.SizeOfBitMap)
        {
            return false;
        }

        return BitMaps.All(BitMaps.Bits(thread, bitmap, write: false, ddi.Name), start, length, value);
    }

    private static uint FindRun(RTL_BITMAP header, uint count, uint hint, bool value, bool flip, Ddi ddi)
    {
        var (thread, bitmap) = EnterBitMap(header, ddi);
        var bits = BitMaps.Bits(thread, bitmap, write: flip, ddi.Name);
        var found = BitMaps.Find(bits, bitmap.SizeOfBitMap, count, hint, value);
        if (flip && found != BitMaps.NotFound)
        {
            BitMaps.Set(bits, found, count, !value);
        }

        return found;
    }

    private static uint CountBits(RTL_BITMAP header, bool value, Ddi ddi)
    {
        var (thread, bitmap) = EnterBitMap(header, ddi);
        return BitMaps.Count(BitMaps.Bits(thread, bitmap, write: false, ddi.Name), bitmap.SizeOfBitMap, value);
    }
}
