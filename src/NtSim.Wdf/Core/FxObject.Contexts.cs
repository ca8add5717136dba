namespace NtSim;

internal abstract partial class FxObject
{
    // Most objects have one context; a second comes from WdfObjectAllocateContext.
    private (WDF_OBJECT_CONTEXT_TYPE_INFO Info, object Context)[] _contexts = [];

    /// <summary>The context of <paramref name="type"/>, or null (WdfObjectGetTypedContextWorker).</summary>
    internal object? GetContext(Type type)
    {
        var contexts = Volatile.Read(ref _contexts);
        foreach (var (info, context) in contexts)
        {
            if (info.Type == type)
            {
                return context;
            }
        }

        return null;
    }

    /// <summary>The contexts in the order they were added (a debugger prints them).</summary>
    internal IReadOnlyList<(WDF_OBJECT_CONTEXT_TYPE_INFO Info, object Context)> Contexts => Volatile.Read(ref _contexts);

    /// <summary>Drops every context (a recycled request starts a new life without its old ones).</summary>
    internal void ResetContexts()
    {
        if (_contexts.Length != 0)
        {
            lock (_lock)
            {
                _contexts = [];
            }
        }
    }

    /// <summary>Adds a context; false if the object already has one of that type.</summary>
    internal bool AddContext(WDF_OBJECT_CONTEXT_TYPE_INFO info, object context)
    {
        lock (_lock)
        {
            if (GetContext(info.Type) is not null)
            {
                return false;
            }

            _contexts = [.. _contexts, (info, context)];
        }

        Globals.Library.Contexts.AddOrUpdate(context, this);
        return true;
    }
}
