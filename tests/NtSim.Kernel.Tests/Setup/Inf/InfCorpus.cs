namespace NtSim.Tests.Setup.Inf;

/// <summary>
/// The corpus of real INF files (Windows-driver-samples) kept in the repository at
/// tests/Corpus/inf, or where NTSIM_INF_CORPUS points.
/// </summary>
internal static class InfCorpus
{
    internal const string EnvironmentVariable = "NTSIM_INF_CORPUS";

    internal static string? Directory { get; } = Locate();

    internal static string SearchedDescription
        => $"${EnvironmentVariable} or <repo root>/tests/Corpus/inf above {AppContext.BaseDirectory}";

    internal static string PathOf(string relative) => Path.Combine(Directory!, relative);

    private static string? Locate()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return System.IO.Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        // The tests run from tests/NtSim.Kernel.Tests/bin/...: walk up to the repo root (it holds NtSim.slnx or .git).
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Directory.Build.props")))
            {
                var candidate = Path.Combine(directory.FullName, "tests", "Corpus", "inf");
                return System.IO.Directory.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }
}
