namespace NtSim;

/// <summary>A queue's waiting requests, oldest first: a ring that grows and never shrinks, so
/// queuing allocates nothing in steady state; a requeued request goes back to the head.</summary>
internal sealed class FxRequestList
{
    private FxRequest?[] _items = new FxRequest?[8];
    private int _head;
    private int _count;

    internal int Count => _count;

    internal void PushBack(FxRequest request)
    {
        Grow();
        _items[(_head + _count) % _items.Length] = request;
        _count++;
    }

    internal void PushFront(FxRequest request)
    {
        Grow();
        _head = (_head - 1 + _items.Length) % _items.Length;
        _items[_head] = request;
        _count++;
    }

    internal FxRequest? PopFront()
    {
        if (_count == 0)
        {
            return null;
        }

        var request = _items[_head];
        _items[_head] = null;
        _head = (_head + 1) % _items.Length;
        _count--;
        return request;
    }

    internal FxRequest this[int index] => _items[(_head + index) % _items.Length]!;

    /// <summary>Takes <paramref name="request"/> out wherever it is; false if it is not here.</summary>
    internal bool Remove(FxRequest request)
    {
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(this[i], request))
            {
                for (var j = i; j < _count - 1; j++)
                {
                    _items[(_head + j) % _items.Length] = _items[(_head + j + 1) % _items.Length];
                }

                _items[(_head + _count - 1) % _items.Length] = null;
                _count--;
                return true;
            }
        }

        return false;
    }

    private void Grow()
    {
        if (_count < _items.Length)
        {
            return;
        }

        var larger = new FxRequest?[_items.Length * 2];
        for (var i = 0; i < _count; i++)
        {
            larger[i] = this[i];
        }

        _items = larger;
        _head = 0;
    }
}
