namespace NtSim;

internal sealed partial class AddressSpace
{
    // The locks MmProbeAndLockPages holds on this address space's pages, oldest first (guarded by _lock).
    private readonly List<LockedPages> _locks = [];

    /// <summary>How many pages of this address space MDLs hold locked.</summary>
    internal int LockedPageCount
    {
        get
        {
            lock (_lock)
            {
                var pages = 0;
                foreach (var l in _locks)
                {
                    pages += l.PageCount;
                }

                return pages;
            }
        }
    }

    /// <summary>The oldest lock still held, or null.</summary>
    internal LockedPages? OldestLock
    {
        get
        {
            lock (_lock)
            {
                return _locks.Count > 0 ? _locks[0] : null;
            }
        }
    }

    internal void AddLock(LockedPages locked)
    {
        lock (_lock)
        {
            _locks.Add(locked);
        }
    }

    internal void RemoveLock(LockedPages locked)
    {
        lock (_lock)
        {
            _locks.Remove(locked);
        }
    }
}
