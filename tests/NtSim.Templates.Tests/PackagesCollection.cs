namespace NtSim.Templates.Tests;

/// <summary>The tests that use the packed packages: one pack for all of them, and one at a time (each
/// builds whole projects; in parallel they would only compete for the same cores).</summary>
[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<TemplatePackages>
{
    public const string Name = "Packed NtSim packages";
}
