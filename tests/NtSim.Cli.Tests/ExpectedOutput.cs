using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace NtSim.Cli.Tests;

/// <summary>Compares what a command printed with its expected-output file, Expected/&lt;command&gt;/&lt;case&gt;.txt,
/// whole; <see cref="UpdateVariable"/>=1 rewrites the file instead (Expected/README.md).</summary>
internal static class ExpectedOutput
{
    internal const string UpdateVariable = "NTSIM_UPDATE_EXPECTED";

    /// <summary>The line that stands between the standard output and the standard error in an expected file.</summary>
    internal const string ErrorMarker = "--- stderr ---";

    private const string NoNewline = "\\ No newline at end";

    /// <summary>Asserts that <paramref name="output"/> and <paramref name="error"/>, normalized, are the text of
    /// Expected/<paramref name="name"/>.txt; each folder the test made is written as its placeholder.</summary>
    internal static void Matches(string name, string output, string error, params ReadOnlySpan<(string Folder, string Placeholder)> folders) =>
        Compare(name, Text(output, error, folders), Environment.GetEnvironmentVariable(UpdateVariable) == "1");

    /// <summary>What an expected file holds for this output: <see cref="Render"/>, then <see cref="Normalize"/>.</summary>
    internal static string Text(string output, string error, params ReadOnlySpan<(string Folder, string Placeholder)> folders) =>
        Normalize(Render(output, error), folders);

    /// <summary>Fails with a diff unless Expected/<paramref name="name"/>.txt holds <paramref name="actual"/>;
    /// with <paramref name="update"/>, writes it there instead.</summary>
    internal static void Compare(string name, string actual, bool update)
    {
        var relative = Path.Combine("Expected", name + ".txt");
        var copied = Path.Combine(AppContext.BaseDirectory, relative);
        var source = Path.Combine(SourceFolder(), relative);
        var file = File.Exists(copied) ? File.ReadAllText(copied) : null;
        if (update)
        {
            Assert.True(Directory.Exists(SourceFolder()), $"{UpdateVariable}=1 needs the test project's sources, and {SourceFolder()} is not there.");
            if (file != actual)
            {
                Write(source, actual);
                Write(copied, actual);
            }

            return;
        }

        var expected = file is null ? null : Normalize(file, []);
        if (expected == actual)
        {
            return;
        }

        var shown = File.Exists(source) ? source : copied;
        var diff = UnifiedDiff.Of(Lines(expected ?? ""), Lines(actual));
        Assert.Fail((expected is null ? $"There is no expected-output file {shown}." : $"The output differs from {shown}:")
            + $"\n--- expected\n+++ actual\n{diff}"
            + $"If the new output is right, rerun with {UpdateVariable}=1 to write it into the file, and review the change with git diff.");
    }

    /// <summary>The standard output, then the standard error after <see cref="ErrorMarker"/> if there is any;
    /// a stream that does not end its last line says so, as diff does.</summary>
    private static string Render(string output, string error)
    {
        var text = new StringBuilder(Stream(output));
        if (error.Length > 0)
        {
            text.Append(ErrorMarker).Append('\n').Append(Stream(error));
        }

        return text.ToString();
    }

    private static string Stream(string text) =>
        text.Length == 0 || text.EndsWith('\n') ? text : text + "\n" + NoNewline + "\n";

    /// <summary>Everything that varies between runs and hosts, and nothing else.</summary>
    private static string Normalize(string text, ReadOnlySpan<(string Folder, string Placeholder)> folders)
    {
        // Windows ends lines with \r\n, and a Windows checkout may store the expected files so.
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);

        // A temporary folder has a new random name each run: its placeholder, and the path below it with '/' on every host.
        foreach (var (folder, placeholder) in folders)
        {
            text = Regex.Replace(text, Regex.Escape(folder) + @"(?<below>[\\/][^\s'""(),;:]*)?",
                match => placeholder + match.Groups["below"].Value.Replace('\\', '/'));
        }

        // A driver store folder's name ends with a hash of the package's files, and a test driver's assembly differs between builds and hosts.
        text = Regex.Replace(text, @"(\.inf_[a-z0-9]+_)[0-9a-f]{16}\b", "${1}<hash>");
        // A damaged registry file is moved aside as NAME.corrupt-yyyyMMdd-HHmmss, the wall-clock time of the repair.
        text = Regex.Replace(text, @"\.corrupt-\d{8}-\d{6}\b", ".corrupt-<time>");
        return text;
    }

    private static List<string> Lines(string text)
    {
        var lines = text.Split('\n').ToList();
        if (lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>The folder of this source file: where the expected files are kept under version control.</summary>
    private static string SourceFolder([CallerFilePath] string file = "") => Path.GetDirectoryName(file) ?? "";
}
