namespace NtSim;

public sealed partial class Machine
{
    private ObjectCallbacks? _objectCallbacks;

    /// <summary>The ObRegisterCallbacks registrations (process and thread handle operations).</summary>
    internal ObjectCallbacks ObjectCallbacks => LazyInitializer.EnsureInitialized(ref _objectCallbacks, () => new ObjectCallbacks(this));

    /// <summary>The registrations if a driver ever registered some: handle creation asks this, without creating them.</summary>
    internal ObjectCallbacks? ObjectCallbacksIfAny => Volatile.Read(ref _objectCallbacks);
}
