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

    /// <summary>A broken rule that the caller cannot go on from, checked whatever the options.</summary>
    [DoesNotReturn]
    internal void BugCheck(VerifierRule rule, ulong p2, ulong p3, ulong p4, string detail) =>
        _machine.RaiseBugCheck(rule.Code, rule.Subcode, p2, p3, p4, detail);
}
