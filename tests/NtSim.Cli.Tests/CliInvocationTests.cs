using System.CommandLine;

namespace NtSim.Cli.Tests;

/// <summary>An exception no command handled: one line naming the message and a log file with the details, never a stack trace.</summary>
public sealed class CliInvocationTests : IDisposable
{
    private readonly string _logs = Directory.CreateTempSubdirectory("ntsim-logs-").FullName;

    public void Dispose() => Directory.Delete(_logs, recursive: true);

    private (int ExitCode, string Output, string Error) Run(Action action)
    {
        var command = new Command("boom", "Fails.");
        command.SetAction(_ => action());
        var root = new RootCommand { command };
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CliInvocation.Invoke(root.Parse(["boom"]), new InvocationConfiguration { Output = output, Error = error }, _logs);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Invoke_CommandThrows_OneLineNamingTheLogThatHoldsTheStack()
    {
        var (exitCode, output, error) = Run(() => throw new InvalidOperationException("the disk fell off\nand rolled away"));

        Assert.Equal(CliInvocation.ExitCode, exitCode);
        Assert.Empty(output);
        var log = Assert.Single(Directory.GetFiles(_logs));
        Assert.Equal($"ntsim: internal error: InvalidOperationException: the disk fell off and rolled away (details in {log}){Environment.NewLine}", error);
        var details = File.ReadAllText(log);
        Assert.Contains("System.InvalidOperationException: the disk fell off", details);
        Assert.Contains(" at ", details);
        Assert.Contains(nameof(Invoke_CommandThrows_OneLineNamingTheLogThatHoldsTheStack), details);
    }

    [Fact]
    public void Invoke_LogFolderUnusable_StillOneLine()
    {
        var blocked = Path.Combine(_logs, "file");
        File.WriteAllText(blocked, "");
        var command = new Command("boom");
        command.SetAction((Action<ParseResult>)(_ => throw new OutOfMemoryException("no room")));
        var error = new StringWriter();

        var exitCode = CliInvocation.Invoke(new RootCommand { command }.Parse(["boom"]), new InvocationConfiguration { Output = new StringWriter(), Error = error }, blocked);

        Assert.Equal(CliInvocation.ExitCode, exitCode);
        var line = Assert.Single(error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"ntsim: internal error: OutOfMemoryException: no room (the details could not be written to {blocked}: ", line);
    }

    [Fact]
    public void Invoke_CommandSucceeds_ItsExitCodeAndNoLog()
    {
        var (exitCode, _, error) = Run(() => { });

        Assert.Equal(0, exitCode);
        Assert.Empty(error);
        Assert.Empty(Directory.GetFiles(_logs));
    }
}
