namespace NtSim.Debugger.Tests;

/// <summary>The engine: command lines, unknown commands and expressions, in WinDbg's words.</summary>
public sealed class EngineTests
{
    [Theory]
    [InlineData("? 1+2", "Evaluate expression: 3 = 00000000`00000003\n")]
    [InlineData("? 0n10 * 2", "Evaluate expression: 20 = 00000000`00000014\n")]
    [InlineData("?ffffe000`00001000 - 0x1000", "Evaluate expression: -35184372088832 = ffffe000`00000000\n")]
    [InlineData("? 0y101", "Evaluate expression: 5 = 00000000`00000005\n")]
    [InlineData("? (2+3)*4", "Evaluate expression: 20 = 00000000`00000014\n")]
    [InlineData("? nosuchsymbol", "Couldn't resolve error at 'nosuchsymbol'\n")]
    [InlineData("? 1/0", "Divide by zero error at '1/0'\n")]
    public void Evaluate_PrintsWinDbgsLine(string command, string expected)
    {
        using var machine = Machine.Boot();
        Assert.Equal(expected, new KernelDebugger(machine).Execute(command));
    }

    [Fact]
    public void UnknownCommand_CaretUnderTheCommand_AfterThePrompt()
    {
        using var machine = Machine.Boot();
        Assert.Equal("       ^ Syntax error in 'frobnicate 1'\n", new KernelDebugger(machine).Execute("frobnicate 1"));
    }

    [Fact]
    public void UnknownExtensionCommand_NoExportFound()
    {
        using var machine = Machine.Boot();
        Assert.Equal("No export frob found\n", new KernelDebugger(machine).Execute("!frob 1"));
    }

    [Fact]
    public void Semicolons_RunEachCommand_QuitStopsTheRest()
    {
        using var machine = Machine.Boot();
        var kd = new KernelDebugger(machine);

        Assert.Equal("Evaluate expression: 1 = 00000000`00000001\nquit:\n", kd.Execute("? 1; q; ? 2"));
        Assert.True(kd.QuitRequested);
    }

    [Fact]
    public void Help_OneLinePerCommand()
    {
        using var machine = Machine.Boot();
        var kd = new KernelDebugger(machine);

        var lines = kd.Execute(".help").TrimEnd('\n').Split('\n');

        Assert.Equal(kd.Commands.Count, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("? <expression>", StringComparison.Ordinal));
    }
}
