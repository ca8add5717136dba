using System.Diagnostics;

namespace NtSim;

/// <summary>
/// ACL: an access control list, as RtlCreateAcl makes it: a revision (ACL_REVISION), the size the
/// caller gave it (AclSize, header included) and the ACEs, in order. An ACE is added only while the
/// ACEs fit in AclSize (STATUS_ALLOTTED_SPACE_EXCEEDED otherwise).
/// </summary>
[DebuggerDisplay("ACL {AceCount} ACEs, {AclSize} bytes")]
public sealed class ACL
{
    /// <summary>sizeof(ACL): the header before the ACEs.</summary>
    internal const ushort HeaderSize = 8;

    private readonly List<Ace> _aces = [];

    /// <summary>The ACL's revision: ACL_REVISION (2), or ACL_REVISION_DS (4) for object ACEs.</summary>
    public byte AclRevision = Wdm.ACL_REVISION;
    /// <summary>The ACL's size in bytes, header and room for ACEs included, as given to RtlCreateAcl.</summary>
    public ushort AclSize = HeaderSize;

    /// <summary>The number of ACEs in the list.</summary>
    public ushort AceCount => (ushort)_aces.Count;

    internal IReadOnlyList<Ace> Aces => _aces;

    /// <summary>The bytes the header and the ACEs take.</summary>
    internal int UsedSize => HeaderSize + _aces.Sum(a => a.Size);

    /// <summary>An ACL of exactly the size its ACEs need (what the SDDL parser builds).</summary>
    internal static ACL Of(IEnumerable<Ace> aces)
    {
        var acl = new ACL();
        acl._aces.AddRange(aces);
        acl.AclSize = (ushort)acl.UsedSize;
        return acl;
    }

    internal void Reset(ushort size, byte revision)
    {
        _aces.Clear();
        AclSize = size;
        AclRevision = revision;
    }

    /// <summary>Adds an ACE at the end if it fits in AclSize.</summary>
    internal bool TryAdd(Ace ace)
    {
        if (UsedSize + ace.Size > AclSize)
        {
            return false;
        }

        _aces.Add(ace);
        return true;
    }

    /// <summary>RtlValidAcl's rules: a known revision, the ACEs within AclSize, valid SIDs.</summary>
    internal bool IsValid => AclRevision is >= Wdm.ACL_REVISION and <= Wdm.ACL_REVISION_DS && UsedSize <= AclSize && _aces.All(a => a.Sid.IsValid);
}
