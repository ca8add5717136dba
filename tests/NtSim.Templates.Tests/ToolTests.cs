using System.Diagnostics;
using Xunit.Abstractions;

namespace NtSim.Templates.Tests;

/// <summary>
/// The ntsim tool as a user installs it (dotnet tool install from the packed folder) runs a driver and
/// client made from a template: `ntsim run --driver DRIVER.dll CLIENT.dll` prints the client's output
/// and the unload report and exits with the client's exit code.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class ToolTests(TemplatePackages packages, ITestOutputHelper output)
{
    private const string Name = "Fabrikam";

    [Fact]
    public void NtsimRun_TheWdmTemplatesDriverAndClient_PrintsTheClientsOutputAndAUnloadReport()
    {
        packages.AssertReady();
        var folder = Directory.CreateDirectory(Path.Combine(packages.WorkFolder, "tool-run")).FullName;
        packages.WriteNuGetConfig(folder);
        var project = Path.Combine(folder, Name);
        DotnetCommand.Run(folder, packages.NuGetPackages, "new", "ntsim-wdm", "-n", Name, "--debug:custom-hive", packages.Hive, "--no-update-check");
        DotnetCommand.Run(project, packages.NuGetPackages, "build", "-v", "q");
        var driver = Path.Combine("driver", "bin", "Debug", "net10.0", Name + ".dll");
        var client = Path.Combine("client", "bin", "Debug", "net10.0", Name + "Client.dll");

        var clock = Stopwatch.StartNew();
        var (exitCode, text) = DotnetCommand.Execute(packages.Ntsim, project, packages.NuGetPackages, "run", "--driver", driver, client);
        clock.Stop();
        output.WriteLine(text);
        output.WriteLine($"ntsim run took {clock.Elapsed.TotalSeconds:F1} s");

        Assert.True(exitCode == 0, $"ntsim run exited with {exitCode}:{Environment.NewLine}{text}");
        Assert.Contains($"{Name}Client: wrote 14 bytes, read back 14: \"Hello, driver!\"", text, StringComparison.Ordinal);
        Assert.Contains($"({Name}Client.dll exited with 0)", text, StringComparison.Ordinal);
        Assert.Contains($"[SC] {Name}: leaks: none; image unloaded, load context collected", text, StringComparison.Ordinal);
    }
}
