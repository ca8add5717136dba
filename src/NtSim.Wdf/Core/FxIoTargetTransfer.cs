namespace NtSim;

/// <summary>One side of a transfer a target is asked for: a memory object and its window (the
/// format-for DDIs), or a buffer or MDL from a WDF_MEMORY_DESCRIPTOR (the synchronous sends).</summary>
internal readonly record struct FxIoTargetTransfer(FxMemoryObject? Memory, WDFMEMORY_OFFSET? Offsets, PVOID Buffer, ulong Length, MDL? Mdl)
{
    internal static readonly FxIoTargetTransfer None = default;

    internal bool IsEmpty => Length == 0;

    internal static FxIoTargetTransfer From(FxMemoryObject memory, WDFMEMORY_OFFSET? offsets)
    {
        var (buffer, length) = memory.Window(offsets);
        return new FxIoTargetTransfer(memory, offsets, buffer, length, null);
    }
}
