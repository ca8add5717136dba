namespace NtSim.Debugger.Engine;

/// <summary>How a typed line splits into commands (';' outside quotes) and a command into its name and arguments.</summary>
internal static class KdCommandLine
{
    /// <summary>The commands of a line, trimmed; a ';' inside double quotes (a breakpoint's command string) does not split.</summary>
    internal static IReadOnlyList<string> Split(string line)
    {
        var commands = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ';' && !quoted)
            {
                commands.Add(line[start..i].Trim());
                start = i + 1;
            }
        }

        commands.Add(line[start..].Trim());
        return [.. commands.Where(c => c.Length > 0)];
    }

    /// <summary>The command's name (its first word; <c>?</c> alone, as WinDbg reads <c>?1+2</c>) and the rest, trimmed.</summary>
    internal static (string Name, string Arguments) NameAndArguments(string command)
    {
        command = command.Trim();
        if (command.Length == 0)
        {
            return ("", "");
        }

        if (command[0] == '?' && (command.Length == 1 || command[1] != '?'))
        {
            return ("?", command[1..].Trim());
        }

        var end = 0;
        while (end < command.Length && !char.IsWhiteSpace(command[end]))
        {
            end++;
        }

        return (command[..end], command[end..].Trim());
    }

    /// <summary>The arguments as words; a double-quoted word keeps its spaces (without its quotes).</summary>
    internal static IReadOnlyList<string> Words(string arguments)
    {
        var words = new List<string>();
        var i = 0;
        while (i < arguments.Length)
        {
            while (i < arguments.Length && char.IsWhiteSpace(arguments[i]))
            {
                i++;
            }

            if (i >= arguments.Length)
            {
                break;
            }

            if (arguments[i] == '"')
            {
                var close = arguments.IndexOf('"', i + 1);
                var end = close < 0 ? arguments.Length : close;
                words.Add(arguments[(i + 1)..end]);
                i = end + 1;
                continue;
            }

            var start = i;
            while (i < arguments.Length && !char.IsWhiteSpace(arguments[i]))
            {
                i++;
            }

            words.Add(arguments[start..i]);
        }

        return words;
    }
}
