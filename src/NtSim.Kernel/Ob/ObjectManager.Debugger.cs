namespace NtSim;

internal sealed partial class ObjectManager
{
    /// <summary>The entries of a directory object, as the debugger lists them (a look: no references taken).</summary>
    internal IReadOnlyList<ObjectHeader> EntriesOf(ObjectHeader directory)
    {
        lock (_lock)
        {
            return directory.Body is ObjectDirectory body ? [.. body.Entries] : [];
        }
    }
}
