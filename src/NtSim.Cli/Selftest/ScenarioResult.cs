namespace NtSim.Cli.Selftest;

/// <summary>What a scenario found: whether it behaved, and what it saw, line by line.</summary>
internal sealed record ScenarioResult(bool Passed, IReadOnlyList<string> Lines);

/// <summary>A selftest scenario: a name, what it shows, and the code that runs it on a machine.</summary>
internal sealed record Scenario(string Name, string Shows, Func<Machine, ScenarioResult> Run);
