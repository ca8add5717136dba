namespace NtSim.Cli.Tests;

/// <summary>The base of the devcon, pnputil and tree tests: a machine folder of their own, and the
/// commands run as `ntsim` runs them, each invocation booting the machine in that folder.</summary>
public abstract class PersistentMachineTests : IDisposable
{
    protected const string SimpleId = @"Root\NtSimSimple";
    protected const string SimpleInstance = @"ROOT\SAMPLE\0000";
    private static readonly string s_drivers = Path.Combine(AppContext.BaseDirectory, "drivers");

    /// <summary>Each test starts with an empty machine in its folder (read-only commands refuse a folder without one).</summary>
    protected PersistentMachineTests()
    {
        Machine.Boot(new MachineOptions { Folder = Folder }).Dispose();
    }

    protected string Folder { get; } = Directory.CreateTempSubdirectory("ntsim-machine-").FullName;

    protected string Packages { get; } = Directory.CreateTempSubdirectory("ntsim-package-").FullName;

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        Directory.Delete(Packages, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs `ntsim args --machine Folder`.</summary>
    protected CliRun Ntsim(params string[] args) => NtsimOn(Folder, args);

    /// <summary>Runs `ntsim args --machine folder`.</summary>
    protected static CliRun NtsimOn(string folder, params string[] args) => CliRun.Of([.. args, "--machine", folder]);

    /// <summary>Asserts the whole output (<see cref="ExpectedOutput"/>), this test's folders written as
    /// &lt;machine&gt; and &lt;packages&gt;, the test output's drivers folder as &lt;drivers&gt;.</summary>
    protected void Matches(CliRun run, string name) =>
        run.Matches(name, (Folder, "<machine>"), (Packages, "<packages>"), (s_drivers, "<drivers>"));

    /// <summary>The Simple test package (simple.inf and its driver assembly) in a folder of its own; the INF's path.</summary>
    protected string SimplePackage()
    {
        File.Copy(Path.Combine(s_drivers, "simple.inf"), Path.Combine(Packages, "simple.inf"), overwrite: true);
        File.Copy(Path.Combine(s_drivers, "Simple.dll"), Path.Combine(Packages, "simple.dll"), overwrite: true);
        return Path.Combine(Packages, "simple.inf");
    }

    /// <summary>devcon install of the Simple package, checked to succeed.</summary>
    protected void InstallSimple()
    {
        var (exitCode, output, error) = Ntsim("devcon", "install", SimplePackage(), SimpleId);
        Assert.True(exitCode == 0, output + error);
    }
}
