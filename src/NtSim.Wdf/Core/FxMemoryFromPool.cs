namespace NtSim;

/// <summary>WdfMemoryCreate's memory (FxMemoryBufferFromPool): a pool block of the driver's tag (or
/// the one it names), freed when the object is destroyed.</summary>
internal sealed class FxMemoryFromPool : FxMemoryObject
{
    private readonly uint _tag;
    private PVOID _buffer;
    private ulong _length;

    internal FxMemoryFromPool(FxDriverGlobals globals, uint tag)
        : base(globals)
    {
        _tag = tag;
    }

    internal override PVOID Buffer => _buffer;

    internal override ulong Length => _length;

    /// <summary>The pool block; NULL when the pool has none.</summary>
    internal bool Allocate(KTHREAD thread, POOL_TYPE poolType, ulong size, string file, int line)
    {
        _buffer = Globals.Machine.Pool.Allocate(thread, PoolRequest.FromType(poolType, zero: false), size, _tag, file, line, "WdfMemoryCreate");
        _length = _buffer.IsNull ? 0 : size;
        return !_buffer.IsNull;
    }

    /// <summary>Commit failed: the block goes back at once (the object never existed).</summary>
    internal void FreeUncommitted(KTHREAD thread) => OnDestroy(thread);

    protected override void OnDestroy(KTHREAD thread)
    {
        if (!_buffer.IsNull && !Globals.Machine.IsHalted)
        {
            Globals.Machine.Pool.Free(thread, _buffer.Address, _tag, checkTag: false, "WdfObjectDelete");
        }

        _buffer = default;
        _length = 0;
    }
}
