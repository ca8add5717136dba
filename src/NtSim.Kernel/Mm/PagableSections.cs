namespace NtSim;

/// <summary>
/// The lock counts of drivers' pageable sections (MmLockPagable*Section, MmLockPagableSectionByHandle,
/// MmUnlockPagableImageSection). A driver in NtSim is a .NET assembly without PAGE sections, so a lock
/// keeps nothing resident; what is kept is the count, so an unlock without a lock is caught.
/// </summary>
internal sealed class PagableSections
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, int> _counts = [];

    /// <summary>Locks the section of the calling driver and returns its handle (the driver's base address).</summary>
    internal PVOID Lock(KTHREAD thread, object addressWithinSection)
    {
        var handle = new PVOID(thread.CurrentModule.ImageBase);
        LockAgain(handle);
        return handle;
    }

    internal void LockAgain(PVOID handle)
    {
        lock (_lock)
        {
            _counts[handle.Address] = _counts.GetValueOrDefault(handle.Address) + 1;
        }
    }

    internal void Unlock(PVOID handle)
    {
        lock (_lock)
        {
            if (!_counts.TryGetValue(handle.Address, out var count))
            {
                throw new InvalidOperationException(
                    $"MmUnlockPagableImageSection: {handle} is not the handle of a section locked with MmLockPagableCodeSection, MmLockPagableDataSection or MmLockPagableSectionByHandle (unlocked once too often?).");
            }

            if (count == 1)
            {
                _counts.Remove(handle.Address);
            }
            else
            {
                _counts[handle.Address] = count - 1;
            }
        }
    }

    /// <summary>The lock count of a section handle (0 when not locked).</summary>
    internal int LockCount(PVOID handle)
    {
        lock (_lock)
        {
            return _counts.GetValueOrDefault(handle.Address);
        }
    }
}
