namespace NtSim;

// The DDI table: security (Se), with the security routines of Rtl, Io and Ob kept beside them. The IRQL
// lines of their reference pages: the SID and ACL routines of ntifs.h "<= APC_LEVEL" (RtlLengthSid),
// the security descriptor routines, the Se routines, IoCreateDeviceSecure, IoValidateDeviceIoControlAccess
// and ObGetObjectSecurity PASSIVE_LEVEL (RtlCreateSecurityDescriptor, SeAccessCheck ...).
internal static partial class DdiTable
{
    internal static readonly Ddi RtlValidSid = new(nameof(RtlValidSid), Wdm.APC_LEVEL);

    internal static readonly Ddi RtlLengthSid = new(nameof(RtlLengthSid), Wdm.APC_LEVEL);

    internal static readonly Ddi RtlEqualSid = new(nameof(RtlEqualSid), Wdm.APC_LEVEL);

    internal static readonly Ddi RtlCopySid = new(nameof(RtlCopySid), Wdm.APC_LEVEL);

    internal static readonly Ddi RtlCreateAcl = new(nameof(RtlCreateAcl), Wdm.APC_LEVEL);

    internal static readonly Ddi RtlAddAccessAllowedAce = new(nameof(RtlAddAccessAllowedAce), Wdm.APC_LEVEL);

    internal static readonly Ddi RtlCreateSecurityDescriptor = new(nameof(RtlCreateSecurityDescriptor), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlSetDaclSecurityDescriptor = new(nameof(RtlSetDaclSecurityDescriptor), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlGetDaclSecurityDescriptor = new(nameof(RtlGetDaclSecurityDescriptor), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlValidSecurityDescriptor = new(nameof(RtlValidSecurityDescriptor), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi RtlLengthSecurityDescriptor = new(nameof(RtlLengthSecurityDescriptor), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi SeCaptureSubjectContext = new(nameof(SeCaptureSubjectContext), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi SeReleaseSubjectContext = new(nameof(SeReleaseSubjectContext), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi SeLockSubjectContext = new(nameof(SeLockSubjectContext), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi SeUnlockSubjectContext = new(nameof(SeUnlockSubjectContext), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi SeAccessCheck = new(nameof(SeAccessCheck), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi SeSinglePrivilegeCheck = new(nameof(SeSinglePrivilegeCheck), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi SePrivilegeCheck = new(nameof(SePrivilegeCheck), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi IoCreateDeviceSecure = new(nameof(IoCreateDeviceSecure), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi IoValidateDeviceIoControlAccess = new(nameof(IoValidateDeviceIoControlAccess), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi ObGetObjectSecurity = new(nameof(ObGetObjectSecurity), Wdm.PASSIVE_LEVEL);

    internal static readonly Ddi ObReleaseObjectSecurity = new(nameof(ObReleaseObjectSecurity), Wdm.PASSIVE_LEVEL);
}
