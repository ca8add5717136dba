namespace NtSim;

/// <summary>
/// The ERESOURCEs initialized on a machine (as Windows links each into ExpSystemResourcesList), held
/// weakly so that a driver's resource goes with the driver: what a debugger's <c>!locks</c> scans.
/// </summary>
internal sealed class ExecutiveResources
{
    private readonly Lock _lock = new();
    private readonly List<WeakReference<ERESOURCE>> _resources = [];

    /// <summary>Records a resource the first time it is initialized on the machine.</summary>
    internal void Add(ERESOURCE resource)
    {
        lock (_lock)
        {
            _resources.Add(new WeakReference<ERESOURCE>(resource));
        }
    }

    /// <summary>The resources still alive and not deleted, in the order they were first initialized.</summary>
    internal List<ERESOURCE> Snapshot()
    {
        lock (_lock)
        {
            _resources.RemoveAll(r => !r.TryGetTarget(out _));
            var alive = new List<ERESOURCE>(_resources.Count);
            foreach (var reference in _resources)
            {
                if (reference.TryGetTarget(out var resource) && !resource.Deleted)
                {
                    alive.Add(resource);
                }
            }

            return alive;
        }
    }
}
