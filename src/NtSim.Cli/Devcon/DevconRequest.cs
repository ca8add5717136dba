namespace NtSim.Cli.Devcon;

/// <summary>One devcon command: its verb and arguments (IDs, or an INF and a hardware ID).</summary>
internal sealed record DevconRequest(string Verb, IReadOnlyList<string> Arguments);
