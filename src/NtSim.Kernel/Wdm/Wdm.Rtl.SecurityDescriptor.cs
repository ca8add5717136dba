namespace NtSim;

public static partial class Wdm
{
    /// <summary>RtlCreateSecurityDescriptor: an absolute descriptor with no owner, group, SACL or DACL and every
    /// control bit clear; STATUS_UNKNOWN_REVISION unless <paramref name="Revision"/> is SECURITY_DESCRIPTOR_REVISION.</summary>
    public static NTSTATUS RtlCreateSecurityDescriptor(SECURITY_DESCRIPTOR SecurityDescriptor, uint Revision)
    {
        DdiGate.Enter(DdiTable.RtlCreateSecurityDescriptor);
        KeContext.NotNull(SecurityDescriptor, nameof(SecurityDescriptor));
        if (Revision != SECURITY_DESCRIPTOR_REVISION)
        {
            return STATUS_UNKNOWN_REVISION;
        }

        SecurityDescriptor.Revision = (byte)Revision;
        SecurityDescriptor.Sbz1 = 0;
        SecurityDescriptor.Control = 0;
        SecurityDescriptor.Owner = SecurityDescriptor.Group = null;
        SecurityDescriptor.Sacl = SecurityDescriptor.Dacl = null;
        return STATUS_SUCCESS;
    }

    /// <summary>RtlSetDaclSecurityDescriptor: sets (or, with DaclPresent FALSE, clears) the DACL. A NULL
    /// <paramref name="Dacl"/> with DaclPresent TRUE is a NULL DACL: everyone gets every access.
    /// STATUS_UNKNOWN_REVISION for a descriptor of another revision, STATUS_INVALID_SECURITY_DESCR for a self-relative one.</summary>
    public static NTSTATUS RtlSetDaclSecurityDescriptor(SECURITY_DESCRIPTOR SecurityDescriptor, bool DaclPresent, ACL? Dacl, bool DaclDefaulted)
    {
        DdiGate.Enter(DdiTable.RtlSetDaclSecurityDescriptor);
        if (KeContext.NotNull(SecurityDescriptor, nameof(SecurityDescriptor)).Revision != SECURITY_DESCRIPTOR_REVISION)
        {
            return STATUS_UNKNOWN_REVISION;
        }

        if ((SecurityDescriptor.Control & SE_SELF_RELATIVE) != 0)
        {
            return STATUS_INVALID_SECURITY_DESCR;
        }

        SecurityDescriptor.Control &= unchecked((ushort)~(SE_DACL_PRESENT | SE_DACL_DEFAULTED));
        SecurityDescriptor.Dacl = DaclPresent ? Dacl : null;
        if (DaclPresent)
        {
            SecurityDescriptor.Control |= (ushort)(SE_DACL_PRESENT | (DaclDefaulted ? SE_DACL_DEFAULTED : 0));
        }

        return STATUS_SUCCESS;
    }

    /// <summary>RtlGetDaclSecurityDescriptor: whether a DACL is present, the DACL (NULL for a NULL DACL) and
    /// whether it was defaulted; STATUS_UNKNOWN_REVISION for a descriptor of another revision.</summary>
    public static NTSTATUS RtlGetDaclSecurityDescriptor(SECURITY_DESCRIPTOR SecurityDescriptor, out bool DaclPresent, out ACL? Dacl, out bool DaclDefaulted)
    {
        DdiGate.Enter(DdiTable.RtlGetDaclSecurityDescriptor);
        DaclPresent = DaclDefaulted = false;
        Dacl = null;
        if (KeContext.NotNull(SecurityDescriptor, nameof(SecurityDescriptor)).Revision != SECURITY_DESCRIPTOR_REVISION)
        {
            return STATUS_UNKNOWN_REVISION;
        }

        DaclPresent = (SecurityDescriptor.Control & SE_DACL_PRESENT) != 0;
        if (DaclPresent)
        {
            Dacl = SecurityDescriptor.Dacl;
            DaclDefaulted = (SecurityDescriptor.Control & SE_DACL_DEFAULTED) != 0;
        }

        return STATUS_SUCCESS;
    }

    /// <summary>RtlValidSecurityDescriptor: revision 1, valid owner and group SIDs, valid ACLs.</summary>
    public static bool RtlValidSecurityDescriptor(SECURITY_DESCRIPTOR SecurityDescriptor)
    {
        DdiGate.Enter(DdiTable.RtlValidSecurityDescriptor);
        return KeContext.NotNull(SecurityDescriptor, nameof(SecurityDescriptor)).IsValid;
    }

    /// <summary>RtlLengthSecurityDescriptor: the size of the descriptor in self-relative form (20 bytes of
    /// header, the owner and group SIDs, the SACL and DACL).</summary>
    public static uint RtlLengthSecurityDescriptor(SECURITY_DESCRIPTOR SecurityDescriptor)
    {
        DdiGate.Enter(DdiTable.RtlLengthSecurityDescriptor);
        return KeContext.NotNull(SecurityDescriptor, nameof(SecurityDescriptor)).Length;
    }

    /// <summary>RtlCreateAcl: an empty ACL of <paramref name="AclLength"/> bytes; STATUS_BUFFER_TOO_SMALL below
    /// sizeof(ACL), STATUS_INVALID_PARAMETER for a revision other than ACL_REVISION/ACL_REVISION_DS or a length past 64 KB.</summary>
    public static NTSTATUS RtlCreateAcl(ACL Acl, uint AclLength, uint AclRevision)
    {
        DdiGate.Enter(DdiTable.RtlCreateAcl);
        KeContext.NotNull(Acl, nameof(Acl));
        if (AclLength < ACL.HeaderSize)
        {
            return STATUS_BUFFER_TOO_SMALL;
        }

        if (AclRevision is < ACL_REVISION or > ACL_REVISION_DS || AclLength > ushort.MaxValue)
        {
            return STATUS_INVALID_PARAMETER;
        }

        Acl.Reset((ushort)(AclLength & ~3u), (byte)AclRevision);
        return STATUS_SUCCESS;
    }

    /// <summary>RtlAddAccessAllowedAce: appends an ACCESS_ALLOWED_ACE for <paramref name="Sid"/>;
    /// STATUS_INVALID_SID, STATUS_INVALID_ACL, STATUS_REVISION_MISMATCH (an ACE revision the ACL cannot hold)
    /// or STATUS_ALLOTTED_SPACE_EXCEEDED when the ACE does not fit in the ACL's AclSize.</summary>
    public static NTSTATUS RtlAddAccessAllowedAce(ACL Acl, uint AceRevision, uint AccessMask, SID Sid)
    {
        DdiGate.Enter(DdiTable.RtlAddAccessAllowedAce);
        if (!KeContext.NotNull(Sid, nameof(Sid)).IsValid)
        {
            return STATUS_INVALID_SID;
        }

        if (!KeContext.NotNull(Acl, nameof(Acl)).IsValid)
        {
            return STATUS_INVALID_ACL;
        }

        if (AceRevision is < ACL_REVISION or > ACL_REVISION_DS)
        {
            return STATUS_REVISION_MISMATCH;
        }

        return Acl.TryAdd(new Ace(ACCESS_ALLOWED_ACE_TYPE, 0, AccessMask, Sid.Clone())) ? STATUS_SUCCESS : STATUS_ALLOTTED_SPACE_EXCEEDED;
    }
}
