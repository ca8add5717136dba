using System.Diagnostics;

namespace NtSim;

/// <summary>
/// A framework collection (FxCollection, WDFCOLLECTION): an ordered list of objects, each holding
/// a reference taken by WdfCollectionAdd and released when it is removed or the collection goes.
/// </summary>
[DebuggerDisplay("WDFCOLLECTION 0x{Handle,x} count {Count}")]
internal sealed class FxCollection : FxObject
{
    private readonly Lock _itemsLock = new();
    private readonly List<FxObject> _items = [];

    internal FxCollection(FxDriverGlobals globals)
        : base(globals, FxObjectType.Collection)
    {
    }

    internal int Count
    {
        get
        {
            lock (_itemsLock)
            {
                return _items.Count;
            }
        }
    }

    internal void Add(FxObject item)
    {
        item.Reference(this);
        lock (_itemsLock)
        {
            _items.Add(item);
        }
    }

    /// <summary>The item at <paramref name="index"/>, or null past the end.</summary>
    internal FxObject? At(int index)
    {
        lock (_itemsLock)
        {
            return index >= 0 && index < _items.Count ? _items[index] : null;
        }
    }

    internal FxObject? Last
    {
        get
        {
            lock (_itemsLock)
            {
                return _items.Count == 0 ? null : _items[^1];
            }
        }
    }

    /// <summary>Removes the item at <paramref name="index"/> and releases its reference; false if there is none.</summary>
    internal bool RemoveAt(KTHREAD thread, int index)
    {
        FxObject item;
        lock (_itemsLock)
        {
            if (index < 0 || index >= _items.Count)
            {
                return false;
            }

            item = _items[index];
            _items.RemoveAt(index);
        }

        item.Dereference(thread, this);
        return true;
    }

    /// <summary>Removes <paramref name="item"/> (its first entry) and releases its reference; false if it is not in the collection.</summary>
    internal bool Remove(KTHREAD thread, FxObject item)
    {
        lock (_itemsLock)
        {
            if (!_items.Remove(item))
            {
                return false;
            }
        }

        item.Dereference(thread, this);
        return true;
    }

    protected override void OnDispose(KTHREAD thread)
    {
        FxObject[] items;
        lock (_itemsLock)
        {
            items = [.. _items];
            _items.Clear();
        }

        foreach (var item in items)
        {
            item.Dereference(thread, this);
        }
    }
}
