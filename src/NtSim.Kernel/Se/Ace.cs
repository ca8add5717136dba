using System.Diagnostics;

namespace NtSim;

/// <summary>
/// An access control entry (ACCESS_ALLOWED_ACE, ACCESS_DENIED_ACE): the ACE_HEADER's type and flags
/// (OBJECT_INHERIT_ACE, CONTAINER_INHERIT_ACE, INHERIT_ONLY_ACE ...), the access mask and the SID.
/// Its size is that of the header and mask (8 bytes) and the SID.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
internal sealed record Ace(byte Type, byte Flags, uint Mask, SID Sid)
{
    internal ushort Size => (ushort)(8 + Sid.Length);

    /// <summary>An inherit-only ACE is there for children; it takes no part in the object's own access check.</summary>
    internal bool InheritOnly => (Flags & Wdm.INHERIT_ONLY_ACE) != 0;

    public override string ToString() => Sddl.FormatAce(this);
}
