using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Extensions;

/// <summary><c>.extmatch [/e ExtPattern] [/n] Pattern</c>: the loaded extensions' commands whose names match, one
/// <c>!ext.command</c> a line (<c>/n</c>: without the extension's name). Source: ".extmatch (Display All Matching Extensions)".</summary>
internal sealed class ExtMatchCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = [".extmatch"];

    public override string Help => ".extmatch [/e <extension pattern>] [/n] <pattern>  list the loaded extensions' matching commands";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var words = KdCommandLine.Words(arguments);
        string extensionPattern = "*";
        string? pattern = null;
        var withName = true;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Equals("/e", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Count)
            {
                extensionPattern = words[++i];
            }
            else if (words[i].Equals("/n", StringComparison.OrdinalIgnoreCase))
            {
                withName = false;
            }
            else if (pattern is null && !words[i].StartsWith('/'))
            {
                pattern = words[i];
            }
            else
            {
                context.SyntaxError(name + " " + arguments, name.Length + 1 + arguments.IndexOf(words[i], StringComparison.Ordinal));
                return;
            }
        }

        if (pattern is null)
        {
            context.SyntaxError(name, name.Length);
            return;
        }

        foreach (var extension in context.Session.Extensions.Loaded.Where(e => KdWildcard.Matches(extensionPattern, e.Name)))
        {
            foreach (var command in extension.Commands.Where(c => KdWildcard.Matches(pattern, c)))
            {
                context.Line(withName ? $"!{extension.Name}.{command}" : $"!{command}");
            }
        }
    }
}
