namespace NtSim;

/// <summary>
/// A lookaside list of memory objects (FxNPagedLookasideList / FxPagedLookasideList): buffers of one
/// size and pool type that WdfMemoryCreateFromLookaside hands out and a deleted memory object gives
/// back. Each memory object holds a reference on the list, so the list outlives its memory.
/// </summary>
internal sealed class FxLookasideList : FxObject
{
    private readonly Lock _lock = new();
    private readonly Stack<PVOID> _free = new();

    internal FxLookasideList(FxDriverGlobals globals, ulong bufferSize, POOL_TYPE poolType, uint tag, WDF_OBJECT_ATTRIBUTES? memoryAttributes)
        : base(globals, FxObjectType.Lookaside)
    {
        BufferSize = bufferSize;
        PoolType = poolType;
        Tag = tag;
        MemoryAttributes = memoryAttributes;
    }

    internal ulong BufferSize { get; }

    internal POOL_TYPE PoolType { get; }

    internal uint Tag { get; }

    /// <summary>The attributes every memory object from the list gets (WdfLookasideListCreate's MemoryAttributes).</summary>
    internal WDF_OBJECT_ATTRIBUTES? MemoryAttributes { get; }

    /// <summary>WdfMemoryCreateFromLookaside: a memory object over a buffer of the list.</summary>
    internal NTSTATUS CreateMemory(KTHREAD thread, out FxMemoryFromLookaside? memory)
    {
        memory = null;
        var buffer = Take(thread);
        if (buffer.IsNull)
        {
            return Wdm.STATUS_INSUFFICIENT_RESOURCES;
        }

        var created = new FxMemoryFromLookaside(Globals, this, buffer);
        var status = created.Commit(thread, MemoryAttributes);
        if (!Wdm.NT_SUCCESS(status))
        {
            Return(buffer);
            return status;
        }

        Reference(created);
        memory = created;
        return Wdm.STATUS_SUCCESS;
    }

    private PVOID Take(KTHREAD thread)
    {
        lock (_lock)
        {
            if (_free.TryPop(out var cached))
            {
                return cached;
            }
        }

        return Globals.Machine.Pool.Allocate(thread, PoolRequest.FromType(PoolType, zero: false), BufferSize, Tag, "", 0, "WdfMemoryCreateFromLookaside");
    }

    /// <summary>A deleted memory object's buffer comes back to the list.</summary>
    internal void Return(PVOID buffer)
    {
        lock (_lock)
        {
            _free.Push(buffer);
        }
    }

    /// <summary>The buffers the list keeps go back to the pool with it.</summary>
    protected override void OnDestroy(KTHREAD thread)
    {
        PVOID[] free;
        lock (_lock)
        {
            free = [.. _free];
            _free.Clear();
        }

        if (Globals.Machine.IsHalted)
        {
            return;
        }

        foreach (var buffer in free)
        {
            Globals.Machine.Pool.Free(thread, buffer.Address, Tag, checkTag: false, "WdfObjectDelete");
        }
    }
}
