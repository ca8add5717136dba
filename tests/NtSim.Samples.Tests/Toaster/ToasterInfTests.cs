using NtSim.Setup;

namespace NtSim.Samples.Tests.Toaster;

/// <summary>The sample's INF files parse and verify without errors (what ntsim inf check reports).</summary>
public sealed class ToasterInfTests
{
    [Theory]
    [InlineData("busenum.inf")]
    [InlineData("toaster.inf")]
    [InlineData("statbus.inf")]
    public void Load_SampleInf_NoErrors(string name)
    {
        var result = InfFile.Load(ToasterPackages.InfPath(name));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        var errors = InfVerifier.Verify(result).Where(d => d.Severity == InfSeverity.Error).Select(d => d.ToString()).ToList();
        Assert.Empty(errors);
    }
}
