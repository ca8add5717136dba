namespace NtSim;

internal sealed partial class FxHandleTable
{
    /// <summary>Every live framework object of type <typeparamref name="T"/>, in address order (the debugger's views of
    /// the wdfkd commands, which a crash dump keeps).</summary>
    internal IReadOnlyList<T> All<T>()
        where T : FxObject
    {
        lock (_lock)
        {
            return [.. _objects.Values.OfType<T>().OrderBy(o => o.Address)];
        }
    }
}
