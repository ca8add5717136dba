namespace NtSim.Cli.Sc;

/// <summary>One sc verb with its arguments: create, start, stop, delete or query.</summary>
internal sealed record ScRequest(string Verb, string? Name, string? BinPath = null, uint StartType = Wdm.SERVICE_DEMAND_START,
    uint ErrorControl = Wdm.SERVICE_ERROR_NORMAL, string? DisplayName = null);
