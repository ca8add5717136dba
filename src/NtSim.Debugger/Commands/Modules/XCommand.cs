using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Modules;

/// <summary><c>x module!pattern</c>: a module's routines whose names match, with their addresses and parameter types.</summary>
internal sealed class XCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["x"];

    public override string Help => "x <module>!<pattern>    a module's routines matching the pattern (Zero!Zero*)";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var bang = arguments.IndexOf('!', StringComparison.Ordinal);
        if (arguments.Length == 0 || bang <= 0 || arguments.Any(char.IsWhiteSpace))
        {
            // NtSim has no local scope to list: a symbol pattern needs its module.
            context.Error($"Couldn't resolve error at '{arguments}'");
            return;
        }

        var modulePattern = arguments[..bang];
        var pattern = arguments[(bang + 1)..];
        var modules = context.Target.Snapshot.Modules.Where(m => KdWildcard.Matches(modulePattern, m.Name)).ToList();
        if (modules.Count == 0)
        {
            context.Error($"Couldn't resolve error at '{arguments}'");
            return;
        }

        foreach (var symbol in modules.SelectMany(m => m.Symbols).Where(s => KdWildcard.Matches(pattern, s.Name)))
        {
            context.Line($"{KdFormat.Pointer(symbol.Address)} {symbol.FullName} {symbol.Signature}");
        }
    }
}
