namespace NtSim.Tests.Vf;

/// <summary>Machines booted with given Driver Verifier options, for the tests that run one misuse
/// without Driver Verifier (Windows' own outcome) and under the option that governs its rule.</summary>
internal static class VerifierBoot
{
    public static Machine With(VerifierFlags flags) => Machine.Boot(new MachineOptions { Processors = 2, Verifier = flags });

    /// <summary>Every option but <paramref name="off"/>: shows that exactly that bit governs the rule.</summary>
    public static Machine Without(VerifierFlags off) => With(VerifierFlags.AnyOption & ~off);
}
