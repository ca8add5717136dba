using NtSim.Cli.Progress;

namespace NtSim.Cli.Tests;

/// <summary>The status line of long commands: drawn with carriage returns on a terminal, erased before each
/// printed line and at the end; nothing at all when the output is redirected.</summary>
public sealed class TerminalProgressTests
{
    [Fact]
    public void Start_NotATerminal_WritesNothingAndPassesTheWriterThrough()
    {
        var output = new StringWriter();

        using (var progress = TerminalProgress.Start(output, "devcon install"))
        {
            Assert.False(progress.IsActive);
            Assert.Same(output, progress.Output);
            progress.Output.WriteLine("Drivers installed successfully.");
        }

        Assert.Equal("Drivers installed successfully." + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void Start_Terminal_DrawsTheLabelErasesItBeforeOutputAndAtTheEnd()
    {
        var output = new StringWriter();

        using (var progress = TerminalProgress.Start(output, "devcon install", terminal: true))
        {
            Assert.True(progress.IsActive);
            progress.Output.Write("done");
        }

        // Drawn at once, erased before "done" and at the end; a redraw between (the timer) is erased as well.
        var text = output.ToString();
        Assert.Matches(@"^\rdevcon install \.\.\. \d+\.\d s\r +\rdone", text);
        var withoutStatus = System.Text.RegularExpressions.Regex.Replace(text, @"\rdevcon install \.\.\. \d+\.\d s|\r +\r", "");
        Assert.Equal("done", withoutStatus);
    }

    [Fact]
    public void DbgPrint_FreshMachine_StreamsWhatTheFilterShows()
    {
        var plain = CliRun.Of("--dbgmask", "0xF", "run", "zerotest");
        var streamed = CliRun.Of("--dbgprint", "--dbgmask", "0xF", "run", "zerotest");
        var filtered = CliRun.Of("--dbgprint", "run", "zerotest");

        Assert.Equal(0, streamed.ExitCode);
        Assert.DoesNotContain("DbgPrint:", plain.Output, StringComparison.Ordinal);
        Assert.Contains(@"DbgPrint: Zero: DriverEntry \Registry\Machine\SYSTEM\CurrentControlSet\Services\Zero", streamed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("DbgPrint:", filtered.Output, StringComparison.Ordinal);
        Assert.Equal(plain.Output, string.Join("", streamed.Output.Split(Environment.NewLine).Where(l => !l.StartsWith("DbgPrint:", StringComparison.Ordinal)).Select(l => l + Environment.NewLine)).TrimEnd() + Environment.NewLine);
    }
}
