namespace NtSim;

/// <summary>
/// A driver object's extensions (IoAllocateDriverObjectExtension): context areas found by a
/// unique client identifier, kept as long as the driver object, so they go with it as Windows
/// frees them when the driver object is deleted. An extension is a typed object, as a device
/// extension is (IoCreateDevice&lt;TExtension&gt;).
/// </summary>
internal sealed class DriverObjectExtensions
{
    private readonly Lock _lock = new();
    private readonly List<KeyValuePair<object, object>> _extensions = [];

    /// <summary>Adds a new <typeparamref name="T"/> under <paramref name="key"/>; null if one is there already.</summary>
    internal T? Allocate<T>(object key)
        where T : class, new()
    {
        lock (_lock)
        {
            if (Find(key) is not null)
            {
                return null;
            }

            var extension = new T();
            _extensions.Add(new(key, extension));
            return extension;
        }
    }

    /// <summary>The extension under <paramref name="key"/>, or null.</summary>
    internal object? Get(object key)
    {
        lock (_lock)
        {
            return Find(key);
        }
    }

    private object? Find(object key)
    {
        foreach (var (k, extension) in _extensions)
        {
            if (Equals(k, key))
            {
                return extension;
            }
        }

        return null;
    }
}
