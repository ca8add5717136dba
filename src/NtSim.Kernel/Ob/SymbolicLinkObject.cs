namespace NtSim;

/// <summary>
/// OBJECT_SYMBOLIC_LINK: a name that stands for another. A lookup that meets a link replaces the
/// name up to the link with the link's target and starts again from the root (an empty target
/// stands for the root, as <c>\GLOBAL??\GLOBALROOT</c> does).
/// </summary>
internal sealed class SymbolicLinkObject : IObjectBody
{
    internal SymbolicLinkObject(string target, long creationTime)
    {
        Target = target;
        CreationTime = creationTime;
    }

    ObjectHeader? IObjectBody.ObjectHeader { get; set; }

    /// <summary>The target name (LinkTarget).</summary>
    internal string Target { get; }

    /// <summary>System time of creation, as <c>!object</c> shows it.</summary>
    internal long CreationTime { get; }
}
