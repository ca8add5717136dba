using System.Globalization;
using System.Xml.Linq;

namespace NtSim.Templates.Tests;

/// <summary>
/// The packages a user installs, packed once for the templates' tests into a temporary folder outside
/// the repository: NtSim, NtSim.Wdf, NtSim.Testing, NtSim.Templates and the NtSim.Cli tool (installed
/// into a tool folder of its own, as `dotnet tool install --tool-path` does), built from this checkout into
/// an artifacts folder of their own (so the pack never touches the bin and obj folders of a build
/// running at the same time). They carry the repository's version with a prerelease suffix unique
/// to this run, so that no NtSim of the same version in a NuGet cache can stand in for them.
/// </summary>
public sealed class TemplatePackages : IDisposable
{
    /// <summary>The projects packed, in dependency order, and their package IDs.</summary>
    private static readonly (string Project, string PackageId)[] Packed =
    [
        ("src/NtSim.Kernel/NtSim.Kernel.csproj", "NtSim"),
        ("src/NtSim.Wdf/NtSim.Wdf.csproj", "NtSim.Wdf"),
        ("src/NtSim.Testing/NtSim.Testing.csproj", "NtSim.Testing"),
        ("src/NtSim.Templates/NtSim.Templates.csproj", "NtSim.Templates"),
        ("src/NtSim.Cli/NtSim.Cli.csproj", "NtSim.Cli"),
    ];

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("ntsim-templates-");

    public TemplatePackages()
    {
        RepositoryRoot = FindRepositoryRoot();
        Version = $"{RepositoryVersion(RepositoryRoot)}-templatetest.{DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}";
        PackageFolder = Path.Combine(_root.FullName, "packages");
        Hive = Path.Combine(_root.FullName, "hive");
        NuGetPackages = Path.Combine(_root.FullName, "nuget-packages");
        if (Path.GetRelativePath(RepositoryRoot, _root.FullName) is var relative && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
        {
            Problem = $"The temporary folder {_root.FullName} is inside the repository {RepositoryRoot}: a created project must stand on its own outside it.";
            return;
        }

        var missing = Packed.Select(p => p.Project).Where(p => !File.Exists(Path.Combine(RepositoryRoot, p))).ToList();
        if (missing.Count > 0)
        {
            Problem = $"The templates cannot be tested: {string.Join(", ", missing)} is not in this checkout "
                + "(the templates' tests reference the NtSim.Testing package, which that project makes).";
            return;
        }

        Pack();
    }

    /// <summary>The checkout the packages are built from (the folder of NtSim.slnx).</summary>
    public string RepositoryRoot { get; }

    /// <summary>The version every package of this run carries.</summary>
    public string Version { get; }

    /// <summary>The folder holding the .nupkg files: the only package source of the created projects.</summary>
    public string PackageFolder { get; }

    /// <summary>The template hive the templates are installed into (dotnet new --debug:custom-hive).</summary>
    public string Hive { get; }

    /// <summary>The NuGet global packages folder of the created projects' restores (empty at first).</summary>
    public string NuGetPackages { get; }

    /// <summary>The folder the ntsim tool is installed in (dotnet tool install --tool-path).</summary>
    public string ToolFolder => Path.Combine(_root.FullName, "tool");

    /// <summary>The installed ntsim command.</summary>
    public string Ntsim => Path.Combine(ToolFolder, OperatingSystem.IsWindows() ? "ntsim.exe" : "ntsim");

    /// <summary>The folder under which the tests create their projects.</summary>
    public string WorkFolder => _root.FullName;

    /// <summary>How long packing the five packages took.</summary>
    public TimeSpan PackTime { get; private set; }

    /// <summary>Why the packages could not be made, or null.</summary>
    public string? Problem { get; }

    /// <summary>The path of <paramref name="packageId"/>'s .nupkg.</summary>
    public string PackagePath(string packageId) => Path.Combine(PackageFolder, $"{packageId}.{Version}.nupkg");

    /// <summary>Fails the test when the packages could not be made.</summary>
    public void AssertReady()
    {
        if (Problem is not null)
        {
            Assert.Fail(Problem);
        }
    }

    public void Dispose()
    {
        try
        {
            _root.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file open; the folder is in the temporary directory.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void Pack()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var artifacts = Path.Combine(_root.FullName, "artifacts");
        foreach (var (project, _) in Packed)
        {
            DotnetCommand.Run(RepositoryRoot, null, "pack", Path.Combine(RepositoryRoot, project), "-c", "Release",
                "--artifacts-path", artifacts, "-o", PackageFolder, $"-p:Version={Version}", "-v", "q", "-nodeReuse:false");
        }

        foreach (var (_, packageId) in Packed)
        {
            Assert.True(File.Exists(PackagePath(packageId)), $"dotnet pack made no {PackagePath(packageId)}");
        }

        PackTime = clock.Elapsed;
        DotnetCommand.Run(_root.FullName, null, "new", "install", PackagePath("NtSim.Templates"), "--debug:custom-hive", Hive);
        WriteNuGetConfig(_root.FullName);
        DotnetCommand.Run(_root.FullName, NuGetPackages, "tool", "install", "NtSim.Cli", "--tool-path", ToolFolder, "--version", Version,
            "--configfile", Path.Combine(_root.FullName, "nuget.config"));
    }

    /// <summary>A nuget.config in <paramref name="folder"/>: the packed folder is the only source, the user's global
    /// packages folder a fallback for what the suite's own restore put there (xunit, the test SDK, Mono.Cecil).</summary>
    public void WriteNuGetConfig(string folder)
    {
        var config = new XDocument(new XElement("configuration",
            new XElement("packageSources", new XElement("clear"), Add("packed", PackageFolder)),
            new XElement("fallbackPackageFolders", new XElement("clear"), Add("user", UserGlobalPackagesFolder()))));
        config.Save(Path.Combine(folder, "nuget.config"));

        static XElement Add(string key, string value) => new("add", new XAttribute("key", key), new XAttribute("value", value));
    }

    /// <summary>The global packages folder the suite restored into: NUGET_PACKAGES, else ~/.nuget/packages.</summary>
    private static string UserGlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>The folder above the test's output that holds NtSim.slnx.</summary>
    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NtSim.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No NtSim.slnx above {AppContext.BaseDirectory}: the templates' tests run from a checkout of NtSim.");
    }

    /// <summary>The one &lt;Version&gt; of Directory.Build.props at the repository's root.</summary>
    private static string RepositoryVersion(string root)
    {
        var props = XDocument.Load(Path.Combine(root, "Directory.Build.props"));
        var version = props.Descendants("Version").Select(v => v.Value.Trim()).SingleOrDefault();
        return string.IsNullOrEmpty(version) ? throw new InvalidOperationException("Directory.Build.props sets no <Version>.") : version;
    }
}
