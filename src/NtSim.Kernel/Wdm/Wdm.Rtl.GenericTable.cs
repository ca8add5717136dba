namespace NtSim;

// Generic tables (ntddk.h): the splay form and the AVL form. IRQL < DISPATCH_LEVEL when the table, the
// data or the routines are pageable, any level up to DISPATCH_LEVEL otherwise (the rows allow DISPATCH_LEVEL).
public static partial class Wdm
{
    /// <summary>RtlInitializeGenericTable: an empty table ordered by <paramref name="CompareRoutine"/>, whose
    /// elements come from <paramref name="AllocateRoutine"/> (40 bytes of header before each element's data).</summary>
    public static void RtlInitializeGenericTable(RTL_GENERIC_TABLE Table, RTL_GENERIC_COMPARE_ROUTINE CompareRoutine,
        RTL_GENERIC_ALLOCATE_ROUTINE AllocateRoutine, RTL_GENERIC_FREE_ROUTINE FreeRoutine, PVOID TableContext)
    {
        DdiGate.Enter(DdiTable.RtlInitializeGenericTable);
        KeContext.NotNull(Table, nameof(Table));
        KeContext.NotNull(CompareRoutine, nameof(CompareRoutine));
        KeContext.NotNull(AllocateRoutine, nameof(AllocateRoutine));
        KeContext.NotNull(FreeRoutine, nameof(FreeRoutine));
        Table.TableContext = TableContext;
        Table.Core = new GenericTable((a, b) => CompareRoutine(Table, a, b), size => AllocateRoutine(Table, size),
            block => FreeRoutine(Table, block), headerSize: 40, splays: true);
    }

    /// <summary>RtlInsertElementGenericTable: the element equal to <paramref name="Buffer"/> if there is one
    /// (NewElement FALSE), else a new element holding a copy of its <paramref name="BufferSize"/> bytes; NULL when the
    /// allocate routine returns NULL.</summary>
    public static PVOID RtlInsertElementGenericTable(RTL_GENERIC_TABLE Table, PVOID Buffer, uint BufferSize, out bool NewElement)
    {
        var thread = DdiGate.Enter(DdiTable.RtlInsertElementGenericTable);
        return TableCore(Table, DdiTable.RtlInsertElementGenericTable).Insert(thread, Buffer, BufferSize, out NewElement, nameof(RtlInsertElementGenericTable));
    }

    /// <summary>RtlLookupElementGenericTable: the element equal to <paramref name="Buffer"/>, or NULL.</summary>
    public static PVOID RtlLookupElementGenericTable(RTL_GENERIC_TABLE Table, PVOID Buffer)
    {
        DdiGate.Enter(DdiTable.RtlLookupElementGenericTable);
        return TableCore(Table, DdiTable.RtlLookupElementGenericTable).Lookup(Buffer);
    }

    /// <summary>RtlDeleteElementGenericTable: removes the element equal to <paramref name="Buffer"/> and gives its
    /// memory to the free routine; FALSE if there is none.</summary>
    public static bool RtlDeleteElementGenericTable(RTL_GENERIC_TABLE Table, PVOID Buffer)
    {
        DdiGate.Enter(DdiTable.RtlDeleteElementGenericTable);
        return TableCore(Table, DdiTable.RtlDeleteElementGenericTable).Delete(Buffer);
    }

    /// <summary>RtlEnumerateGenericTable: with <paramref name="Restart"/> the first element in order, then the next one
    /// at each call, then NULL.</summary>
    public static PVOID RtlEnumerateGenericTable(RTL_GENERIC_TABLE Table, bool Restart)
    {
        DdiGate.Enter(DdiTable.RtlEnumerateGenericTable);
        return TableCore(Table, DdiTable.RtlEnumerateGenericTable).Enumerate(Restart);
    }

    /// <summary>RtlEnumerateGenericTableWithoutSplaying: the element after <paramref name="RestartKey"/> (NULL: the first)
    /// in order, which becomes the new key; NULL after the last. The table is not reorganized.</summary>
    public static PVOID RtlEnumerateGenericTableWithoutSplaying(RTL_GENERIC_TABLE Table, ref PVOID RestartKey)
    {
        DdiGate.Enter(DdiTable.RtlEnumerateGenericTableWithoutSplaying);
        return TableCore(Table, DdiTable.RtlEnumerateGenericTableWithoutSplaying).EnumerateWithoutSplaying(ref RestartKey);
    }

    /// <summary>RtlGetElementGenericTable: the element numbered <paramref name="I"/> (from 0) in the order of insertion; NULL past the last.</summary>
    public static PVOID RtlGetElementGenericTable(RTL_GENERIC_TABLE Table, uint I)
    {
        DdiGate.Enter(DdiTable.RtlGetElementGenericTable);
        return TableCore(Table, DdiTable.RtlGetElementGenericTable).Get(I);
    }

    /// <summary>RtlNumberGenericTableElements: how many elements the table holds.</summary>
    public static uint RtlNumberGenericTableElements(RTL_GENERIC_TABLE Table)
    {
        DdiGate.Enter(DdiTable.RtlNumberGenericTableElements);
        return (uint)TableCore(Table, DdiTable.RtlNumberGenericTableElements).Count;
    }

    /// <summary>RtlIsGenericTableEmpty: whether the table holds no element.</summary>
    public static bool RtlIsGenericTableEmpty(RTL_GENERIC_TABLE Table)
    {
        DdiGate.Enter(DdiTable.RtlIsGenericTableEmpty);
        return TableCore(Table, DdiTable.RtlIsGenericTableEmpty).Count == 0;
    }

    /// <summary>RtlInitializeGenericTableAvl: an empty table ordered by <paramref name="CompareRoutine"/>, whose
    /// elements come from <paramref name="AllocateRoutine"/> (32 bytes of header before each element's data).</summary>
    public static void RtlInitializeGenericTableAvl(RTL_AVL_TABLE Table, RTL_AVL_COMPARE_ROUTINE CompareRoutine,
        RTL_AVL_ALLOCATE_ROUTINE AllocateRoutine, RTL_AVL_FREE_ROUTINE FreeRoutine, PVOID TableContext)
    {
        DdiGate.Enter(DdiTable.RtlInitializeGenericTableAvl);
        KeContext.NotNull(Table, nameof(Table));
        KeContext.NotNull(CompareRoutine, nameof(CompareRoutine));
        KeContext.NotNull(AllocateRoutine, nameof(AllocateRoutine));
        KeContext.NotNull(FreeRoutine, nameof(FreeRoutine));
        Table.TableContext = TableContext;
        Table.Core = new GenericTable((a, b) => CompareRoutine(Table, a, b), size => AllocateRoutine(Table, size),
            block => FreeRoutine(Table, block), headerSize: 32, splays: false);
    }

    /// <summary>RtlInsertElementGenericTableAvl: the element equal to <paramref name="Buffer"/> if there is one
    /// (NewElement FALSE), else a new element holding a copy of its <paramref name="BufferSize"/> bytes; NULL when the
    /// allocate routine returns NULL.</summary>
    public static PVOID RtlInsertElementGenericTableAvl(RTL_AVL_TABLE Table, PVOID Buffer, uint BufferSize, out bool NewElement)
    {
        var thread = DdiGate.Enter(DdiTable.RtlInsertElementGenericTableAvl);
        return TableCore(Table, DdiTable.RtlInsertElementGenericTableAvl).Insert(thread, Buffer, BufferSize, out NewElement, nameof(RtlInsertElementGenericTableAvl));
    }

    /// <summary>RtlLookupElementGenericTableAvl: the element equal to <paramref name="Buffer"/>, or NULL.</summary>
    public static PVOID RtlLookupElementGenericTableAvl(RTL_AVL_TABLE Table, PVOID Buffer)
    {
        DdiGate.Enter(DdiTable.RtlLookupElementGenericTableAvl);
        return TableCore(Table, DdiTable.RtlLookupElementGenericTableAvl).Lookup(Buffer);
    }

    /// <summary>RtlDeleteElementGenericTableAvl: removes the element equal to <paramref name="Buffer"/> and gives its
    /// memory to the free routine; FALSE if there is none.</summary>
    public static bool RtlDeleteElementGenericTableAvl(RTL_AVL_TABLE Table, PVOID Buffer)
    {
        DdiGate.Enter(DdiTable.RtlDeleteElementGenericTableAvl);
        return TableCore(Table, DdiTable.RtlDeleteElementGenericTableAvl).Delete(Buffer);
    }

    /// <summary>RtlEnumerateGenericTableAvl: with <paramref name="Restart"/> the first element in order, then the next one
    /// at each call, then NULL.</summary>
    public static PVOID RtlEnumerateGenericTableAvl(RTL_AVL_TABLE Table, bool Restart)
    {
        DdiGate.Enter(DdiTable.RtlEnumerateGenericTableAvl);
        return TableCore(Table, DdiTable.RtlEnumerateGenericTableAvl).Enumerate(Restart);
    }

    /// <summary>RtlEnumerateGenericTableWithoutSplayingAvl: the element after <paramref name="RestartKey"/> (NULL: the first)
    /// in order, which becomes the new key; NULL after the last. The table is not reorganized.</summary>
    public static PVOID RtlEnumerateGenericTableWithoutSplayingAvl(RTL_AVL_TABLE Table, ref PVOID RestartKey)
    {
        DdiGate.Enter(DdiTable.RtlEnumerateGenericTableWithoutSplayingAvl);
        return TableCore(Table, DdiTable.RtlEnumerateGenericTableWithoutSplayingAvl).EnumerateWithoutSplaying(ref RestartKey);
    }

    /// <summary>RtlGetElementGenericTableAvl: the element numbered <paramref name="I"/> (from 0) in the table's order; NULL past the last.</summary>
    public static PVOID RtlGetElementGenericTableAvl(RTL_AVL_TABLE Table, uint I)
    {
        DdiGate.Enter(DdiTable.RtlGetElementGenericTableAvl);
        return TableCore(Table, DdiTable.RtlGetElementGenericTableAvl).Get(I);
    }

    /// <summary>RtlNumberGenericTableElementsAvl: how many elements the table holds.</summary>
    public static uint RtlNumberGenericTableElementsAvl(RTL_AVL_TABLE Table)
    {
        DdiGate.Enter(DdiTable.RtlNumberGenericTableElementsAvl);
        return (uint)TableCore(Table, DdiTable.RtlNumberGenericTableElementsAvl).Count;
    }

    /// <summary>RtlIsGenericTableEmptyAvl: whether the table holds no element.</summary>
    public static bool RtlIsGenericTableEmptyAvl(RTL_AVL_TABLE Table)
    {
        DdiGate.Enter(DdiTable.RtlIsGenericTableEmptyAvl);
        return TableCore(Table, DdiTable.RtlIsGenericTableEmptyAvl).Count == 0;
    }

    private static GenericTable TableCore(RTL_GENERIC_TABLE? table, Ddi ddi) =>
        KeContext.NotNull(table, "Table", ddi.Name).Core ?? throw new InvalidOperationException($"{ddi.Name}: the table was not initialized with RtlInitializeGenericTable.");

    private static GenericTable TableCore(RTL_AVL_TABLE? table, Ddi ddi) =>
        KeContext.NotNull(table, "Table", ddi.Name).Core ?? throw new InvalidOperationException($"{ddi.Name}: the table was not initialized with RtlInitializeGenericTableAvl.");
}
