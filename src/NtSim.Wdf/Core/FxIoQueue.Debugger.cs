namespace NtSim;

/// <summary>The queue's requests as a debugger lists them (!wdfqueue): read without the queue's lock, as a
/// debugger reads a stopped machine.</summary>
internal sealed partial class FxIoQueue
{
    /// <summary>The requests waiting in the queue, first to be presented first.</summary>
    internal IReadOnlyList<FxRequest> WaitingRequests()
    {
        var list = new List<FxRequest>(_pending.Count);
        for (var i = 0; i < _pending.Count; i++)
        {
            list.Add(_pending[i]);
        }

        return list;
    }

    /// <summary>The requests the driver owns from this queue, most recently given first.</summary>
    internal IReadOnlyList<FxRequest> DriverOwnedRequests()
    {
        var list = new List<FxRequest>(_driverOwned);
        for (var request = _ownedHead; request is not null; request = request.OwnedNext)
        {
            list.Add(request);
        }

        return list;
    }
}
