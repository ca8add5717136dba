namespace NtSim;

/// <summary>The state of a virtual page, as VirtualQuery reports it: MEM_FREE, MEM_RESERVE, MEM_COMMIT.</summary>
internal enum PageState : byte
{
    Free,
    Reserved,
    Committed,
}

/// <summary>What a committed page allows.</summary>
[Flags]
internal enum PageAttributes : byte
{
    None = 0,

    /// <summary>Pageable: touching it at DISPATCH_LEVEL or above bug checks, as a fault there cannot be serviced.</summary>
    Paged = 1,

    /// <summary>PAGE_GUARD: the first touch raises STATUS_GUARD_PAGE_VIOLATION and clears the guard.</summary>
    Guard = 2,

    /// <summary>PAGE_NOACCESS: committed but any touch faults.</summary>
    NoAccess = 4,

    /// <summary>PAGE_READONLY (or a mapping made with MdlMappingNoWrite): a write faults.</summary>
    ReadOnly = 8,
}
