using System.Runtime.CompilerServices;

namespace NtSim.Debugger.Tests;

/// <summary>Compares a command's output with Expected/&lt;name&gt;.txt; NTSIM_UPDATE_EXPECTED=1 writes the file
/// instead (review the change with git diff).</summary>
internal static class ExpectedText
{
    internal static void Matches(string name, string actual, [CallerFilePath] string caller = "")
    {
        var relative = Path.Combine("Expected", name + ".txt");
        var source = Path.Combine(Path.GetDirectoryName(caller)!, relative);
        var copied = Path.Combine(AppContext.BaseDirectory, relative);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("NTSIM_UPDATE_EXPECTED") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, actual);
            return;
        }

        var path = File.Exists(copied) ? copied : source;
        Assert.True(File.Exists(path), $"There is no expected-output file {source}; rerun with NTSIM_UPDATE_EXPECTED=1 to write it. The output:\n{actual}");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(expected == actual, $"The output differs from {source}.\n--- expected\n{expected}\n--- actual\n{actual}\nIf the new output is right, rerun with NTSIM_UPDATE_EXPECTED=1 and review the change with git diff.");
    }
}
