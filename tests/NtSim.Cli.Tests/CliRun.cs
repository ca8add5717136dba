using System.CommandLine;
using System.CommandLine.Help;

namespace NtSim.Cli.Tests;

/// <summary>What one `ntsim` command line printed, and its exit code.</summary>
public readonly record struct CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs `ntsim args` as Program.cs does, with the standard output and error captured; an exception
    /// no command handled fails the test with its stack.</summary>
    internal static CliRun Of(params string[] args) => Run(null, args);

    /// <summary>Runs `ntsim args` with <paramref name="input"/> as what ntsim kd reads from its standard input.</summary>
    internal static CliRun WithInput(string input, params string[] args) => Run(new StringReader(input), args);

    private static CliRun Run(TextReader? input, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = NtsimCommand.Create(input);
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            // Help wraps at the console's width when a console is attached; as redirected output, never.
            ((HelpAction)help.Action!).MaxWidth = int.MaxValue;
        }

        var exitCode = root.Parse(args, CliParsing.Configuration)
            .Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Asserts that the whole output is Expected/<paramref name="name"/>.txt (<see cref="ExpectedOutput"/>).</summary>
    internal void Matches(string name, params ReadOnlySpan<(string Folder, string Placeholder)> folders) =>
        ExpectedOutput.Matches(name, Output, Error, folders);
}
