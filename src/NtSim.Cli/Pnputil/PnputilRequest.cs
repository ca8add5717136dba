namespace NtSim.Cli.Pnputil;

/// <summary>One pnputil command: /add-driver (with /install), /enum-drivers, /enum-devices or /delete-driver (with /force).</summary>
internal sealed record PnputilRequest(string Command, string? Target = null, bool Install = false, bool Force = false);
