namespace NtSim;

/// <summary>
/// The splay tree operations of the Rtl splay link routines on parent-linked nodes whose root is
/// its own parent: rotations that bring a node to the root (zig, zig-zig and zig-zag, as RtlSplay
/// documents), deletion, and in-order neighbours.
/// </summary>
internal static class SplayTrees
{
    internal static bool IsRoot(RTL_SPLAY_LINKS links) => ReferenceEquals(links.Parent, links);

    internal static bool IsLeftChild(RTL_SPLAY_LINKS links) => !IsRoot(links) && ReferenceEquals(links.Parent!.LeftChild, links);

    /// <summary>RtlSplay: rotates <paramref name="x"/> up until it is the root; returns it.</summary>
    internal static RTL_SPLAY_LINKS Splay(RTL_SPLAY_LINKS x)
    {
        while (!IsRoot(x))
        {
            var p = Parent(x);
            if (IsRoot(p))
            {
                Rotate(x);                    // zig
            }
            else if (IsLeftChild(x) == IsLeftChild(p))
            {
                Rotate(p);                    // zig-zig: the parent first
                Rotate(x);
            }
            else
            {
                Rotate(x);                    // zig-zag
                Rotate(x);
            }
        }

        return x;
    }

    /// <summary>RtlDelete: removes <paramref name="node"/>, splays its parent, and returns the new root
    /// (null when the tree is now empty).</summary>
    internal static RTL_SPLAY_LINKS? Delete(RTL_SPLAY_LINKS node)
    {
        var parent = Remove(node);
        return parent is null ? null : Splay(parent);
    }

    /// <summary>RtlDeleteNoSplay: removes <paramref name="node"/> without splaying; <paramref name="root"/>
    /// is updated when the root changes.</summary>
    internal static void DeleteNoSplay(RTL_SPLAY_LINKS node, ref RTL_SPLAY_LINKS? root)
    {
        var wasRoot = IsRoot(node);
        var parent = Remove(node);
        if (wasRoot || (root is not null && ReferenceEquals(root, node)))
        {
            root = parent is null ? null : Root(parent);
        }
    }

    /// <summary>RtlSubtreeSuccessor: the leftmost node of the right subtree, or null.</summary>
    internal static RTL_SPLAY_LINKS? SubtreeSuccessor(RTL_SPLAY_LINKS links)
    {
        var node = links.RightChild;
        while (node?.LeftChild is { } left)
        {
            node = left;
        }

        return node;
    }

    /// <summary>RtlSubtreePredecessor: the rightmost node of the left subtree, or null.</summary>
    internal static RTL_SPLAY_LINKS? SubtreePredecessor(RTL_SPLAY_LINKS links)
    {
        var node = links.LeftChild;
        while (node?.RightChild is { } right)
        {
            node = right;
        }

        return node;
    }

    /// <summary>RtlRealSuccessor: the next node in order in the whole tree, or null.</summary>
    internal static RTL_SPLAY_LINKS? RealSuccessor(RTL_SPLAY_LINKS links)
    {
        if (SubtreeSuccessor(links) is { } below)
        {
            return below;
        }

        var node = links;
        while (!IsRoot(node) && !IsLeftChild(node))
        {
            node = Parent(node);
        }

        return IsRoot(node) ? null : node.Parent;
    }

    /// <summary>RtlRealPredecessor: the previous node in order in the whole tree, or null.</summary>
    internal static RTL_SPLAY_LINKS? RealPredecessor(RTL_SPLAY_LINKS links)
    {
        if (SubtreePredecessor(links) is { } below)
        {
            return below;
        }

        var node = links;
        while (!IsRoot(node) && IsLeftChild(node))
        {
            node = Parent(node);
        }

        return IsRoot(node) ? null : node.Parent;
    }

    internal static RTL_SPLAY_LINKS Root(RTL_SPLAY_LINKS node)
    {
        while (!IsRoot(node))
        {
            node = Parent(node);
        }

        return node;
    }

    private static RTL_SPLAY_LINKS Parent(RTL_SPLAY_LINKS node) =>
        node.Parent ?? throw new InvalidOperationException("An RTL_SPLAY_LINKS node has no parent: was it initialized with RtlInitializeSplayLinks?");

    /// <summary>Unlinks <paramref name="node"/> (a node with two children trades places with its in-order
    /// predecessor first); returns the parent of the place the tree lost a node at, or the new root.</summary>
    private static RTL_SPLAY_LINKS? Remove(RTL_SPLAY_LINKS node)
    {
        if (node.LeftChild is not null && node.RightChild is not null)
        {
            SwapWithPredecessor(node);
        }

        var child = node.LeftChild ?? node.RightChild;
        RTL_SPLAY_LINKS? parent;
        if (IsRoot(node))
        {
            parent = child;
            if (child is not null)
            {
                child.Parent = child;
            }
        }
        else
        {
            parent = node.Parent!;
            Replace(parent, node, child);
        }

        node.Parent = node;
        node.LeftChild = node.RightChild = null;
        return parent;
    }

    /// <summary>Exchanges a node's place in the tree with its in-order predecessor's (the nodes move;
    /// the driver's data stays in them).</summary>
    private static void SwapWithPredecessor(RTL_SPLAY_LINKS node)
    {
        var pred = SubtreePredecessor(node)!;
        var nodeWasRoot = IsRoot(node);
        var nodeParent = node.Parent!;
        var nodeLeft = node.LeftChild!;
        var nodeRight = node.RightChild!;
        var predParent = pred.Parent!;
        var predLeft = pred.LeftChild;

        // pred takes node's place.
        pred.RightChild = nodeRight;
        nodeRight.Parent = pred;
        if (ReferenceEquals(nodeLeft, pred))
        {
            pred.LeftChild = node;
            node.Parent = pred;
        }
        else
        {
            pred.LeftChild = nodeLeft;
            nodeLeft.Parent = pred;
            predParent.RightChild = node;
            node.Parent = predParent;
        }

        if (nodeWasRoot)
        {
            pred.Parent = pred;
        }
        else
        {
            pred.Parent = nodeParent;
            if (ReferenceEquals(nodeParent.LeftChild, node))
            {
                nodeParent.LeftChild = pred;
            }
            else
            {
                nodeParent.RightChild = pred;
            }
        }

        // node takes pred's old place (it had no right child).
        node.LeftChild = predLeft;
        node.RightChild = null;
        if (predLeft is not null)
        {
            predLeft.Parent = node;
        }
    }

    private static void Replace(RTL_SPLAY_LINKS parent, RTL_SPLAY_LINKS old, RTL_SPLAY_LINKS? child)
    {
        if (ReferenceEquals(parent.LeftChild, old))
        {
            parent.LeftChild = child;
        }
        else
        {
            parent.RightChild = child;
        }

        if (child is not null)
        {
            child.Parent = parent;
        }
    }

    /// <summary>One rotation: <paramref name="x"/> takes its parent's place.</summary>
    private static void Rotate(RTL_SPLAY_LINKS x)
    {
        var p = Parent(x);
        var pWasRoot = IsRoot(p);
        var g = p.Parent!;
        if (ReferenceEquals(p.LeftChild, x))
        {
            p.LeftChild = x.RightChild;
            if (x.RightChild is not null)
            {
                x.RightChild.Parent = p;
            }

            x.RightChild = p;
        }
        else
        {
            p.RightChild = x.LeftChild;
            if (x.LeftChild is not null)
            {
                x.LeftChild.Parent = p;
            }

            x.LeftChild = p;
        }

        p.Parent = x;
        if (pWasRoot)
        {
            x.Parent = x;
        }
        else
        {
            x.Parent = g;
            if (ReferenceEquals(g.LeftChild, p))
            {
                g.LeftChild = x;
            }
            else
            {
                g.RightChild = x;
            }
        }
    }
}
