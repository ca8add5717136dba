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

    /// <summary>WdfMemoryCreate: the block, then the object (the block goes back if the object cannot be made).</summary>
    internal static NTSTATUS Create(KTHREAD thread, FxDriverGlobals globals, WDF_OBJECT_ATTRIBUTES? attributes, POOL_TYPE poolType, uint tag,
        ulong size, string file, int line, out FxMemoryFromPool? memory)
    {
        memory = null;
        var created = new FxMemoryFromPool(globals, tag == 0 ? globals.PoolTag : tag);
        if (!created.Allocate(thread, poolType, size, file, line))
        {
            return Wdm.STATUS_INSUFFICIENT_RESOURCES;
        }

        var status = created.Commit(thread, attributes);
        if (!Wdm.NT_SUCCESS(status))
        {
            created.OnDestroy(thread);
            return status;
        }

        memory = created;
        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>The pool block; NULL when the pool has none.</summary>
    private bool Allocate(KTHREAD thread, POOL_TYPE poolType, ulong size, string file, int line)
    {
        _buffer = Globals.Machine.Pool.Allocate(thread, PoolRequest.FromType(poolType, zero: false), size, _tag, file, line, "WdfMemoryCreate");
        _length = _buffer.IsNull ? 0 : size;
        return !_buffer.IsNull;
    }

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
