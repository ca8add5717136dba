namespace NtSim;

/// <summary>The tracker's slot for one live resource (a struct in a reused array: recording an
/// allocation allocates nothing).</summary>
internal struct TrackRecord
{
    internal long Sequence;
    internal KernelModule? Module;
    internal string? File;
    internal string? Description;
    internal ulong Address;
    internal ulong Size;
    internal int Line;
    internal uint Tag;
    internal POOL_TYPE PoolType;
    internal ResourceKind Kind;

    /// <summary>The next free slot while this one is free.</summary>
    internal int NextFree;

    internal readonly bool IsLive => Module is not null;
}
