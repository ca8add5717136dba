using System.Reflection;

namespace NtSim.Debugger.Engine;

/// <summary>The commands by spelling, and how a command line's first word finds one.</summary>
internal sealed class KdCommandTable
{
    private readonly Dictionary<string, KdCommand> _byName = new(StringComparer.OrdinalIgnoreCase);

    private KdCommandTable(IEnumerable<KdCommand> commands)
    {
        var help = new List<(string, string)>();
        foreach (var command in commands)
        {
            foreach (var name in command.Names)
            {
                if (!_byName.TryAdd(name, command))
                {
                    throw new InvalidOperationException($"Two debugger commands are spelled '{name}': {_byName[name].GetType().Name} and {command.GetType().Name}.");
                }
            }

            help.Add((string.Join(", ", command.Names), command.Help));
        }

        HelpLines = [.. help.OrderBy(h => h.Item1, StringComparer.Ordinal)];
    }

    /// <summary>Every command of this assembly.</summary>
    internal static KdCommandTable Default { get; } = new(typeof(KdCommand).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(KdCommand)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (KdCommand)Activator.CreateInstance(t)!));

    internal IReadOnlyList<(string Name, string Help)> HelpLines { get; }

    /// <summary>Runs one command (no ';' in it): finds it by its first word, or prints WinDbg's error.</summary>
    internal void Run(KdContext context, string command)
    {
        var (name, arguments) = KdCommandLine.NameAndArguments(command);
        if (name.Length == 0)
        {
            return;
        }

        // !ext.command names a loaded extension: its command, even if a built-in one has that name (docs/debugger.md, Extensions).
        if (!_byName.ContainsKey(name) && context.Session.Extensions.TryRunQualified(context, name, arguments))
        {
            return;
        }

        if (Find(name) is { } found)
        {
            if (context.Target.Live is null && !found.ReadsDumps)
            {
                // A command that runs, changes or watches the machine has nothing to act on in a dump.
                context.Error($"{name} needs a live machine: this session is on a crash dump ({context.Target.DumpPath}).");
                return;
            }

            context.Target.BeginCommand();
            found.Run(context, name.ToLowerInvariant(), arguments);
            return;
        }

        // Built-in commands first, then the loaded extensions.
        if (context.Session.Extensions.TryRun(context, name, arguments))
        {
            return;
        }

        if (name.StartsWith('!'))
        {
            // WinDbg, for an extension command no loaded extension exports.
            context.Line($"No export {name[1..]} found");
            return;
        }

        context.SyntaxError(command, 0);
    }

    private KdCommand? Find(string name)
    {
        if (_byName.TryGetValue(name, out var command))
        {
            return command;
        }

        // !wdfkd.wdfdevice may be typed !wdfdevice, and the other way round.
        if (name.StartsWith('!') && name.IndexOf('.', StringComparison.Ordinal) is var dot and > 0)
        {
            return _byName.GetValueOrDefault("!" + name[(dot + 1)..]);
        }

        return null;
    }
}
