namespace NtSim;

public static partial class Wdm
{
    /// <summary>SeExports: the well-known privilege LUIDs and SIDs (a fresh copy each read, so a driver that
    /// changes what it got changes no one else's).</summary>
    public static SE_EXPORTS SeExports => new();

    /// <summary>SeCaptureSubjectContext: the calling thread's security context, its process's primary token
    /// (a system thread's is SYSTEM's). Release it with SeReleaseSubjectContext.</summary>
    public static void SeCaptureSubjectContext(SECURITY_SUBJECT_CONTEXT SubjectContext)
    {
        var thread = DdiGate.Enter(DdiTable.SeCaptureSubjectContext);
        KeContext.NotNull(SubjectContext, nameof(SubjectContext));
        SubjectContext.ClientToken = null;
        SubjectContext.ImpersonationLevel = 0;
        SubjectContext.PrimaryToken = thread.Machine.Security.TokenOf(thread.Process);
        SubjectContext.ProcessAuditId = thread.Process;
    }

    /// <summary>SeReleaseSubjectContext: lets go of the tokens SeCaptureSubjectContext captured.</summary>
    public static void SeReleaseSubjectContext(SECURITY_SUBJECT_CONTEXT SubjectContext)
    {
        DdiGate.Enter(DdiTable.SeReleaseSubjectContext);
        KeContext.NotNull(SubjectContext, nameof(SubjectContext));
        SubjectContext.ClientToken = SubjectContext.PrimaryToken = null;
        SubjectContext.ProcessAuditId = null;
    }

    /// <summary>SeLockSubjectContext: tokens here never change, so the lock has nothing to hold still.</summary>
    public static void SeLockSubjectContext(SECURITY_SUBJECT_CONTEXT SubjectContext)
    {
        DdiGate.Enter(DdiTable.SeLockSubjectContext);
        KeContext.NotNull(SubjectContext, nameof(SubjectContext));
    }

    /// <summary>SeUnlockSubjectContext: ends SeLockSubjectContext.</summary>
    public static void SeUnlockSubjectContext(SECURITY_SUBJECT_CONTEXT SubjectContext)
    {
        DdiGate.Enter(DdiTable.SeUnlockSubjectContext);
        KeContext.NotNull(SubjectContext, nameof(SubjectContext));
    }

    /// <summary>
    /// SeAccessCheck: whether the subject may have <paramref name="DesiredAccess"/> to an object protected by
    /// <paramref name="SecurityDescriptor"/>. KernelMode grants what is asked (GENERIC_ALL's mapping for
    /// MAXIMUM_ALLOWED); UserMode walks the DACL against the subject's token. Returns TRUE with GrantedAccess,
    /// or FALSE with AccessStatus STATUS_ACCESS_DENIED. Privileges is always NULL here (none are used for access).
    /// </summary>
    public static bool SeAccessCheck(SECURITY_DESCRIPTOR SecurityDescriptor, SECURITY_SUBJECT_CONTEXT SubjectSecurityContext, bool SubjectContextLocked,
        uint DesiredAccess, uint PreviouslyGrantedAccess, out PRIVILEGE_SET? Privileges, GENERIC_MAPPING GenericMapping, KPROCESSOR_MODE AccessMode,
        out uint GrantedAccess, out NTSTATUS AccessStatus)
    {
        var thread = DdiGate.Enter(DdiTable.SeAccessCheck);
        RequireAccessMode(AccessMode, nameof(SeAccessCheck));
        KeContext.NotNull(SecurityDescriptor, nameof(SecurityDescriptor));
        KeContext.NotNull(SubjectSecurityContext, nameof(SubjectSecurityContext));
        Privileges = null;
        var mapping = new GenericMapping(GenericMapping.GenericRead, GenericMapping.GenericWrite, GenericMapping.GenericExecute, GenericMapping.GenericAll);
        if (AccessMode == KernelMode)
        {
            var maximum = (DesiredAccess & MAXIMUM_ALLOWED) != 0 ? mapping.All : 0;
            GrantedAccess = PreviouslyGrantedAccess | AccessCheck.Map(DesiredAccess & ~MAXIMUM_ALLOWED, mapping) | maximum;
            AccessStatus = STATUS_SUCCESS;
            return true;
        }

        var token = SubjectSecurityContext.EffectiveToken ?? thread.Machine.Security.TokenOf(thread.Process);
        return AccessCheck.Check(SecurityDescriptor, token, DesiredAccess, PreviouslyGrantedAccess, mapping, out GrantedAccess, out AccessStatus);
    }

    /// <summary>SeSinglePrivilegeCheck: TRUE from KernelMode; from UserMode, whether the calling thread's
    /// process token holds the privilege (<c>RtlConvertLongToLuid(SE_LOAD_DRIVER_PRIVILEGE)</c>): an elevated
    /// administrator holds SeLoadDriverPrivilege and SeDebugPrivilege, a standard user neither, only SYSTEM SeTcbPrivilege.</summary>
    public static bool SeSinglePrivilegeCheck(LUID PrivilegeValue, KPROCESSOR_MODE PreviousMode)
    {
        var thread = DdiGate.Enter(DdiTable.SeSinglePrivilegeCheck);
        RequireAccessMode(PreviousMode, nameof(SeSinglePrivilegeCheck));
        return PreviousMode == KernelMode || thread.Machine.Security.TokenOf(thread.Process).Holds(PrivilegeValue);
    }

    /// <summary>SePrivilegeCheck: whether the subject holds the privileges of the set (all of them with
    /// PRIVILEGE_SET_ALL_NECESSARY, else any one); those held are marked SE_PRIVILEGE_USED_FOR_ACCESS.
    /// KernelMode holds every privilege.</summary>
    public static bool SePrivilegeCheck(PRIVILEGE_SET RequiredPrivileges, SECURITY_SUBJECT_CONTEXT SubjectSecurityContext, KPROCESSOR_MODE AccessMode)
    {
        var thread = DdiGate.Enter(DdiTable.SePrivilegeCheck);
        RequireAccessMode(AccessMode, nameof(SePrivilegeCheck));
        KeContext.NotNull(RequiredPrivileges, nameof(RequiredPrivileges));
        var token = KeContext.NotNull(SubjectSecurityContext, nameof(SubjectSecurityContext)).EffectiveToken
            ?? thread.Machine.Security.TokenOf(thread.Process);
        var count = (int)Math.Min(RequiredPrivileges.PrivilegeCount, (uint)RequiredPrivileges.Privilege.Length);
        var held = 0;
        for (var i = 0; i < count; i++)
        {
            if (AccessMode == KernelMode || token.Holds(RequiredPrivileges.Privilege[i].Luid))
            {
                RequiredPrivileges.Privilege[i].Attributes |= SE_PRIVILEGE_USED_FOR_ACCESS;
                held++;
            }
        }

        return (RequiredPrivileges.Control & PRIVILEGE_SET_ALL_NECESSARY) != 0 ? held == count : held > 0;
    }
}
