namespace NtSim;

public sealed partial class Machine
{
    private readonly Lock _componentsLock = new();
    private readonly Dictionary<Type, object> _components = [];

    /// <summary>The machine's one <typeparamref name="T"/>, made by <paramref name="create"/> on first
    /// use: how a part of the system that lives in another assembly (the framework, Wdf01000.sys)
    /// keeps its per-machine state without a global.</summary>
    internal T Component<T>(Func<Machine, T> create)
        where T : class
    {
        lock (_componentsLock)
        {
            if (!_components.TryGetValue(typeof(T), out var component))
            {
                component = create(this);
                _components.Add(typeof(T), component);
            }

            return (T)component;
        }
    }

    /// <summary>The machine's <typeparamref name="T"/> if one was made, else null.</summary>
    internal T? FindComponent<T>()
        where T : class
    {
        lock (_componentsLock)
        {
            return _components.TryGetValue(typeof(T), out var component) ? (T)component : null;
        }
    }
}
