using System.Text;

namespace NtSim.Debugger.Tests;

/// <summary>The scene of driver replacement (.kdfiles): a machine folder in a temporary folder, the Mender test
/// driver's buggy build installed where an INF install puts a driver (System32\drivers, ImagePath
/// \SystemRoot\System32\drivers\Mender.sys), its fixed build in a folder of the host, and the kernel debugger's
/// own lines (KD: Accessing ...) collected. Deterministic machines without Driver Verifier, so that the buggy
/// build's leak at unload is reported, not a bug check.</summary>
internal sealed class KdFilesRig : IDisposable
{
    internal const string Service = "Mender";
    internal const string ImagePath = @"\SystemRoot\System32\drivers\Mender.sys";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ntsim-kdfiles-");
    private readonly StringBuilder _kdOutput = new();
    private Machine? _machine;

    internal KdFilesRig(KernelDebugging debugging = KernelDebugging.Attached)
    {
        Directory.CreateDirectory(HostFolder);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "drivers", "fixed", "Mender.dll"), FixedBuild);
        Directory.CreateDirectory(Path.GetDirectoryName(InstalledImage)!);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "drivers", "Mender.dll"), InstalledImage);
        Boot(debugging);
        Machine.Services.Create(Service, ImagePath);
    }

    /// <summary>The temporary folder every path of the scene is under.</summary>
    internal string Folder => _folder.FullName;

    /// <summary>The host's folder with the fixed build and the map files.</summary>
    internal string HostFolder => Path.Combine(Folder, "host");

    /// <summary>The fixed build on the host.</summary>
    internal string FixedBuild => Path.Combine(HostFolder, "Mender.dll");

    /// <summary>Where the machine keeps the driver: the file its ImagePath names (the .sys is the .dll assembly).</summary>
    internal string InstalledImage => Path.Combine(Folder, "machine", "Windows", "System32", "drivers", "Mender.dll");

    internal Machine Machine => _machine!;

    internal KernelDebugger Kd { get; private set; } = null!;

    /// <summary>The debugger's own lines so far, the temporary folder written as &lt;folder&gt;.</summary>
    internal string KdOutput => Scrub(_kdOutput.ToString());

    /// <summary>Boots (again) the machine on the folder, with a new debugger session.</summary>
    internal void Boot(KernelDebugging debugging = KernelDebugging.Attached)
    {
        _machine?.Dispose();
        _machine = Machine.Boot(new MachineOptions
        {
            Processors = 2, Seed = 14, Verifier = VerifierFlags.None, KernelDebugging = debugging, Folder = Path.Combine(Folder, "machine"),
        });
        _machine.Debugger.Output += line => _kdOutput.Append(line).Append('\n');
        Kd = new KernelDebugger(_machine);
    }

    /// <summary>Starts the service, stops it, and returns which build ran ("buggy" or "fixed") and the stop's report.</summary>
    internal (string Build, UnloadReport Report) StartAndStop()
    {
        var before = Machine.DebugOutput.Messages.Count;
        Assert.Equal(RunStatus.Completed, Machine.Services.Start(Service));
        var entry = Assert.Single(Machine.DebugOutput.Messages.Skip(before), m => m.Text.StartsWith("Mender: DriverEntry", StringComparison.Ordinal));
        var build = entry.Text.Contains("fixed build", StringComparison.Ordinal) ? "fixed" : "buggy";
        return (build, Machine.Services.Stop(Service));
    }

    /// <summary>The debugger's output with the temporary folder written as &lt;folder&gt; and its separators as '/'.</summary>
    internal string Scrub(string text)
    {
        var builder = new StringBuilder(text);
        builder.Replace(Folder, "<folder>");
        var scrubbed = builder.ToString();
        var at = 0;
        while ((at = scrubbed.IndexOf("<folder>", at, StringComparison.Ordinal)) >= 0)
        {
            // Up to the end of the path: a quote, a parenthesis, a space or the end of the line.
            var end = scrubbed.IndexOfAny(['\'', ')', ' ', '\n'], at);
            end = end < 0 ? scrubbed.Length : end;
            scrubbed = scrubbed[..at] + scrubbed[at..end].Replace('\\', '/') + scrubbed[end..];
            at = end;
        }

        return scrubbed;
    }

    public void Dispose()
    {
        _machine?.Dispose();
        _folder.Delete(recursive: true);
    }
}
