namespace NtSim.Cli;

/// <summary>What the global options (--verifier, --windows, --checked) choose for the machines a command
/// boots. <paramref name="Checked"/> is MachineOptions.Checked: true runs every driver as a checked (DBG)
/// build, null each driver as it was built.</summary>
internal sealed record MachineChoices(VerifierFlags Verifier, WindowsVersion Windows, bool? Checked = null)
{
    /// <summary>verifier /standard on the newest release, drivers as built: what a command boots without the options.</summary>
    internal static MachineChoices Default { get; } = new(VerifierFlags.Standard, WindowsVersion.Newest);
}
