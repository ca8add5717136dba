namespace NtSim;

/// <summary>A free block: its page and the unit of its header.</summary>
internal readonly record struct PoolFreeBlock(PoolPage Page, int Unit);

/// <summary>The free blocks of one size, last freed first out. Its array only grows, so steady
/// allocate/free traffic allocates nothing.</summary>
internal sealed class PoolFreeList
{
    private PoolFreeBlock[] _items = new PoolFreeBlock[16];
    private int _count;

    internal int Count => _count;

    /// <summary>The listed block at <paramref name="index"/> (0 is the oldest).</summary>
    internal PoolFreeBlock this[int index] => _items[index];

    internal void Push(PoolFreeBlock block)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = block;
    }

    internal bool TryPop(out PoolFreeBlock block)
    {
        if (_count == 0)
        {
            block = default;
            return false;
        }

        block = _items[--_count];
        _items[_count] = default;
        return true;
    }
}
