using System.Diagnostics;

namespace NtSim;

/// <summary>RTL_GENERIC_COMPARE_RESULTS: what a table's compare routine answers. Values are <c>Wdm.Generic*</c>.</summary>
public enum RTL_GENERIC_COMPARE_RESULTS { }

/// <summary>RTL_GENERIC_COMPARE_ROUTINE: orders two elements' data (FirstStruct against SecondStruct).</summary>
public delegate RTL_GENERIC_COMPARE_RESULTS RTL_GENERIC_COMPARE_ROUTINE(RTL_GENERIC_TABLE Table, PVOID FirstStruct, PVOID SecondStruct);

/// <summary>RTL_GENERIC_ALLOCATE_ROUTINE: memory for one element: the table's header of the element and its data.</summary>
public delegate PVOID RTL_GENERIC_ALLOCATE_ROUTINE(RTL_GENERIC_TABLE Table, uint ByteSize);

/// <summary>RTL_GENERIC_FREE_ROUTINE: frees what the allocate routine returned.</summary>
public delegate void RTL_GENERIC_FREE_ROUTINE(RTL_GENERIC_TABLE Table, PVOID Buffer);

/// <summary>RTL_AVL_COMPARE_ROUTINE: RTL_GENERIC_COMPARE_ROUTINE for an AVL table.</summary>
public delegate RTL_GENERIC_COMPARE_RESULTS RTL_AVL_COMPARE_ROUTINE(RTL_AVL_TABLE Table, PVOID FirstStruct, PVOID SecondStruct);

/// <summary>RTL_AVL_ALLOCATE_ROUTINE: RTL_GENERIC_ALLOCATE_ROUTINE for an AVL table.</summary>
public delegate PVOID RTL_AVL_ALLOCATE_ROUTINE(RTL_AVL_TABLE Table, uint ByteSize);

/// <summary>RTL_AVL_FREE_ROUTINE: RTL_GENERIC_FREE_ROUTINE for an AVL table.</summary>
public delegate void RTL_AVL_FREE_ROUTINE(RTL_AVL_TABLE Table, PVOID Buffer);

/// <summary>
/// RTL_GENERIC_TABLE: a table of caller-defined elements ordered by the caller's compare routine,
/// kept as a splay tree (the element data live in memory the caller's allocate routine returns).
/// Initialize it with RtlInitializeGenericTable.
/// </summary>
[DebuggerDisplay("RTL_GENERIC_TABLE {Core?.Count ?? 0} elements")]
public sealed class RTL_GENERIC_TABLE
{
    /// <summary>The caller's context (TableContext of RtlInitializeGenericTable).</summary>
    public PVOID TableContext;

    internal GenericTable? Core;
}

/// <summary>RTL_AVL_TABLE: RTL_GENERIC_TABLE's AVL form; elements are numbered in their order
/// (RtlGetElementGenericTableAvl), not in the order they were inserted.</summary>
[DebuggerDisplay("RTL_AVL_TABLE {Core?.Count ?? 0} elements")]
public sealed class RTL_AVL_TABLE
{
    /// <summary>The caller's context (TableContext of RtlInitializeGenericTableAvl).</summary>
    public PVOID TableContext;

    internal GenericTable? Core;
}
