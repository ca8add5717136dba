namespace NtSim;

/// <summary>What NtSim keeps per virtual page (the PTE and its PFN entry in one): the state, the
/// attributes, the backing segment, and the owner (for example a pool page's descriptor).</summary>
internal struct PageTableEntry
{
    internal MemorySegment? Segment;
    internal object? Owner;
    internal PageState State;
    internal PageAttributes Attributes;

    internal readonly bool IsCommitted => State == PageState.Committed;
}
