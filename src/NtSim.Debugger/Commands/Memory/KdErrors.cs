using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Memory;

/// <summary>WinDbg's caret errors for a command's arguments (<c>^ Range error in 'db 0 l0xffffffff'</c>,
/// <c>^ Memory access error in 'eb 0 1'</c>): the caret sits under the last character of what was at fault.</summary>
internal static class KdErrors
{
    /// <summary>The command as typed (its name as the engine passes it, lower case).</summary>
    internal static string Command(string name, string arguments) => arguments.Length == 0 ? name : name + " " + arguments;

    internal static void Caret(KdContext context, string error, string command, int column) =>
        context.Line(new string(' ', context.Session.Prompt.Length + Math.Clamp(column, 0, command.Length)) + $"^ {error} in '{command}'");
}
