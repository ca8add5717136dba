using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Output;

/// <summary>
/// <c>.ofilter [/!] "String"</c>: the session shows only target output (DbgPrint) that contains the pattern (with
/// <c>/!</c>, only output that does not); <c>.ofilter ""</c> clears it; <c>.ofilter</c> alone prints it. The pattern is
/// kept upper case and matched case-insensitively, with <c>*</c> and <c>?</c> wildcards. Source: ".ofilter (Filter
/// Target Output)" (WinDbg docs). A console asks <see cref="Shows"/> before it prints a message.
/// </summary>
internal sealed class OutputFilterCommand : KdCommand
{
    private static readonly ConditionalWeakTable<KernelDebugger, Filter> s_filters = new();

    public override IReadOnlyList<string> Names { get; } = [".ofilter"];

    public override string Help => ".ofilter [/!] \"String\"  show only target output that contains (/!: lacks) String";

    public override void Run(KdContext context, string name, string arguments)
    {
        if (arguments.Length == 0)
        {
            // The docs give no layout for the current criteria: NtSim prints the pattern in quotes, with /! if reversed.
            var current = s_filters.TryGetValue(context.Session, out var filter) ? filter : null;
            context.Line(current is null ? "No output filter" : $"Output filter: {(current.Reversed ? "/! " : "")}\"{current.Pattern}\"");
            return;
        }

        var reversed = arguments.StartsWith("/!", StringComparison.Ordinal);
        var rest = reversed ? arguments[2..].Trim() : arguments;
        var pattern = rest.Length >= 2 && rest[0] == '"' && rest[^1] == '"' ? rest[1..^1] : rest;
        if (pattern.Length == 0)
        {
            s_filters.Remove(context.Session);
            return;
        }

        s_filters.AddOrUpdate(context.Session, new Filter(pattern.ToUpperInvariant(), reversed));
    }

    /// <summary>The session's output filter lets <paramref name="text"/> through.</summary>
    internal static bool Shows(KernelDebugger session, string text) =>
        !s_filters.TryGetValue(session, out var filter) || filter.Matches(text) != filter.Reversed;

    private sealed class Filter(string pattern, bool reversed)
    {
        private readonly Regex _regex = new(
            Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);

        internal string Pattern { get; } = pattern;

        internal bool Reversed { get; } = reversed;

        internal bool Matches(string text) => _regex.IsMatch(text);
    }
}
