using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// Secure pools (ExCreatePool with POOL_CREATE_FLG_SECURE_POOL, ExDestroyPool) and their allocations
/// (ExAllocatePool3 with a PoolExtendedParameterSecurePool parameter). On Windows the secure kernel owns the
/// memory and the normal kernel sees it read-only; NtSim allocates whole nonpaged pages, fills them with
/// the caller's initial contents and maps them read-only, so a driver's direct write bug checks 0xBE as a
/// write to read-only memory does. Only ExSecurePoolUpdate (for an allocation made with
/// SECURE_POOL_FLAG_MODIFIABLE, with the right tag and cookie) changes the bytes; ExSecurePoolValidate
/// checks tag and cookie. Not modelled: refusing ExFreePool of an allocation made without
/// SECURE_POOL_FLAG_FREEABLE (the pool frees it).
/// </summary>
internal sealed class SecurePools
{
    private readonly Machine _machine;
    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, Dictionary<ulong, Allocation>> _pools = [];
    private ulong _nextHandle = 0x5EC0_0000;

    internal SecurePools(Machine machine)
    {
        _machine = machine;
    }

    /// <summary>ExCreatePool for a secure pool: a new pool handle.</summary>
    internal HANDLE Create()
    {
        lock (_lock)
        {
            _nextHandle += 4;
            _pools.Add(_nextHandle, []);
            return new HANDLE(_nextHandle);
        }
    }

    /// <summary>ExDestroyPool: false for a handle that is not a live pool.</summary>
    internal bool Destroy(HANDLE pool)
    {
        lock (_lock)
        {
            return _pools.Remove(pool.Value);
        }
    }

    /// <summary>ExAllocatePool3's secure allocation: whole nonpaged pages, read-only once filled from
    /// <paramref name="initial"/>; NULL for a handle that is not a pool, or when the pool is out of memory.</summary>
    internal PVOID Allocate(KTHREAD thread, HANDLE pool, ulong bytes, uint tag, PVOID initial, ulong cookie, uint flags, string file, int line, string ddi)
    {
        lock (_lock)
        {
            if (!_pools.ContainsKey(pool.Value))
            {
                return PVOID.NULL;
            }
        }

        var pageBytes = Math.Max(MmLayout.PageSize, (bytes + MmLayout.PageMask) & ~MmLayout.PageMask);
        var request = new PoolRequest(Wdm.NonPagedPoolNx, Zero: true, Raise: false, CacheAligned: false);
        var block = _machine.Pool.Allocate(thread, request, pageBytes, tag, file, line, ddi);
        if (block.IsNull)
        {
            return block;
        }

        if (!initial.IsNull)
        {
            _machine.Memory.Move(thread, block.Address, initial.Address, bytes, ddi);
        }

        SetReadOnly(block.Address, pageBytes, readOnly: true);
        lock (_lock)
        {
            if (_pools.TryGetValue(pool.Value, out var allocations))
            {
                allocations[block.Address] = new Allocation(bytes, tag, cookie, flags);
            }
        }

        return block;
    }

    /// <summary>ExSecurePoolUpdate: writes <paramref name="size"/> bytes from <paramref name="source"/> at
    /// <paramref name="offset"/> of the allocation.</summary>
    internal NTSTATUS Update(KTHREAD thread, HANDLE pool, uint tag, PVOID allocation, ulong cookie, ulong offset, ulong size, PVOID source)
    {
        if (Find(pool, tag, allocation, cookie) is not { } found)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        if ((found.Flags & Wdm.SECURE_POOL_FLAG_MODIFIABLE) == 0)
        {
            return Wdm.STATUS_ACCESS_DENIED;
        }

        if (size == 0 || offset > found.Size || size > found.Size - offset)
        {
            return Wdm.STATUS_INVALID_PARAMETER;
        }

        // The secure kernel writes what the normal kernel may not: past the read-only mapping.
        var pages = (found.Size + MmLayout.PageMask) & ~MmLayout.PageMask;
        SetReadOnly(allocation.Address, pages, readOnly: false);
        try
        {
            _machine.Memory.Move(thread, allocation.Address + offset, source.Address, size, nameof(Wdm.ExSecurePoolUpdate));
        }
        finally
        {
            SetReadOnly(allocation.Address, pages, readOnly: true);
        }

        return Wdm.STATUS_SUCCESS;
    }

    /// <summary>ExSecurePoolValidate: whether the allocation is a live one of the pool with that tag and cookie.</summary>
    internal bool Validate(HANDLE pool, uint tag, PVOID allocation, ulong cookie) => Find(pool, tag, allocation, cookie) is not null;

    private Allocation? Find(HANDLE pool, uint tag, PVOID allocation, ulong cookie)
    {
        // An allocation freed since (its pages back with the pool) is no longer the pool's.
        if (_machine.Pool.QueryBlockSize(allocation.Address, out _) is null)
        {
            return null;
        }

        lock (_lock)
        {
            return _pools.TryGetValue(pool.Value, out var allocations) && allocations.TryGetValue(allocation.Address, out var found)
                && found.Tag == tag && found.Cookie == cookie
                ? found
                : null;
        }
    }

    private void SetReadOnly(ulong start, ulong bytes, bool readOnly)
    {
        for (var page = start; page < start + bytes; page += MmLayout.PageSize)
        {
            ref var pte = ref _machine.Memory.SystemMap.Find(page);
            if (!Unsafe.IsNullRef(ref pte))
            {
                pte.Attributes = readOnly ? pte.Attributes | PageAttributes.ReadOnly : pte.Attributes & ~PageAttributes.ReadOnly;
            }
        }
    }

    private sealed record Allocation(ulong Size, uint Tag, ulong Cookie, uint Flags);
}
