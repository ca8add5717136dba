using System.Diagnostics;

namespace NtSim;

/// <summary>How much of a Driver Verifier option NtSim does.</summary>
public enum VerifierOptionSupport
{
    /// <summary>Its checks run.</summary>
    Simulated,

    /// <summary>Some of its checks run; <see cref="VerifierOption.Note"/> says which do not.</summary>
    Partly,

    /// <summary>Accepted, but NtSim does nothing for it yet.</summary>
    NotSimulated,
}

/// <summary>One Driver Verifier option (a bit of <c>verifier /flags</c>): its name as
/// <c>verifier /querysettings</c> prints it and what NtSim does for it.</summary>
[DebuggerDisplay("0x{(uint)Flag,h} {Name,nq} {Support}")]
public sealed record VerifierOption(VerifierFlags Flag, string Name, VerifierOptionSupport Support, string Note);
