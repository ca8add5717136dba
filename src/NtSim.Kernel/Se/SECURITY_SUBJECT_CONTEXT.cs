using System.Diagnostics;

namespace NtSim;

/// <summary>SECURITY_SUBJECT_CONTEXT: whom a thread acts for, as SeCaptureSubjectContext captures it: its
/// impersonation token (none here: threads do not impersonate) and its process's primary token.</summary>
[DebuggerDisplay("{PrimaryToken}")]
public sealed class SECURITY_SUBJECT_CONTEXT
{
    public ACCESS_TOKEN? ClientToken;
    public int ImpersonationLevel;
    public ACCESS_TOKEN? PrimaryToken;
    public object? ProcessAuditId;

    /// <summary>The token an access check uses: the client's if impersonating, else the primary one.</summary>
    internal ACCESS_TOKEN? EffectiveToken => ClientToken ?? PrimaryToken;
}
