using System.Diagnostics;

namespace NtSim;

/// <summary>PALLOCATE_FUNCTION: a driver's routine that allocates an entry for an empty
/// NPAGED_LOOKASIDE_LIST or PAGED_LOOKASIDE_LIST.</summary>
public delegate PVOID PALLOCATE_FUNCTION(POOL_TYPE PoolType, ulong NumberOfBytes, uint Tag);

/// <summary>PFREE_FUNCTION: a driver's routine that frees an entry a full list does not keep.</summary>
public delegate void PFREE_FUNCTION(PVOID Buffer);

/// <summary>PALLOCATE_FUNCTION_EX (LookasideListAllocateEx): allocates an entry for an empty LOOKASIDE_LIST_EX.</summary>
public delegate PVOID PALLOCATE_FUNCTION_EX(POOL_TYPE PoolType, ulong NumberOfBytes, uint Tag, LOOKASIDE_LIST_EX Lookaside);

/// <summary>PFREE_FUNCTION_EX (LookasideListFreeEx): frees an entry a full LOOKASIDE_LIST_EX does not keep.</summary>
public delegate void PFREE_FUNCTION_EX(PVOID Buffer, LOOKASIDE_LIST_EX Lookaside);

/// <summary>
/// GENERAL_LOOKASIDE: the state every lookaside list shares, with the counters a debugger and
/// the system's depth tuning read: TotalAllocates, AllocateMisses, TotalFrees, FreeMisses.
/// Entries are kept last in, first out, up to <see cref="Depth"/>.
/// </summary>
[DebuggerDisplay("Lookaside '{PoolTag.Format(Tag),nq}' size={Size} cached={CurrentDepth} allocs={TotalAllocates} misses={AllocateMisses}")]
public sealed class GENERAL_LOOKASIDE
{
    internal GENERAL_LOOKASIDE()
    {
    }

    /// <summary>Allocations asked of the list.</summary>
    public uint TotalAllocates { get; internal set; }

    /// <summary>Allocations the list could not serve from its entries (AllocateHits = TotalAllocates - AllocateMisses).</summary>
    public uint AllocateMisses { get; internal set; }

    /// <summary>Frees given to the list.</summary>
    public uint TotalFrees { get; internal set; }

    /// <summary>Frees the list did not keep because it held <see cref="Depth"/> entries (FreeHits = TotalFrees - FreeMisses).</summary>
    public uint FreeMisses { get; internal set; }

    /// <summary>How many entries the list keeps at most right now.</summary>
    public ushort Depth { get; internal set; }

    /// <summary>How far the system may raise <see cref="Depth"/>.</summary>
    public ushort MaximumDepth { get; internal set; }

    /// <summary>The pool type entries are allocated from.</summary>
    public POOL_TYPE Type { get; internal set; }

    /// <summary>The pool tag of the entries.</summary>
    public uint Tag { get; internal set; }

    /// <summary>The size of each entry in bytes.</summary>
    public uint Size { get; internal set; }

    /// <summary>Entries held by the list now (ExQueryDepthSList of its list head).</summary>
    public int CurrentDepth
    {
        get
        {
            lock (Lock)
            {
                return Entries.Count;
            }
        }
    }

    internal Lock Lock { get; } = new();

    internal List<ulong> Entries { get; } = [];

    internal Machine? Machine { get; set; }

    internal ulong Address { get; set; }

    internal bool Initialized { get; set; }

    internal int TrackHandle { get; set; }

    /// <summary>"NPAGED_LOOKASIDE_LIST", "PAGED_LOOKASIDE_LIST" or "LOOKASIDE_LIST_EX".</summary>
    internal string Family { get; set; } = "";

    /// <summary>The pool type passed to the allocate routine (with POOL_RAISE_IF_ALLOCATION_FAILURE
    /// or POOL_QUOTA_FAIL_INSTEAD_OF_RAISE from the list's flags).</summary>
    internal POOL_TYPE AllocateType { get; set; }

    internal PALLOCATE_FUNCTION? Allocate { get; set; }

    internal PFREE_FUNCTION? Free { get; set; }

    internal PALLOCATE_FUNCTION_EX? AllocateEx { get; set; }

    internal PFREE_FUNCTION_EX? FreeEx { get; set; }

    internal LOOKASIDE_LIST_EX? Owner { get; set; }
}

/// <summary>NPAGED_LOOKASIDE_LIST: a lookaside list of nonpaged entries. Initialize it with
/// ExInitializeNPagedLookasideList and delete it with ExDeleteNPagedLookasideList.</summary>
public sealed class NPAGED_LOOKASIDE_LIST
{
    /// <summary>The list's GENERAL_LOOKASIDE: its counters, depth, entry size and tag.</summary>
    public GENERAL_LOOKASIDE L { get; } = new();
}

/// <summary>PAGED_LOOKASIDE_LIST: a lookaside list of pageable entries (used at IRQL &lt;= APC_LEVEL).</summary>
public sealed class PAGED_LOOKASIDE_LIST
{
    /// <summary>The list's GENERAL_LOOKASIDE: its counters, depth, entry size and tag.</summary>
    public GENERAL_LOOKASIDE L { get; } = new();
}

/// <summary>LOOKASIDE_LIST_EX: a lookaside list whose allocate and free routines receive the list
/// (ExInitializeLookasideListEx, Windows Vista and later).</summary>
public sealed class LOOKASIDE_LIST_EX
{
    /// <summary>The list's GENERAL_LOOKASIDE: its counters, depth, entry size and tag.</summary>
    public GENERAL_LOOKASIDE L { get; } = new();
}
