using System.Globalization;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Pool;

/// <summary><c>!poolused [Flags [TagString]]</c>: per tag, the allocations outstanding and the bytes they
/// use in nonpaged and paged pool (the pool tracker's table), sorted by tag (flag 2: by nonpaged bytes,
/// flag 4: by paged bytes). NtSim has no pooltag.txt, so no description follows a row; it has no session
/// pool (flag 8).</summary>
internal sealed class PoolUsedCommand : KdCommand
{
    private const ulong Verbose = 0x1;
    private const ulong ByNonPaged = 0x2;
    private const ulong ByPaged = 0x4;
    private const ulong Session = 0x8;

    public override IReadOnlyList<string> Names { get; } = ["!poolused"];

    public override string Help => "!poolused [flags [tag]]  pool use per tag (2: sort by nonpaged bytes, 4: by paged bytes)";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var words = KdCommandLine.Words(arguments);
        ulong flags = 0;
        if (words.Count > 0)
        {
            if (context.Evaluate(words[0]) is not { } value)
            {
                return;
            }

            flags = value;
        }

        if ((flags & (ByNonPaged | ByPaged)) == (ByNonPaged | ByPaged) || flags > (Verbose | ByNonPaged | ByPaged | Session) || words.Count > 2)
        {
            // The documented rule: bits 1 and 2 cannot be used together.
            context.Error("Usage: !poolused [Flags [TagString]]  (flags 1 verbose, 2 sort by nonpaged, 4 sort by paged, not 2 with 4)");
            return;
        }

        if ((flags & Session) != 0)
        {
            context.Error("NtSim has no session pool: !poolused 8 has nothing to show");
            return;
        }

        PoolTagPattern? pattern = null;
        if (words.Count == 2 && (pattern = PoolTagPattern.Parse(words[1])) is null)
        {
            context.Error($"Invalid tag '{words[1]}': a tag is four characters, '*' and '?' as wildcards, or 0x<value>");
            return;
        }

        if (PoolViews.Of(context) is not { } pool)
        {
            return;
        }

        var rows = pool.Tags
            .Where(u => (u.Outstanding > 0 || u.NonPagedBytes > 0 || u.PagedBytes > 0) && (pattern is null || pattern.Matches(u.Tag)))
            .ToList();
        Print(context, Sort(rows, flags), flags);
    }

    private static List<KdPoolTagView> Sort(List<KdPoolTagView> rows, ulong flags)
    {
        if ((flags & ByNonPaged) != 0)
        {
            return [.. rows.OrderByDescending(r => r.NonPagedBytes).ThenBy(r => r.TagText, StringComparer.Ordinal)];
        }

        if ((flags & ByPaged) != 0)
        {
            return [.. rows.OrderByDescending(r => r.PagedBytes).ThenBy(r => r.TagText, StringComparer.Ordinal)];
        }

        return [.. rows.OrderBy(r => r.TagText, StringComparer.Ordinal)];
    }

    private static void Print(KdContext context, List<KdPoolTagView> rows, ulong flags)
    {
        // The sort headings of kdexts: "Sorting by  Tag", "NonPaged Pool Consumed", "Paged Pool Consumed".
        var by = (flags & ByNonPaged) != 0 ? "NonPaged Pool Consumed" : (flags & ByPaged) != 0 ? "Paged Pool Consumed" : "Tag";
        context.Line("   Sorting by  " + by);
        context.Line();
        context.Line("  Pool Used:");
        context.Line("            NonPaged            Paged");
        context.Line(" Tag    Allocs     Used    Allocs     Used");
        long nonPagedAllocs = 0, nonPagedBytes = 0, pagedAllocs = 0, pagedBytes = 0;
        foreach (var row in rows)
        {
            var np = row.NonPagedAllocs - row.NonPagedFrees;
            var p = row.PagedAllocs - row.PagedFrees;
            context.Line($" {row.TagText}{np,9}{row.NonPagedBytes,9}{p,10}{row.PagedBytes,9}");
            nonPagedAllocs += np;
            nonPagedBytes += row.NonPagedBytes;
            pagedAllocs += p;
            pagedBytes += row.PagedBytes;
        }

        context.Line(string.Create(CultureInfo.InvariantCulture, $" TOTAL{nonPagedAllocs,12}{nonPagedBytes,10}{pagedAllocs,10}{pagedBytes,9}"));
    }
}
