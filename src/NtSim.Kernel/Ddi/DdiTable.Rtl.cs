namespace NtSim;

// The DDI table: the run-time library (Rtl). One row per DDI: its IRQL range (its documented
// "IRQL" line), the verifier rule a call outside it breaks, its traits (docs/ddi-entry.md).
internal static partial class DdiTable
{
    internal static readonly Ddi RtlCompareMemory = new(nameof(RtlCompareMemory), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlZeroMemory = new(nameof(RtlZeroMemory), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlSecureZeroMemory = new(nameof(RtlSecureZeroMemory), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlFillMemory = new(nameof(RtlFillMemory), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlCopyMemory = new(nameof(RtlCopyMemory), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlMoveMemory = new(nameof(RtlMoveMemory), Wdm.HIGH_LEVEL);

    // RtlAssert (what ASSERT calls): any IRQL, as ASSERT is used at any IRQL.
    internal static readonly Ddi RtlAssert = new(nameof(RtlAssert), Wdm.HIGH_LEVEL);

    // Counted strings and conversions (wdm.h, ntifs.h). IRQL lines of their reference pages: the
    // Init routines "Any level" (<= DISPATCH_LEVEL over nonpaged memory), the conversions, case
    // mappings and frees PASSIVE_LEVEL, RtlOemToUnicodeN "< DISPATCH_LEVEL".
    internal static readonly Ddi RtlInitAnsiString = new(nameof(RtlInitAnsiString), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlInitString = new(nameof(RtlInitString), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlAnsiStringToUnicodeString = new(nameof(RtlAnsiStringToUnicodeString), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlUnicodeStringToAnsiString = new(nameof(RtlUnicodeStringToAnsiString), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlFreeAnsiString = new(nameof(RtlFreeAnsiString), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlFreeUnicodeString = new(nameof(RtlFreeUnicodeString), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlFreeOemString = new(nameof(RtlFreeOemString), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlUnicodeStringToCountedOemString = new(nameof(RtlUnicodeStringToCountedOemString), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlUpcaseUnicodeStringToCountedOemString = new(nameof(RtlUpcaseUnicodeStringToCountedOemString), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlUnicodeStringToOemString = new(nameof(RtlUnicodeStringToOemString), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlOemStringToCountedUnicodeString = new(nameof(RtlOemStringToCountedUnicodeString), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlOemToUnicodeN = new(nameof(RtlOemToUnicodeN), Wdm.APC_LEVEL);

    internal static readonly Ddi RtlUpcaseUnicodeString = new(nameof(RtlUpcaseUnicodeString), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlDowncaseUnicodeString = new(nameof(RtlDowncaseUnicodeString), Wdm.PASSIVE_LEVEL);

    // Numbers, GUIDs and times: the string conversions PASSIVE_LEVEL, the time conversions "Any level".
    internal static readonly Ddi RtlIntegerToUnicodeString = new(nameof(RtlIntegerToUnicodeString), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlInt64ToUnicodeString = new(nameof(RtlInt64ToUnicodeString), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlUnicodeStringToInteger = new(nameof(RtlUnicodeStringToInteger), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlGUIDFromString = new(nameof(RtlGUIDFromString), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlStringFromGUID = new(nameof(RtlStringFromGUID), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlTimeToTimeFields = new(nameof(RtlTimeToTimeFields), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlTimeFieldsToTime = new(nameof(RtlTimeFieldsToTime), Wdm.HIGH_LEVEL);

    // Bitmaps: "Any level" for a bitmap in nonpaged memory, <= APC_LEVEL in paged memory; the second
    // rule is the memory's own (a touch of paged memory at DISPATCH_LEVEL faults), so the rows allow any level.
    internal static readonly Ddi RtlInitializeBitMap = new(nameof(RtlInitializeBitMap), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlSetBits = new(nameof(RtlSetBits), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlClearBits = new(nameof(RtlClearBits), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlSetAllBits = new(nameof(RtlSetAllBits), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlClearAllBits = new(nameof(RtlClearAllBits), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlTestBit = new(nameof(RtlTestBit), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlAreBitsSet = new(nameof(RtlAreBitsSet), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlAreBitsClear = new(nameof(RtlAreBitsClear), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlFindClearBits = new(nameof(RtlFindClearBits), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlFindSetBits = new(nameof(RtlFindSetBits), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlFindClearBitsAndSet = new(nameof(RtlFindClearBitsAndSet), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlFindSetBitsAndClear = new(nameof(RtlFindSetBitsAndClear), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlNumberOfClearBits = new(nameof(RtlNumberOfClearBits), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlNumberOfSetBits = new(nameof(RtlNumberOfSetBits), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlFindFirstRunClear = new(nameof(RtlFindFirstRunClear), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlFindLongestRunClear = new(nameof(RtlFindLongestRunClear), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlFindLeastSignificantBit = new(nameof(RtlFindLeastSignificantBit), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlFindMostSignificantBit = new(nameof(RtlFindMostSignificantBit), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlNumberOfSetBitsUlongPtr = new(nameof(RtlNumberOfSetBitsUlongPtr), Wdm.HIGH_LEVEL);

    // Memory: "Any level" over nonpaged memory (the memory's own rule covers paged memory).
    internal static readonly Ddi RtlCompareMemoryUlong = new(nameof(RtlCompareMemoryUlong), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlPrefetchMemoryNonTemporal = new(nameof(RtlPrefetchMemoryNonTemporal), Wdm.HIGH_LEVEL);

    // Splay links: IRQL <= DISPATCH_LEVEL over a nonpaged tree (the IRQL line says "see Remarks").
    internal static readonly Ddi RtlSplay = new(nameof(RtlSplay), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlDelete = new(nameof(RtlDelete), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlDeleteNoSplay = new(nameof(RtlDeleteNoSplay), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlSubtreeSuccessor = new(nameof(RtlSubtreeSuccessor), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlSubtreePredecessor = new(nameof(RtlSubtreePredecessor), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlRealSuccessor = new(nameof(RtlRealSuccessor), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlRealPredecessor = new(nameof(RtlRealPredecessor), Wdm.DISPATCH_LEVEL);

    // Generic tables: < DISPATCH_LEVEL over pageable memory or routines, DISPATCH_LEVEL otherwise.
    internal static readonly Ddi RtlInitializeGenericTable = new(nameof(RtlInitializeGenericTable), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlInsertElementGenericTable = new(nameof(RtlInsertElementGenericTable), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlLookupElementGenericTable = new(nameof(RtlLookupElementGenericTable), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlDeleteElementGenericTable = new(nameof(RtlDeleteElementGenericTable), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlEnumerateGenericTable = new(nameof(RtlEnumerateGenericTable), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlEnumerateGenericTableWithoutSplaying = new(nameof(RtlEnumerateGenericTableWithoutSplaying), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlGetElementGenericTable = new(nameof(RtlGetElementGenericTable), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlNumberGenericTableElements = new(nameof(RtlNumberGenericTableElements), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlIsGenericTableEmpty = new(nameof(RtlIsGenericTableEmpty), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlInitializeGenericTableAvl = new(nameof(RtlInitializeGenericTableAvl), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlInsertElementGenericTableAvl = new(nameof(RtlInsertElementGenericTableAvl), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlLookupElementGenericTableAvl = new(nameof(RtlLookupElementGenericTableAvl), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlDeleteElementGenericTableAvl = new(nameof(RtlDeleteElementGenericTableAvl), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlEnumerateGenericTableAvl = new(nameof(RtlEnumerateGenericTableAvl), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlEnumerateGenericTableWithoutSplayingAvl = new(nameof(RtlEnumerateGenericTableWithoutSplayingAvl), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlGetElementGenericTableAvl = new(nameof(RtlGetElementGenericTableAvl), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlNumberGenericTableElementsAvl = new(nameof(RtlNumberGenericTableElementsAvl), Wdm.DISPATCH_LEVEL);

    internal static readonly Ddi RtlIsGenericTableEmptyAvl = new(nameof(RtlIsGenericTableEmptyAvl), Wdm.DISPATCH_LEVEL);

    // Counted string comparisons: PASSIVE_LEVEL. Interlocked bitmap changes: as the other bitmap routines.
    internal static readonly Ddi RtlEqualString = new(nameof(RtlEqualString), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlCompareString = new(nameof(RtlCompareString), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlCompareUnicodeStrings = new(nameof(RtlCompareUnicodeStrings), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlInterlockedSetBits = new(nameof(RtlInterlockedSetBits), Wdm.HIGH_LEVEL);

    internal static readonly Ddi RtlInterlockedClearBits = new(nameof(RtlInterlockedClearBits), Wdm.HIGH_LEVEL);

    // Versions: each page's IRQL line is PASSIVE_LEVEL.
    internal static readonly Ddi RtlGetVersion = new(nameof(RtlGetVersion), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlVerifyVersionInfo = new(nameof(RtlVerifyVersionInfo), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlIsNtDdiVersionAvailable = new(nameof(RtlIsNtDdiVersionAvailable), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlIsServicePackVersionInstalled = new(nameof(RtlIsServicePackVersionInstalled), Wdm.PASSIVE_LEVEL);
}
