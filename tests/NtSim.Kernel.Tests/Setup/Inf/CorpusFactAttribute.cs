namespace NtSim.Tests.Setup.Inf;

/// <summary>A test that reads the INF corpus: without it the test reports Skipped, naming where it
/// looked, except in CI (CI set), where it runs and fails.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (InfCorpus.Directory is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"the INF corpus is not there ({InfCorpus.SearchedDescription}); set {InfCorpus.EnvironmentVariable} to a folder of INF files from Windows-driver-samples";
        }
    }
}
