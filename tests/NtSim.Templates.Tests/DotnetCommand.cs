using System.Diagnostics;
using System.Text;

namespace NtSim.Templates.Tests;

/// <summary>
/// Runs the dotnet command as a user would in a shell, isolated from the test run that starts it:
/// none of the MSBuild or test platform variables the parent set, no build nodes left behind, a
/// NuGet packages folder of the caller's choosing, and a time limit after which the process tree is
/// killed and the run fails.
/// </summary>
internal static class DotnetCommand
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(15);

    /// <summary>Runs <c>dotnet <paramref name="arguments"/></c> in <paramref name="directory"/> and returns its
    /// output (stdout and stderr, interleaved by line); fails the test, with the output's tail, on a non-zero exit.
    /// <paramref name="nugetPackages"/> is the NuGet global packages folder to use (null: the user's).</summary>
    public static string Run(string directory, string? nugetPackages, params string[] arguments)
    {
        var (exitCode, output) = Execute(DotnetPath(), directory, nugetPackages, arguments);
        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', arguments)} exited with {exitCode} in {directory}:{Environment.NewLine}{Tail(output)}");
        return output;
    }

    /// <summary>Runs <paramref name="program"/> (an installed tool, say) as <see cref="Run"/> runs dotnet, and
    /// returns its exit code and output, whatever the exit code.</summary>
    public static (int ExitCode, string Output) Execute(string program, string directory, string? nugetPackages, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Isolate(start.Environment, nugetPackages);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeLimit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(program)} {string.Join(' ', arguments)} ran for more than {TimeLimit.TotalMinutes} minutes in {directory}:{Environment.NewLine}{Tail(output)}");
        }

        // The exit is known; the rest of the output is in the pipes (bounded: a build server could hold them open).
        Task.Run(() => process.WaitForExit()).Wait(TimeSpan.FromSeconds(10));
        string text;
        lock (output)
        {
            text = output.ToString();
        }

        return (process.ExitCode, text);
    }

    /// <summary>The dotnet that runs these tests (the SDK tells its children where it is), else the one on PATH.</summary>
    private static string DotnetPath() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";

    private static void Isolate(IDictionary<string, string?> environment, string? nugetPackages)
    {
        // The parent dotnet test sets MSBuild's paths and the test platform's switches for its own children.
        foreach (var name in environment.Keys.Where(IsInherited).ToList())
        {
            environment.Remove(name);
        }

        if (nugetPackages is not null)
        {
            environment["NUGET_PACKAGES"] = nugetPackages;
        }

        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
    }

    private static bool IsInherited(string name) =>
        name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase);

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Tail(StringBuilder output)
    {
        lock (output)
        {
            return Tail(output.ToString());
        }
    }

    private static string Tail(string text) => text.Length <= 6000 ? text : "..." + text[^6000..];
}
