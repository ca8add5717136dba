using System.Xml.Linq;
using Xunit.Abstractions;

namespace NtSim.Templates.Tests;

/// <summary>
/// The C# snippets of the pages a new user reads first (the README, docs/getting-started.md and the
/// packages' READMEs) compile as written, in a project of their own outside the repository that
/// references only the packed packages: their using directives are the whole story, and they use
/// nothing a package does not make public.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class SnippetTests(TemplatePackages packages, ITestOutputHelper output)
{
    private static readonly string[] Pages =
    [
        "README.md",
        "docs/getting-started.md",
        "src/NtSim.Kernel/PACKAGE.md",
        "src/NtSim.Wdf/PACKAGE.md",
        "src/NtSim.Testing/PACKAGE.md",
    ];

    [Fact]
    public void Snippets_OfTheFirstPages_CompileAgainstThePackages()
    {
        packages.AssertReady();
        var folder = Directory.CreateDirectory(Path.Combine(packages.WorkFolder, "snippets")).FullName;
        packages.WriteNuGetConfig(folder);
        WriteProject(folder);

        var count = 0;
        foreach (var page in Pages)
        {
            var markdown = File.ReadAllText(Path.Combine(packages.RepositoryRoot, page));
            foreach (var snippet in MarkdownSnippets.Extract(page, markdown))
            {
                File.WriteAllText(Path.Combine(folder, $"Snippet{count}.cs"), MarkdownSnippets.ToCompilationUnit(snippet, count));
                count++;
            }
        }

        Assert.True(count >= 10, $"only {count} C# snippets found in {string.Join(", ", Pages)}");
        DotnetCommand.Run(folder, packages.NuGetPackages, "build", "-v", "q");
        output.WriteLine($"{count} snippets compiled against NtSim, NtSim.Wdf and NtSim.Testing {packages.Version}");
    }

    /// <summary>A test project as a user's would be: the three packages and xunit; warnings about unused
    /// locals and parameters are a snippet's nature, not errors.</summary>
    private void WriteProject(string folder)
    {
        var project = new XElement("Project", new XAttribute("Sdk", "Microsoft.NET.Sdk"),
            new XElement("PropertyGroup",
                new XElement("TargetFramework", "net10.0"),
                new XElement("Nullable", "enable"),
                new XElement("ImplicitUsings", "enable"),
                new XElement("AllowUnsafeBlocks", "true"),
                new XElement("NoWarn", "$(NoWarn);CS0168;CS0219;CS8321;CS1998;xUnit1013")),
            new XElement("ItemGroup",
                Reference("NtSim", packages.Version),
                Reference("NtSim.Wdf", packages.Version),
                Reference("NtSim.Testing", packages.Version),
                Reference("xunit", "2.9.3")));
        project.Save(Path.Combine(folder, "Snippets.csproj"));

        static XElement Reference(string id, string version) =>
            new("PackageReference", new XAttribute("Include", id), new XAttribute("Version", version));
    }
}
