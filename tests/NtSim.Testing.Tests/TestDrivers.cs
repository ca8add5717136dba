using System.Runtime.CompilerServices;

namespace NtSim.Testing.Tests;

/// <summary>The driver assemblies of tests/Drivers, as the build copies them to &lt;output&gt;/drivers.</summary>
internal static class TestDrivers
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "drivers");

    public static string Hello => PathOf("Hello");

    public static string Leaky => PathOf("Leaky");

    public static string PathOf(string name)
    {
        var path = Path.Combine(Folder, name + ".dll");
        Assert.True(File.Exists(path), $"{path} is missing: tests/Drivers/TestDrivers.targets copies the test drivers there at build.");
        return path;
    }

    /// <summary>The line of tests/Drivers/&lt;driver&gt;/&lt;file&gt; that carries <paramref name="marker"/>.</summary>
    public static int LineOf(string driver, string file, string marker, [CallerFilePath] string caller = "")
    {
        var source = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(caller)!, "..", "Drivers", driver, file));
        var lines = File.ReadAllLines(source);
        var index = Array.FindIndex(lines, l => l.Contains("// " + marker, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line marked '{marker}' in {source}");
        return index + 1;
    }
}
