using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace NtSim.Templates.Tests;

/// <summary>
/// What a user does with the templates, from the packages this checkout makes: dotnet new in a folder
/// outside the repository, then dotnet test, restoring from the packed folder only (no registry), and
/// the created project's own tests pass. Each test writes the time from dotnet new to green tests.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class TemplateTests(TemplatePackages packages, ITestOutputHelper output)
{
    /// <summary>The name given with -n: every MyDriver of the template becomes it.</summary>
    private const string Name = "Contoso";

    private static readonly string[] Templates = ["ntsim-wdm", "ntsim-pnp", "ntsim-kmdf"];

    /// <summary>The device interface GUIDs of the templates' sources (template.json's guids): each created project gets new ones.</summary>
    private static readonly string[] TemplateGuids = ["3e9b7c15-a2d4-4f86-b0e1-7c5a9d2f6b48", "8f3c2a61-5d4e-4b7a-9c1f-2e6d8a0b4c37"];

    [Theory]
    [InlineData("ntsim-wdm", 5)]
    [InlineData("ntsim-pnp", 3)]
    [InlineData("ntsim-kmdf", 3)]
    public void DotnetNewThenDotnetTest_FromThePackedFolderOnly_TheProjectsTestsPass(string template, int tests)
    {
        packages.AssertReady();
        var folder = Directory.CreateDirectory(Path.Combine(packages.WorkFolder, template)).FullName;
        packages.WriteNuGetConfig(folder);
        var project = Path.Combine(folder, Name);
        var results = Path.Combine(folder, "results");

        var clock = Stopwatch.StartNew();
        DotnetCommand.Run(folder, packages.NuGetPackages, "new", template, "-n", Name, "--debug:custom-hive", packages.Hive, "--no-update-check");
        var created = clock.Elapsed;
        DotnetCommand.Run(project, packages.NuGetPackages, "test", "--logger", "trx;LogFileName=results.trx", "--results-directory", results);
        clock.Stop();

        var (total, passed, failed) = Counters(Path.Combine(results, "results.trx"));
        Assert.Equal((tests, tests, 0), (total, passed, failed));
        output.WriteLine($"{template}: dotnet new to green tests in {clock.Elapsed.TotalSeconds:F1} s "
            + $"(dotnet new {created.TotalSeconds:F1} s, restore, build and {tests} tests {(clock.Elapsed - created).TotalSeconds:F1} s); "
            + $"the packages took {packages.PackTime.TotalSeconds:F0} s to pack");
        AssertRenamed(project);
    }

    [Fact]
    public void TemplatesPackage_EveryTemplate_CarriesThisBuildsVersionAndItsReadme()
    {
        packages.AssertReady();
        using var package = ZipFile.OpenRead(packages.PackagePath("NtSim.Templates"));
        var entries = package.Entries.ToDictionary(e => e.FullName, StringComparer.Ordinal);

        foreach (var template in Templates)
        {
            Assert.Contains($"content/{template}/.template.config/template.json", entries.Keys);
            Assert.Contains($"content/{template}/README.md", entries.Keys);
            var props = Read(entries[$"content/{template}/Directory.Build.props"]);
            Assert.Contains($"<NtSimVersion>{packages.Version}</NtSimVersion>", props, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(package.Entries, e => e.FullName.Contains("/bin/", StringComparison.Ordinal) || e.FullName.Contains("/obj/", StringComparison.Ordinal));
        Assert.DoesNotContain(package.Entries.Where(e => e.FullName.StartsWith("content/", StringComparison.Ordinal)),
            e => Read(e).Contains("NTSIM_PACKAGE_VERSION", StringComparison.Ordinal));
        Assert.Contains("<packageType name=\"Template\" />", Read(entries["NtSim.Templates.nuspec"]), StringComparison.Ordinal);
    }

    /// <summary>The test counts of a .trx file.</summary>
    private static (int Total, int Passed, int Failed) Counters(string trx)
    {
        Assert.True(File.Exists(trx), $"dotnet test wrote no {trx}");
        var counters = XDocument.Load(trx).Descendants().Single(e => e.Name.LocalName == "Counters");
        return (Count(counters, "total"), Count(counters, "passed"), Count(counters, "failed"));

        static int Count(XElement counters, string name) => int.Parse(counters.Attribute(name)?.Value ?? "0", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>-n renamed everything: no file name or text of the created project still says MyDriver
    /// (in any case), and no interface GUID is the template's own.</summary>
    private static void AssertRenamed(string project)
    {
        Assert.True(File.Exists(Path.Combine(project, Name + ".slnx")), $"no {Name}.slnx in {project}");
        var sources = Directory.EnumerateFiles(project, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(sources);
        foreach (var file in sources)
        {
            Assert.DoesNotContain("MyDriver", Path.GetRelativePath(project, file), StringComparison.OrdinalIgnoreCase);
            var text = File.ReadAllText(file);
            Assert.False(text.Contains("MyDriver", StringComparison.OrdinalIgnoreCase), $"{file} still says MyDriver");
            Assert.DoesNotContain(TemplateGuids, guid => text.Contains(guid, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
