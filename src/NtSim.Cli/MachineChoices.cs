namespace NtSim.Cli;

/// <summary>What the global options (--verifier, --windows) choose for the machines a command boots.</summary>
internal sealed record MachineChoices(VerifierFlags Verifier, WindowsVersion Windows)
{
    /// <summary>verifier /standard on the newest release: what a command boots without the options.</summary>
    internal static MachineChoices Default { get; } = new(VerifierFlags.Standard, WindowsVersion.Newest);
}
