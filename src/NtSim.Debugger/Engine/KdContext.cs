using System.Globalization;

namespace NtSim.Debugger.Engine;

/// <summary>What a command runs with: the session, its machine, and the output it prints to.</summary>
internal sealed class KdContext(KernelDebugger session, TextWriter output)
{
    internal KernelDebugger Session { get; } = session;

    /// <summary>The live machine, for the commands that need one (the command table keeps the others from a dump).</summary>
    internal Machine Machine => Session.Machine ?? throw new InvalidOperationException("This command needs a live machine; the session is on a crash dump.");

    /// <summary>What the session debugs: a live machine or a crash dump (Target/KdTarget).</summary>
    internal Target.KdTarget Target => Session.Target;

    internal TextWriter Output { get; } = output;

    /// <summary>Prints one line.</summary>
    internal void Line(string text = "") => Output.WriteLine(text);

    /// <summary>Prints a formatted line (invariant culture).</summary>
    internal void Line(FormattableString text) => Output.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    /// <summary>WinDbg's syntax error: a caret under the offending column (after the prompt), then the command.
    /// <paramref name="column"/> is the offset of the error in <paramref name="command"/>.</summary>
    internal void SyntaxError(string command, int column) =>
        Line(new string(' ', Session.Prompt.Length + Math.Clamp(column, 0, command.Length)) + $"^ Syntax error in '{command}'");

    /// <summary>A command's own error line, in WinDbg's words (e.g. <c>Couldn't resolve error at 'x'</c>).</summary>
    internal void Error(string message) => Line(message);

    /// <summary>Evaluates an expression (MASM syntax: hex by default); on failure prints WinDbg's error and returns null.</summary>
    internal ulong? Evaluate(string expression)
    {
        if (KdExpression.TryEvaluate(expression, this, out var value, out var error))
        {
            return value;
        }

        Error(error);
        return null;
    }
}
