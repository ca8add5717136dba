using System.Globalization;

namespace NtSim.Debugger.Commands.Breakpoints;

/// <summary>The breakpoint list of <c>bc</c>, <c>bd</c>, <c>be</c>: ids, ranges (<c>1-3</c>), lists (<c>1 3</c> or <c>1,3</c>)
/// and <c>*</c> for all. Ids are decimal, as WinDbg lists them.</summary>
internal static class BreakpointIds
{
    /// <summary>The ids <paramref name="arguments"/> names among <paramref name="set"/>; null (and the bad word) when a word is not an id.</summary>
    internal static IReadOnlyList<int>? Parse(string arguments, IReadOnlyList<int> set, out string bad)
    {
        bad = "";
        var ids = new SortedSet<int>();
        foreach (var word in arguments.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == "*")
            {
                ids.UnionWith(set);
                continue;
            }

            var dash = word.IndexOf('-', 1);
            var (from, to) = dash > 0 ? (word[..dash], word[(dash + 1)..]) : (word, word);
            if (!int.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out var first)
                || !int.TryParse(to, NumberStyles.None, CultureInfo.InvariantCulture, out var last) || last < first)
            {
                bad = word;
                return null;
            }

            ids.UnionWith(set.Where(id => id >= first && id <= last));
        }

        return [.. ids];
    }
}
