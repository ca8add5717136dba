namespace NtSim;

/// <summary>Live framework objects by address: how a handle value typed at a debugger becomes an
/// object (handle XOR ~7 is the address).</summary>
internal sealed partial class FxHandleTable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, FxObject> _objects = [];

    internal void Register(FxObject target)
    {
        lock (_lock)
        {
            _objects[target.Address] = target;
        }
    }

    internal void Unregister(FxObject target)
    {
        lock (_lock)
        {
            _objects.Remove(target.Address);
        }
    }

    /// <summary>The object a handle value names, or null.</summary>
    internal FxObject? FromHandle(ulong handle)
    {
        lock (_lock)
        {
            return _objects.GetValueOrDefault(handle ^ ~7UL);
        }
    }

    internal int Count
    {
        get
        {
            lock (_lock)
            {
                return _objects.Count;
            }
        }
    }
}
