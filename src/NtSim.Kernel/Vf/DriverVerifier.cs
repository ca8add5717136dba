using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace NtSim;

/// <summary>
/// The machine's Driver Verifier: the options it was booted with (<c>verifier /flags</c>) decide
/// which <see cref="VerifierRule"/>s are checked. A rule that is off lets the call go on, as
/// Windows without Driver Verifier does. docs/verifier.md lists every rule with its option.
/// </summary>
public sealed class DriverVerifier
{
    private readonly Machine _machine;

    internal DriverVerifier(Machine machine, VerifierFlags flags)
    {
        _machine = machine;
        Flags = flags;
    }

    /// <summary>The options in force (the bits of <c>verifier /flags</c>).</summary>
    public VerifierFlags Flags { get; }

    /// <summary>Whether any option is on: every driver of the machine is verified then
    /// (<c>verifier /all</c>: NtSim has no list of drivers to verify).</summary>
    public bool Enabled => Flags != VerifierFlags.None;

    /// <summary>The options in force that NtSim does not simulate yet: asking for them changes nothing.</summary>
    public VerifierFlags NotSimulated => VerifierOptions.With(Flags, VerifierOptionSupport.NotSimulated);

    /// <summary>The options in force of which NtSim simulates only some checks (<see cref="VerifierOption.Note"/>).</summary>
    public VerifierFlags PartlySimulated => VerifierOptions.With(Flags, VerifierOptionSupport.Partly);

    /// <summary>MmIsVerifierEnabled: STATUS_SUCCESS and the options when any is on, else
    /// STATUS_NOT_SUPPORTED and 0 (what Windows' MmIsVerifierEnabled returns when Driver Verifier is off).</summary>
    internal NTSTATUS QueryEnabled(out uint flags)
    {
        flags = (uint)Flags;
        return Enabled ? Wdm.STATUS_SUCCESS : Wdm.STATUS_NOT_SUPPORTED;
    }

    /// <summary>MmIsDriverVerifying: every driver of the machine is verified when any option is on.</summary>
    internal bool IsVerifying(DRIVER_OBJECT driver) => Enabled && driver.Machine == _machine;

    /// <summary>Whether the machine checks <paramref name="rule"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsOn(VerifierRule rule) => (Flags & rule.Flag) != 0;

    /// <summary>A broken rule: bug checks with the rule's code and subcode when the rule is on;
    /// returns when it is off, and the caller goes on as Windows without the option does.</summary>
    internal void Violation(VerifierRule rule, ulong p2, ulong p3, ulong p4, string detail)
    {
        if (IsOn(rule))
        {
            BugCheck(rule, p2, p3, p4, detail);
        }
    }

    /// <summary><see cref="Violation(VerifierRule, ulong, ulong, ulong, string)"/> blaming a given
    /// routine (one that has returned, such as a dispatch routine checked after it).</summary>
    internal void Violation(VerifierRule rule, ulong p2, ulong p3, ulong p4, string detail, (string? Module, string? Location) blame)
    {
        if (IsOn(rule))
        {
            _machine.RaiseBugCheck(rule.Code, rule.Subcode, p2, p3, p4, detail, blame);
        }
    }

    /// <summary>A broken rule that the caller cannot go on from, checked whatever the options.</summary>
    [DoesNotReturn]
    internal void BugCheck(VerifierRule rule, ulong p2, ulong p3, ulong p4, string detail) =>
        _machine.RaiseBugCheck(rule.Code, rule.Subcode, p2, p3, p4, detail);
}
