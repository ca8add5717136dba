using System.Diagnostics;

namespace NtSim;

/// <summary>SECURITY_SUBJECT_CONTEXT: whom a thread acts for, as SeCaptureSubjectContext captures it: its
/// impersonation token (none here: threads do not impersonate) and its process's primary token.</summary>
[DebuggerDisplay("{PrimaryToken}")]
public sealed class SECURITY_SUBJECT_CONTEXT
{
    /// <summary>The thread's impersonation token; always NULL here (threads do not impersonate).</summary>
    public ACCESS_TOKEN? ClientToken;
    /// <summary>The impersonation level (SECURITY_IMPERSONATION_LEVEL) of ClientToken.</summary>
    public int ImpersonationLevel;
    /// <summary>The primary token of the thread's process.</summary>
    public ACCESS_TOKEN? PrimaryToken;
    /// <summary>The process's audit id (opaque).</summary>
    public object? ProcessAuditId;

    /// <summary>The token an access check uses: the client's if impersonating, else the primary one.</summary>
    internal ACCESS_TOKEN? EffectiveToken => ClientToken ?? PrimaryToken;
}
