using System.Diagnostics;

namespace NtSim;

/// <summary>
/// SECURITY_DESCRIPTOR in absolute form: revision, control bits (SE_DACL_PRESENT, SE_DACL_PROTECTED
/// ...), owner, group, SACL and DACL. No DACL (SE_DACL_PRESENT clear, or a NULL Dacl) grants everyone
/// every access; an empty DACL grants no one anything. RtlCreateSecurityDescriptor initializes one;
/// the SDDL parser (<see cref="Sddl"/>) builds one from text.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SECURITY_DESCRIPTOR
{
    /// <summary>SECURITY_DESCRIPTOR_REVISION (1).</summary>
    public byte Revision = (byte)Wdm.SECURITY_DESCRIPTOR_REVISION;
    /// <summary>Reserved (zero); in a real descriptor, the resource manager's control bits.</summary>
    public byte Sbz1;
    /// <summary>SE_* control bits: SE_DACL_PRESENT, SE_DACL_PROTECTED, SE_SELF_RELATIVE, ...</summary>
    public ushort Control;
    /// <summary>The owner's SID, or NULL.</summary>
    public SID? Owner;
    /// <summary>The primary group's SID, or NULL.</summary>
    public SID? Group;
    /// <summary>The system ACL (auditing), or NULL.</summary>
    public ACL? Sacl;
    /// <summary>The discretionary ACL (who may do what), or NULL.</summary>
    public ACL? Dacl;

    /// <summary>Whether a DACL restricts access: SE_DACL_PRESENT with a non-NULL Dacl.</summary>
    internal bool HasDacl => (Control & Wdm.SE_DACL_PRESENT) != 0 && Dacl is not null;

    /// <summary>RtlLengthSecurityDescriptor: the self-relative size, header, SIDs and ACLs.</summary>
    internal uint Length =>
        Wdm.SECURITY_DESCRIPTOR_MIN_LENGTH + (Owner?.Length ?? 0) + (Group?.Length ?? 0)
        + ((Control & Wdm.SE_SACL_PRESENT) != 0 && Sacl is not null ? Sacl.AclSize : 0u)
        + ((Control & Wdm.SE_DACL_PRESENT) != 0 && Dacl is not null ? Dacl.AclSize : 0u);

    /// <summary>RtlValidSecurityDescriptor: revision 1, valid owner and group SIDs, valid ACLs.</summary>
    internal bool IsValid =>
        Revision == Wdm.SECURITY_DESCRIPTOR_REVISION && (Owner is null || Owner.IsValid) && (Group is null || Group.IsValid)
        && (Dacl is null || (Control & Wdm.SE_DACL_PRESENT) == 0 || Dacl.IsValid)
        && (Sacl is null || (Control & Wdm.SE_SACL_PRESENT) == 0 || Sacl.IsValid);

    /// <summary>The SDDL text of the descriptor ("D:P(A;;GA;;;SY)").</summary>
    public override string ToString() => Sddl.Format(this);
}
