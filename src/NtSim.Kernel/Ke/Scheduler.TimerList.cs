namespace NtSim;

internal abstract partial class Scheduler
{
    /// <summary>The timers inserted now, by due time (stale entries of cancelled or re-set timers
    /// passed over): what a debugger's <c>!timer</c> lists. Call with the machine stopped or the
    /// dispatcher lock held; nothing is changed.</summary>
    internal List<KTIMER> InsertedTimers()
    {
        lock (Lock)
        {
            return [.. _timers.UnorderedItems
                .Where(entry => entry.Element.Timer.Inserted && entry.Element.Generation == entry.Element.Timer.Generation)
                .OrderBy(entry => entry.Priority.Due).ThenBy(entry => entry.Priority.Sequence)
                .Select(entry => entry.Element.Timer)];
        }
    }
}
