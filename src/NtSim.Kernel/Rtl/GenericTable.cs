namespace NtSim;

/// <summary>
/// The work of the RtlXxxGenericTable(Avl) routines: elements ordered by the caller's compare
/// routine in a splay tree (both forms: the AVL form's balance is not something a driver can
/// see, its order is), each element a block from the caller's allocate routine whose first
/// <see cref="HeaderSize"/> bytes are the table's and the rest a copy of the caller's data.
/// </summary>
internal sealed class GenericTable
{
    private readonly Func<PVOID, PVOID, RTL_GENERIC_COMPARE_RESULTS> _compare;
    private readonly Func<uint, PVOID> _allocate;
    private readonly Action<PVOID> _free;
    private readonly List<Node> _inserted = [];
    private readonly Dictionary<ulong, Node> _byData = [];
    private Node? _root;
    private PVOID _restartKey;

    internal GenericTable(Func<PVOID, PVOID, RTL_GENERIC_COMPARE_RESULTS> compare, Func<uint, PVOID> allocate, Action<PVOID> free, uint headerSize, bool splays)
    {
        _compare = compare;
        _allocate = allocate;
        _free = free;
        HeaderSize = headerSize;
        Splays = splays;
    }

    /// <summary>The bytes before an element's data: RTL_SPLAY_LINKS and LIST_ENTRY (40), or RTL_BALANCED_LINKS (32).</summary>
    internal uint HeaderSize { get; }

    /// <summary>Whether lookups bring the element found to the root (the splay form) or leave the tree as it is.</summary>
    internal bool Splays { get; }

    internal int Count => _inserted.Count;

    /// <summary>RtlInsertElementGenericTable: the data of the element equal to <paramref name="buffer"/>,
    /// inserted as a copy of it when there is none; NULL when the allocate routine returns NULL.</summary>
    internal PVOID Insert(KTHREAD thread, PVOID buffer, uint size, out bool newElement, string ddi)
    {
        newElement = false;
        var (parent, where) = Search(buffer);
        if (where == Wdm.GenericEqual)
        {
            return Found(parent!).Data;
        }

        var block = _allocate(size + HeaderSize);
        if (block.IsNull)
        {
            return default;
        }

        var node = new Node(block, block + (ulong)HeaderSize);
        thread.Machine.Memory.Move(thread, node.Data.Address, buffer.Address, size, ddi);
        node.Parent = node;
        if (parent is null)
        {
            _root = node;
        }
        else if (where == Wdm.GenericLessThan)
        {
            parent.LeftChild = node;
            node.Parent = parent;
        }
        else
        {
            parent.RightChild = node;
            node.Parent = parent;
        }

        _inserted.Add(node);
        _byData.Add(node.Data.Address, node);
        newElement = true;
        return Found(node).Data;
    }

    /// <summary>RtlLookupElementGenericTable: the data of the element equal to <paramref name="buffer"/>, or NULL.</summary>
    internal PVOID Lookup(PVOID buffer)
    {
        var (node, where) = Search(buffer);
        return where == Wdm.GenericEqual ? Found(node!).Data : default;
    }

    /// <summary>RtlDeleteElementGenericTable: removes and frees the element equal to <paramref name="buffer"/>.</summary>
    internal bool Delete(PVOID buffer)
    {
        var (node, where) = Search(buffer);
        if (where != Wdm.GenericEqual)
        {
            return false;
        }

        var found = node!;
        _root = (Node?)SplayTrees.Delete(found);
        _inserted.Remove(found);
        _byData.Remove(found.Data.Address);
        _free(found.Block);
        return true;
    }

    /// <summary>RtlEnumerateGenericTable(Avl): the first element in order, then each next one, then NULL.
    /// The splay form goes on from the root (the element it returned last, unless a lookup has splayed
    /// another since); the AVL form from a restart key it keeps.</summary>
    internal PVOID Enumerate(bool restart)
    {
        if (!Splays)
        {
            if (restart)
            {
                _restartKey = default;
            }

            return EnumerateWithoutSplaying(ref _restartKey);
        }

        var next = restart || _root is null ? Smallest() : (Node?)SplayTrees.RealSuccessor(_root);
        return next is null ? default : Found(next).Data;
    }

    /// <summary>RtlEnumerateGenericTableWithoutSplaying: the element after <paramref name="restartKey"/>
    /// (NULL: the first), which becomes the new key.</summary>
    internal PVOID EnumerateWithoutSplaying(ref PVOID restartKey)
    {
        Node? next;
        if (restartKey.IsNull)
        {
            next = Smallest();
        }
        else
        {
            next = _byData.TryGetValue(restartKey.Address, out var from) ? (Node?)SplayTrees.RealSuccessor(from) : null;
        }

        restartKey = next?.Data ?? default;
        return restartKey;
    }

    /// <summary>RtlGetElementGenericTable: the <paramref name="index"/>th element (from 0) in the order of
    /// insertion (the splay form) or of the table (the AVL form); NULL past the last.</summary>
    internal PVOID Get(uint index)
    {
        if (index >= (uint)_inserted.Count)
        {
            return default;
        }

        if (Splays)
        {
            return _inserted[(int)index].Data;
        }

        var node = Smallest();
        for (var i = 0u; i < index && node is not null; i++)
        {
            node = (Node?)SplayTrees.RealSuccessor(node);
        }

        return node?.Data ?? default;
    }

    private Node Found(Node node)
    {
        if (Splays)
        {
            _root = (Node)SplayTrees.Splay(node);
        }

        return node;
    }

    private Node? Smallest()
    {
        var node = _root;
        while (node?.LeftChild is Node left)
        {
            node = left;
        }

        return node;
    }

    /// <summary>The node equal to <paramref name="buffer"/> (GenericEqual), or the node under which it
    /// would go and on which side; (null, GenericLessThan) for an empty table.</summary>
    private (Node? Node, RTL_GENERIC_COMPARE_RESULTS Where) Search(PVOID buffer)
    {
        var node = _root;
        while (node is not null)
        {
            var where = _compare(buffer, node.Data);
            if (where != Wdm.GenericLessThan && where != Wdm.GenericGreaterThan && where != Wdm.GenericEqual)
            {
                throw new InvalidOperationException($"The table's compare routine returned {(int)where}, which is not an RTL_GENERIC_COMPARE_RESULTS value.");
            }

            var next = where == Wdm.GenericLessThan ? node.LeftChild : where == Wdm.GenericGreaterThan ? node.RightChild : null;
            if (where == Wdm.GenericEqual || next is null)
            {
                return (node, where);
            }

            node = (Node)next;
        }

        return (null, Wdm.GenericLessThan);
    }

    private sealed class Node(PVOID block, PVOID data) : RTL_SPLAY_LINKS
    {
        internal PVOID Block { get; } = block;

        internal PVOID Data { get; } = data;
    }
}
