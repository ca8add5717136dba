namespace NtSim;

/// <summary>
/// Reference tags (WdfObjectReferenceWithTag / DereferenceWithTag), kept for the handle types the
/// TrackHandles setting names: who holds a reference, as !wdftagtracker lists them.
/// </summary>
internal sealed class FxTagTracker
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(FxObject Target, object Tag), int> _held = [];
    private readonly FxDriverGlobals _globals;

    internal FxTagTracker(FxDriverGlobals globals) => _globals = globals;

    private bool Tracks(FxObject target) =>
        _globals.Verifier.TrackHandles.Count > 0
        && (_globals.Verifier.TrackHandles.Contains("*") || _globals.Verifier.TrackHandles.Contains(target.TypeName, StringComparer.OrdinalIgnoreCase));

    internal void OnReference(FxObject target, object? tag)
    {
        if (tag is null || !Tracks(target))
        {
            return;
        }

        lock (_lock)
        {
            _held[(target, tag)] = _held.GetValueOrDefault((target, tag)) + 1;
        }
    }

    internal void OnDereference(FxObject target, object? tag)
    {
        if (tag is null || !Tracks(target))
        {
            return;
        }

        lock (_lock)
        {
            var key = (target, tag);
            if (_held.TryGetValue(key, out var count))
            {
                if (count == 1)
                {
                    _held.Remove(key);
                }
                else
                {
                    _held[key] = count - 1;
                }
            }
        }
    }

    /// <summary>The tags that hold references on <paramref name="target"/> now.</summary>
    internal IReadOnlyList<(object Tag, int Count)> HeldOn(FxObject target)
    {
        lock (_lock)
        {
            return [.. _held.Where(p => ReferenceEquals(p.Key.Target, target)).Select(p => (p.Key.Tag, p.Value))];
        }
    }
}
