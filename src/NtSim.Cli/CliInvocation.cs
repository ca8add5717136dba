using System.CommandLine;
using System.Globalization;

namespace NtSim.Cli;

/// <summary>
/// Runs a parsed `ntsim` command line so that no input shows a .NET stack trace: an exception no
/// command handled is one line on the error writer, <c>ntsim: internal error: MESSAGE (details in
/// LOG)</c>, the details go to a log file under the temporary folder, and the exit code is <see cref="ExitCode"/>.
/// </summary>
internal static class CliInvocation
{
    /// <summary>EX_SOFTWARE of sysexits.h: an internal software error.</summary>
    internal const int ExitCode = 70;

    internal static int Invoke(ParseResult parse, InvocationConfiguration? configuration = null, string? logFolder = null)
    {
        configuration ??= new InvocationConfiguration();
        configuration.EnableDefaultExceptionHandler = false;
        try
        {
            return parse.Invoke(configuration);
        }
        catch (Exception e)
        {
            return Report(e, configuration.Error, logFolder ?? Path.Combine(Path.GetTempPath(), "ntsim"));
        }
    }

    /// <summary>Writes the exception to a new log file in <paramref name="logFolder"/> and one line naming it to <paramref name="error"/>.</summary>
    internal static int Report(Exception exception, TextWriter error, string logFolder)
    {
        var message = exception.Message.ReplaceLineEndings(" ").Trim();
        string where;
        try
        {
            Directory.CreateDirectory(logFolder);
            var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
            var log = Path.Combine(logFolder, string.Create(CultureInfo.InvariantCulture, $"ntsim-error-{stamp}-{Environment.ProcessId}-{Guid.NewGuid():N}.log"));
            File.WriteAllText(log, $"ntsim {string.Join(' ', Environment.GetCommandLineArgs().Skip(1))}{Environment.NewLine}{exception}{Environment.NewLine}");
            where = $"details in {log}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            where = $"the details could not be written to {logFolder}: {e.Message.ReplaceLineEndings(" ").Trim()}";
        }

        error.WriteLine($"ntsim: internal error: {exception.GetType().Name}: {message} ({where})");
        return ExitCode;
    }
}
