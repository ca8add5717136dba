using System.Diagnostics;

namespace NtSim;

/// <summary>
/// RTL_SPLAY_LINKS: a node of a splay link tree (Parent, LeftChild, RightChild; a root is its own
/// parent). Initialize it with RtlInitializeSplayLinks. Where a C driver embeds the links as the
/// first member of its node, a C# driver derives its node class from this one (not sealed for
/// that reason) and casts back what RtlSplay, RtlDelete or RtlLeftChild return.
/// </summary>
[DebuggerDisplay("RTL_SPLAY_LINKS root={Parent == this}")]
public class RTL_SPLAY_LINKS
{
    /// <summary>The parent node; a root is its own parent.</summary>
    public RTL_SPLAY_LINKS? Parent;
    /// <summary>The left child, or null.</summary>
    public RTL_SPLAY_LINKS? LeftChild;
    /// <summary>The right child, or null.</summary>
    public RTL_SPLAY_LINKS? RightChild;
}
