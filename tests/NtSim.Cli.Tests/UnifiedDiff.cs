using System.Text;

namespace NtSim.Cli.Tests;

/// <summary>A short unified diff of two texts, line by line (a longest common subsequence), as `diff -u` prints it.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The hunks that turn <paramref name="expected"/> into <paramref name="actual"/>, at most
    /// <paramref name="maxLines"/> lines of them; empty when the texts are equal.</summary>
    internal static string Of(IReadOnlyList<string> expected, IReadOnlyList<string> actual, int maxLines = 60)
    {
        var edits = Edits(expected, actual);
        if (edits.All(e => e.Kind == ' '))
        {
            return "";
        }

        var lines = new List<string>();
        foreach (var (start, end) in Hunks(edits))
        {
            var first = edits[start];
            var oldCount = CountOf(edits, start, end, '+');
            var newCount = CountOf(edits, start, end, '-');
            lines.Add($"@@ -{Position(first.Old, oldCount)},{oldCount} +{Position(first.New, newCount)},{newCount} @@");
            lines.AddRange(edits.Skip(start).Take(end - start).Select(e => e.Kind + e.Text));
        }

        var text = new StringBuilder();
        foreach (var line in lines.Take(maxLines))
        {
            text.Append(line).Append('\n');
        }

        if (lines.Count > maxLines)
        {
            text.Append("... (").Append(lines.Count - maxLines).Append(" more diff lines)\n");
        }

        return text.ToString();
    }

    /// <summary>One line of the edit script: ' ' kept, '-' only in the expected text, '+' only in the actual one;
    /// Old and New are the zero-based line numbers it stands at in each text.</summary>
    private readonly record struct Edit(char Kind, string Text, int Old, int New);

    private static List<Edit> Edits(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        // lcs[i, j]: the longest common subsequence of the middles' tails from i and from j.
        var n = a.Count - prefix - suffix;
        var m = b.Count - prefix - suffix;
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var edits = new List<Edit>();
        for (var k = 0; k < prefix; k++)
        {
            edits.Add(new Edit(' ', a[k], k, k));
        }

        var (x, y) = (0, 0);
        while (x < n || y < m)
        {
            if (x < n && y < m && a[prefix + x] == b[prefix + y])
            {
                edits.Add(new Edit(' ', a[prefix + x], prefix + x, prefix + y));
                x++;
                y++;
            }
            else if (x < n && (y == m || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                edits.Add(new Edit('-', a[prefix + x], prefix + x, prefix + y));
                x++;
            }
            else
            {
                edits.Add(new Edit('+', b[prefix + y], prefix + x, prefix + y));
                y++;
            }
        }

        for (var k = 0; k < suffix; k++)
        {
            edits.Add(new Edit(' ', a[a.Count - suffix + k], a.Count - suffix + k, b.Count - suffix + k));
        }

        return edits;
    }

    /// <summary>Runs of changes with up to three kept lines around them; runs closer than that merge.</summary>
    private static IEnumerable<(int Start, int End)> Hunks(List<Edit> edits)
    {
        var changed = Enumerable.Range(0, edits.Count).Where(i => edits[i].Kind != ' ').ToList();
        var start = Math.Max(0, changed[0] - Context);
        var end = Math.Min(edits.Count, changed[0] + 1 + Context);
        foreach (var index in changed.Skip(1))
        {
            if (index - Context > end)
            {
                yield return (start, end);
                start = index - Context;
            }

            end = Math.Min(edits.Count, index + 1 + Context);
        }

        yield return (start, end);
    }

    private static int CountOf(List<Edit> edits, int start, int end, char excluded) =>
        edits.Skip(start).Take(end - start).Count(e => e.Kind != excluded);

    /// <summary>diff -u numbers lines from 1, and an empty range by the line before it.</summary>
    private static int Position(int zeroBased, int count) => count == 0 ? zeroBased : zeroBased + 1;
}
