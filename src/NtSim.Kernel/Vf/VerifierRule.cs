using System.Diagnostics;

namespace NtSim;

/// <summary>
/// One rule Driver Verifier enforces with a bug check: its code and subcode (P1), what P2 to P4
/// carry, the <c>verifier /flags</c> bit that turns it on, and where Windows documents it. A machine
/// whose options leave the bit off does what Windows without Driver Verifier does: the call goes on.
/// </summary>
[DebuggerDisplay("{Name,nq} 0x{Code,h}/0x{Subcode,h}")]
public sealed class VerifierRule
{
    /// <summary>The bug check code: 0xC4 DRIVER_VERIFIER_DETECTED_VIOLATION, 0xC9
    /// DRIVER_VERIFIER_IOMANAGER_VIOLATION, ...</summary>
    public required uint Code { get; init; }

    /// <summary>P1: the subcode, or the DDI compliance rule id (0x2xxxx, 0x4xxxx).</summary>
    public required ulong Subcode { get; init; }

    /// <summary>A short name: the DDI compliance rule's name (IrqlKeSetEvent) or the subcode's meaning.</summary>
    public required string Name { get; init; }

    /// <summary>The options that turn the rule on: it is checked when any of these bits is set
    /// (<see cref="VerifierFlags.AnyOption"/> for the checks Driver Verifier makes under every option).</summary>
    public required VerifierFlags Flag { get; init; }

    /// <summary>What P2, P3 and P4 carry ("IRQL", "the event", "0").</summary>
    public string P2 { get; init; } = "0";

    /// <summary>What P3 carries ("0" when unused).</summary>
    public string P3 { get; init; } = "0";

    /// <summary>What P4 carries ("0" when unused).</summary>
    public string P4 { get; init; } = "0";

    /// <summary>Where the rule is documented (a WDK page).</summary>
    public required string Source { get; init; }

    /// <summary>Whether a machine with these options checks the rule.</summary>
    public bool IsOn(VerifierFlags flags) => (flags & Flag) != 0;

    /// <summary>"0xCODE/0xSUBCODE Name".</summary>
    public override string ToString() => $"0x{Code:X}/0x{Subcode:X} {Name}";
}
