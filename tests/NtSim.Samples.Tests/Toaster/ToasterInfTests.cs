using NtSim.Setup;

namespace NtSim.Samples.Tests.Toaster;

/// <summary>The sample's INF files parse and verify without errors (what ntsim inf check reports).</summary>
public sealed class ToasterInfTests
{
    private static string InfPath(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "samples", "Toaster", "inf")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        return Path.Combine(directory.FullName, "samples", "Toaster", "inf", name);
    }

    [Theory]
    [InlineData("busenum.inf")]
    [InlineData("toaster.inf")]
    public void Load_SampleInf_NoErrors(string name)
    {
        var result = InfFile.Load(InfPath(name));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        var errors = InfVerifier.Verify(result).Where(d => d.Severity == InfSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.Empty(errors);
    }
}
