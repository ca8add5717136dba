namespace NtSim;

// Splay links (ntddk.h). The Initialize, Insert, Parent, Child and Is* routines are macros (no gate);
// the rest are exported functions, callable at IRQL <= DISPATCH_LEVEL over a nonpaged tree.
public static partial class Wdm
{
    /// <summary>RtlInitializeSplayLinks (a macro): a node on its own, its own parent, no children.</summary>
    public static void RtlInitializeSplayLinks(RTL_SPLAY_LINKS Links)
    {
        KeContext.NotNull(Links, nameof(Links));
        Links.Parent = Links;
        Links.LeftChild = Links.RightChild = null;
    }

    /// <summary>RtlParent (a macro): the node's parent (a root's is the root itself).</summary>
    public static RTL_SPLAY_LINKS? RtlParent(RTL_SPLAY_LINKS Links) => KeContext.NotNull(Links, nameof(Links)).Parent;

    /// <summary>RtlLeftChild (a macro): the node's left child, or NULL.</summary>
    public static RTL_SPLAY_LINKS? RtlLeftChild(RTL_SPLAY_LINKS Links) => KeContext.NotNull(Links, nameof(Links)).LeftChild;

    /// <summary>RtlRightChild (a macro): the node's right child, or NULL.</summary>
    public static RTL_SPLAY_LINKS? RtlRightChild(RTL_SPLAY_LINKS Links) => KeContext.NotNull(Links, nameof(Links)).RightChild;

    /// <summary>RtlIsRoot (a macro): whether the node is the root of its tree.</summary>
    public static bool RtlIsRoot(RTL_SPLAY_LINKS Links) => SplayTrees.IsRoot(KeContext.NotNull(Links, nameof(Links)));

    /// <summary>RtlIsLeftChild (a macro): whether the node is its parent's left child.</summary>
    public static bool RtlIsLeftChild(RTL_SPLAY_LINKS Links) => SplayTrees.IsLeftChild(KeContext.NotNull(Links, nameof(Links)));

    /// <summary>RtlIsRightChild (a macro): whether the node is its parent's right child.</summary>
    public static bool RtlIsRightChild(RTL_SPLAY_LINKS Links) =>
        !SplayTrees.IsRoot(KeContext.NotNull(Links, nameof(Links))) && ReferenceEquals(Links.Parent!.RightChild, Links);

    /// <summary>RtlInsertAsLeftChild (a macro): makes <paramref name="ChildLinks"/> the left child.</summary>
    public static void RtlInsertAsLeftChild(RTL_SPLAY_LINKS ParentLinks, RTL_SPLAY_LINKS ChildLinks)
    {
        KeContext.NotNull(ParentLinks, nameof(ParentLinks)).LeftChild = KeContext.NotNull(ChildLinks, nameof(ChildLinks));
        ChildLinks.Parent = ParentLinks;
    }

    /// <summary>RtlInsertAsRightChild (a macro): makes <paramref name="ChildLinks"/> the right child.</summary>
    public static void RtlInsertAsRightChild(RTL_SPLAY_LINKS ParentLinks, RTL_SPLAY_LINKS ChildLinks)
    {
        KeContext.NotNull(ParentLinks, nameof(ParentLinks)).RightChild = KeContext.NotNull(ChildLinks, nameof(ChildLinks));
        ChildLinks.Parent = ParentLinks;
    }

    /// <summary>RtlSplay: rebalances the tree so that <paramref name="Links"/> is its root; returns it.</summary>
    public static RTL_SPLAY_LINKS RtlSplay(RTL_SPLAY_LINKS Links)
    {
        DdiGate.Enter(DdiTable.RtlSplay);
        return SplayTrees.Splay(KeContext.NotNull(Links, nameof(Links)));
    }

    /// <summary>RtlDelete: removes the node and splays its parent; returns the new root (NULL: the tree is empty).</summary>
    public static RTL_SPLAY_LINKS? RtlDelete(RTL_SPLAY_LINKS Links)
    {
        DdiGate.Enter(DdiTable.RtlDelete);
        return SplayTrees.Delete(KeContext.NotNull(Links, nameof(Links)));
    }

    /// <summary>RtlDeleteNoSplay: removes the node without rebalancing; <paramref name="Root"/> follows a new root.</summary>
    public static void RtlDeleteNoSplay(RTL_SPLAY_LINKS Links, ref RTL_SPLAY_LINKS? Root)
    {
        DdiGate.Enter(DdiTable.RtlDeleteNoSplay);
        SplayTrees.DeleteNoSplay(KeContext.NotNull(Links, nameof(Links)), ref Root);
    }

    /// <summary>RtlSubtreeSuccessor: the smallest node of the right subtree, or NULL.</summary>
    public static RTL_SPLAY_LINKS? RtlSubtreeSuccessor(RTL_SPLAY_LINKS Links)
    {
        DdiGate.Enter(DdiTable.RtlSubtreeSuccessor);
        return SplayTrees.SubtreeSuccessor(KeContext.NotNull(Links, nameof(Links)));
    }

    /// <summary>RtlSubtreePredecessor: the largest node of the left subtree, or NULL.</summary>
    public static RTL_SPLAY_LINKS? RtlSubtreePredecessor(RTL_SPLAY_LINKS Links)
    {
        DdiGate.Enter(DdiTable.RtlSubtreePredecessor);
        return SplayTrees.SubtreePredecessor(KeContext.NotNull(Links, nameof(Links)));
    }

    /// <summary>RtlRealSuccessor: the next node in the whole tree's order, or NULL.</summary>
    public static RTL_SPLAY_LINKS? RtlRealSuccessor(RTL_SPLAY_LINKS Links)
    {
        DdiGate.Enter(DdiTable.RtlRealSuccessor);
        return SplayTrees.RealSuccessor(KeContext.NotNull(Links, nameof(Links)));
    }

    /// <summary>RtlRealPredecessor: the previous node in the whole tree's order, or NULL.</summary>
    public static RTL_SPLAY_LINKS? RtlRealPredecessor(RTL_SPLAY_LINKS Links)
    {
        DdiGate.Enter(DdiTable.RtlRealPredecessor);
        return SplayTrees.RealPredecessor(KeContext.NotNull(Links, nameof(Links)));
    }
}
