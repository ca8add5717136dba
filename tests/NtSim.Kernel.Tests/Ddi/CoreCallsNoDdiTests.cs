using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace NtSim.Tests.Ddi;

/// <summary>The core never calls the Wdm facade's DDIs (STYLE.md, "the core never calls back into the
/// facade"): a DDI re-runs the driver-facing checks and takes scheduling points the kernel never asked
/// for. Header macros without a row in the DDI table (NT_SUCCESS, IoMarkIrpPending ...) are fine.</summary>
public sealed partial class CoreCallsNoDdiTests
{
    /// <summary>Code that is a driver, or stands in a driver's dispatch table, and calls DDIs as one.</summary>
    private static readonly (string File, string Reason)[] s_drivers =
    [
        ("Pnp/RootEnumerator.cs", "the root bus driver"),
        ("Pnp/PoolStrings.cs", "the root bus driver's helper: the IDs it returns are the driver's pool"),
        ("Io/IoManager.cs", "IopInvalidDeviceRequest is a driver's dispatch routine: it completes the IRP as the driver"),
    ];

    [Fact]
    public void SourcesOutsideWdm_CallNoDdiOfTheTable()
    {
        RuntimeHelpers.RunClassConstructor(typeof(DdiTable).TypeHandle);
        var rows = NtSim.Ddi.All.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var kernel = Path.Combine(RepositoryRoot(), "src", "NtSim.Kernel");
        var calls = Directory.EnumerateFiles(kernel, "*.cs", SearchOption.AllDirectories)
            .Select(file => (File: Path.GetRelativePath(kernel, file).Replace('\\', '/'), Text: File.ReadAllText(file)))
            .Where(f => !f.File.StartsWith("Wdm/", StringComparison.Ordinal) && !s_drivers.Any(d => d.File == f.File))
            .SelectMany(f => WdmCall().Matches(f.Text).Select(m => (f.File, Ddi: m.Groups[1].Value)))
            .Where(c => rows.Contains(c.Ddi))
            .Select(c => $"{c.File}: Wdm.{c.Ddi}")
            .ToList();
        Assert.True(calls.Count == 0, "the core calls DDIs of the Wdm facade:\n" + string.Join("\n", calls));
    }

    [Fact]
    public void TheScan_FindsTheDdisADriverOfTheCoreCalls()
    {
        // The scan would see a DDI call: the root bus driver's IoCreateDevice is one.
        var root = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "NtSim.Kernel", "Pnp", "RootEnumerator.cs"));
        Assert.Contains(WdmCall().Matches(root), m => m.Groups[1].Value == "IoCreateDevice");
    }

    [GeneratedRegex(@"\bWdm\.([A-Za-z_][A-Za-z0-9_]*)\(")]
    private static partial Regex WdmCall();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Directory.Build.props")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("no repository root above " + AppContext.BaseDirectory);
    }
}
