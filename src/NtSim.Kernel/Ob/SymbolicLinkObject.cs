namespace NtSim;

/// <summary>
/// OBJECT_SYMBOLIC_LINK: a name that stands for another. A lookup that meets a link replaces the
/// name up to the link with the link's target and starts again from the root (an empty target
/// stands for the root, as <c>\GLOBAL??\GLOBALROOT</c> does).
/// </summary>
internal sealed class SymbolicLinkObject : IObjectBody
{
    /// <summary>A link whose LinkTarget is <paramref name="target"/> with a NUL (MaximumLength = Length + 2).</summary>
    internal SymbolicLinkObject(string target, long creationTime)
        : this(target, [.. target, '\0'], creationTime)
    {
    }

    /// <summary>A link whose LinkTarget keeps the caller's string as given: <paramref name="buffer"/>
    /// is its MaximumLength bytes, of which <paramref name="target"/> is the first Length.</summary>
    internal SymbolicLinkObject(string target, char[] buffer, long creationTime)
    {
        Target = target;
        Buffer = buffer;
        CreationTime = creationTime;
    }

    ObjectHeader? IObjectBody.ObjectHeader { get; set; }

    /// <summary>The target name (LinkTarget, its Length bytes).</summary>
    internal string Target { get; }

    /// <summary>LinkTarget's buffer, all MaximumLength bytes of it (what ZwCreateSymbolicLinkObject copied).</summary>
    internal char[] Buffer { get; }

    /// <summary>LinkTarget.MaximumLength.</summary>
    internal ushort MaximumLength => (ushort)(Buffer.Length * 2);

    /// <summary>System time of creation, as <c>!object</c> shows it.</summary>
    internal long CreationTime { get; }
}
