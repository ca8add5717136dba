namespace NtSim;

/// <summary>Memory from a lookaside list (FxMemoryBufferFromLookaside): deleting it gives the buffer
/// back to the list instead of the pool, and drops its reference on the list.</summary>
internal sealed class FxMemoryFromLookaside(FxDriverGlobals globals, FxLookasideList list, PVOID buffer) : FxMemoryObject(globals)
{
    private PVOID _buffer = buffer;

    internal override PVOID Buffer => _buffer;

    internal override ulong Length => list.BufferSize;

    protected override void OnDestroy(KTHREAD thread)
    {
        list.Return(_buffer);
        _buffer = default;
        list.Dereference(thread, this);
    }
}
