using System.Runtime.CompilerServices;

namespace NtSim;

public static partial class Wdm
{
    /// <summary>ExInitializeNPagedLookasideList: an empty list of nonpaged entries of
    /// <paramref name="Size"/> bytes. Flags may hold POOL_NX_ALLOCATION and
    /// POOL_RAISE_IF_ALLOCATION_FAILURE (Windows 8 and later); Depth is reserved (0).</summary>
    public static void ExInitializeNPagedLookasideList(NPAGED_LOOKASIDE_LIST Lookaside, PALLOCATE_FUNCTION? Allocate, PFREE_FUNCTION? Free,
        uint Flags, ulong Size, uint Tag, ushort Depth, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ExInitializeNPagedLookasideList);
        KeContext.NotNull(Lookaside, nameof(Lookaside));
        _ = Depth;
        var modifiers = RequireListFlags(Flags, POOL_NX_ALLOCATION | POOL_RAISE_IF_ALLOCATION_FAILURE, nameof(ExInitializeNPagedLookasideList));
        var type = (modifiers & POOL_NX_ALLOCATION) != 0 ? NonPagedPoolNx : NonPagedPool;
        InitializeList(thread, Lookaside.L, "NPAGED_LOOKASIDE_LIST", type, type | (modifiers & POOL_RAISE_IF_ALLOCATION_FAILURE),
            Allocate, Free, Size, Tag, file, line, nameof(ExInitializeNPagedLookasideList));
    }

    /// <summary>ExInitializePagedLookasideList: an empty list of pageable entries (IRQL &lt;= APC_LEVEL).
    /// Flags may hold POOL_RAISE_IF_ALLOCATION_FAILURE (POOL_NX_ALLOCATION has no effect: paged pool is NX).</summary>
    public static void ExInitializePagedLookasideList(PAGED_LOOKASIDE_LIST Lookaside, PALLOCATE_FUNCTION? Allocate, PFREE_FUNCTION? Free,
        uint Flags, ulong Size, uint Tag, ushort Depth, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ExInitializePagedLookasideList);
        KeContext.NotNull(Lookaside, nameof(Lookaside));
        _ = Depth;
        var modifiers = RequireListFlags(Flags, POOL_NX_ALLOCATION | POOL_RAISE_IF_ALLOCATION_FAILURE, nameof(ExInitializePagedLookasideList));
        InitializeList(thread, Lookaside.L, "PAGED_LOOKASIDE_LIST", PagedPool, PagedPool | (modifiers & POOL_RAISE_IF_ALLOCATION_FAILURE),
            Allocate, Free, Size, Tag, file, line, nameof(ExInitializePagedLookasideList));
    }

    /// <summary>ExAllocateFromNPagedLookasideList: the most recently freed entry, or a new one.</summary>
    public static PVOID ExAllocateFromNPagedLookasideList(NPAGED_LOOKASIDE_LIST Lookaside,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        ExLookaside.Allocate(DdiGate.Enter(DdiTable.ExAllocateFromNPagedLookasideList), KeContext.NotNull(Lookaside, nameof(Lookaside)).L, file, line, nameof(ExAllocateFromNPagedLookasideList));

    /// <summary>ExFreeToNPagedLookasideList: keeps the entry, or frees it if the list is full.</summary>
    public static void ExFreeToNPagedLookasideList(NPAGED_LOOKASIDE_LIST Lookaside, PVOID Entry) =>
        ExLookaside.Free(DdiGate.Enter(DdiTable.ExFreeToNPagedLookasideList), KeContext.NotNull(Lookaside, nameof(Lookaside)).L, Entry, nameof(ExFreeToNPagedLookasideList));

    /// <summary>ExDeleteNPagedLookasideList: frees the entries the list holds and removes it.</summary>
    public static void ExDeleteNPagedLookasideList(NPAGED_LOOKASIDE_LIST Lookaside) =>
        ExLookaside.Delete(DdiGate.Enter(DdiTable.ExDeleteNPagedLookasideList), KeContext.NotNull(Lookaside, nameof(Lookaside)).L, nameof(ExDeleteNPagedLookasideList));

    /// <summary>ExAllocateFromPagedLookasideList: the most recently freed entry, or a new one (IRQL &lt;= APC_LEVEL).</summary>
    public static PVOID ExAllocateFromPagedLookasideList(PAGED_LOOKASIDE_LIST Lookaside,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        ExLookaside.Allocate(DdiGate.Enter(DdiTable.ExAllocateFromPagedLookasideList), KeContext.NotNull(Lookaside, nameof(Lookaside)).L, file, line, nameof(ExAllocateFromPagedLookasideList));

    /// <summary>ExFreeToPagedLookasideList: keeps the entry, or frees it if the list is full.</summary>
    public static void ExFreeToPagedLookasideList(PAGED_LOOKASIDE_LIST Lookaside, PVOID Entry) =>
        ExLookaside.Free(DdiGate.Enter(DdiTable.ExFreeToPagedLookasideList), KeContext.NotNull(Lookaside, nameof(Lookaside)).L, Entry, nameof(ExFreeToPagedLookasideList));

    /// <summary>ExDeletePagedLookasideList: frees the entries the list holds and removes it.</summary>
    public static void ExDeletePagedLookasideList(PAGED_LOOKASIDE_LIST Lookaside) =>
        ExLookaside.Delete(DdiGate.Enter(DdiTable.ExDeletePagedLookasideList), KeContext.NotNull(Lookaside, nameof(Lookaside)).L, nameof(ExDeletePagedLookasideList));

    /// <summary>
    /// ExInitializeLookasideListEx: an empty list of <paramref name="PoolType"/> entries. Returns
    /// STATUS_INVALID_PARAMETER_4 for a bad pool type and STATUS_INVALID_PARAMETER_5 for bad flags
    /// (EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL and _FAIL_NO_RAISE exclude each other).
    /// </summary>
    public static NTSTATUS ExInitializeLookasideListEx(LOOKASIDE_LIST_EX Lookaside, PALLOCATE_FUNCTION_EX? Allocate, PFREE_FUNCTION_EX? Free,
        POOL_TYPE PoolType, uint Flags, ulong Size, uint Tag, ushort Depth,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        var thread = DdiGate.Enter(DdiTable.ExInitializeLookasideListEx);
        KeContext.NotNull(Lookaside, nameof(Lookaside));
        _ = Depth;
        if (PoolTypes.HasUnknownBits(PoolType) || PoolTypes.IsMustSucceed(PoolType))
        {
            return STATUS_INVALID_PARAMETER_4;
        }

        if ((Flags & ~(EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL | EX_LOOKASIDE_LIST_EX_FLAGS_FAIL_NO_RAISE)) != 0
            || Flags == (EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL | EX_LOOKASIDE_LIST_EX_FLAGS_FAIL_NO_RAISE))
        {
            return STATUS_INVALID_PARAMETER_5;
        }

        // The allocate routine receives PoolType ORed with the bit the flag stands for.
        var allocateType = PoolType;
        if ((Flags & EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL) != 0)
        {
            allocateType |= POOL_RAISE_IF_ALLOCATION_FAILURE;
        }
        else if ((Flags & EX_LOOKASIDE_LIST_EX_FLAGS_FAIL_NO_RAISE) != 0)
        {
            allocateType |= POOL_QUOTA_FAIL_INSTEAD_OF_RAISE;
        }

        var l = Lookaside.L;
        ExLookaside.Initialize(thread, l, "LOOKASIDE_LIST_EX", PoolTypes.Strip(PoolType), allocateType, Size, Tag, file, line, nameof(ExInitializeLookasideListEx));
        l.Allocate = null;
        l.Free = null;
        l.AllocateEx = Allocate;
        l.FreeEx = Free;
        l.Owner = Lookaside;
        return STATUS_SUCCESS;
    }

    /// <summary>ExAllocateFromLookasideListEx: the most recently freed entry, or a new one; NULL if that fails.</summary>
    public static PVOID ExAllocateFromLookasideListEx(LOOKASIDE_LIST_EX Lookaside,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        ExLookaside.Allocate(DdiGate.Enter(DdiTable.ExAllocateFromLookasideListEx), KeContext.NotNull(Lookaside, nameof(Lookaside)).L, file, line, nameof(ExAllocateFromLookasideListEx));

    /// <summary>ExFreeToLookasideListEx: keeps the entry, or frees it if the list is full.</summary>
    public static void ExFreeToLookasideListEx(LOOKASIDE_LIST_EX Lookaside, PVOID Entry) =>
        ExLookaside.Free(DdiGate.Enter(DdiTable.ExFreeToLookasideListEx), KeContext.NotNull(Lookaside, nameof(Lookaside)).L, Entry, nameof(ExFreeToLookasideListEx));

    /// <summary>ExFlushLookasideListEx: frees every entry the list holds; the list stays usable.</summary>
    public static void ExFlushLookasideListEx(LOOKASIDE_LIST_EX Lookaside) =>
        ExLookaside.Flush(DdiGate.Enter(DdiTable.ExFlushLookasideListEx), KeContext.NotNull(Lookaside, nameof(Lookaside)).L, nameof(ExFlushLookasideListEx));

    /// <summary>ExDeleteLookasideListEx: frees the entries the list holds and removes it.</summary>
    public static void ExDeleteLookasideListEx(LOOKASIDE_LIST_EX Lookaside) =>
        ExLookaside.Delete(DdiGate.Enter(DdiTable.ExDeleteLookasideListEx), KeContext.NotNull(Lookaside, nameof(Lookaside)).L, nameof(ExDeleteLookasideListEx));

    private static POOL_TYPE RequireListFlags(uint flags, POOL_TYPE allowed, string ddi)
    {
        var modifiers = (POOL_TYPE)flags;
        if ((modifiers & ~allowed) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(flags), flags, $"{ddi}: Flags may hold only POOL_NX_ALLOCATION and POOL_RAISE_IF_ALLOCATION_FAILURE.");
        }

        return modifiers;
    }

    private static void InitializeList(KTHREAD thread, GENERAL_LOOKASIDE l, string family, POOL_TYPE type, POOL_TYPE allocateType,
        PALLOCATE_FUNCTION? allocate, PFREE_FUNCTION? free, ulong size, uint tag, string file, int line, string ddi)
    {
        ExLookaside.Initialize(thread, l, family, type, allocateType, size, tag, file, line, ddi);
        l.Allocate = allocate;
        l.Free = free;
        l.AllocateEx = null;
        l.FreeEx = null;
        l.Owner = null;
    }
}
