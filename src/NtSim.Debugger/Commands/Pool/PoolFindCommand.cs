using System.Globalization;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Pool;

/// <summary><c>!poolfind TagString [PoolType]</c>: every block of the tag in nonpaged (0, the default) or
/// paged (1) pool: the big pool table first, then the small blocks page by page, read from their headers.</summary>
internal sealed class PoolFindCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!poolfind"];

    public override string Help => "!poolfind <tag> [0|1]    every block of a tag in nonpaged (0) or paged (1) pool";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var words = KdCommandLine.Words(arguments);
        if (words.Count is 0 or > 2)
        {
            context.Error("Usage: !poolfind TagString [PoolType]  (PoolType 0 nonpaged, 1 paged)");
            return;
        }

        if (PoolTagPattern.Parse(words[0]) is not { } pattern)
        {
            context.Error($"Invalid tag '{words[0]}': a tag is four characters, '*' and '?' as wildcards, or 0x<value>");
            return;
        }

        ulong type = 0;
        if (words.Count == 2)
        {
            if (context.Evaluate(words[1]) is not { } value)
            {
                return;
            }

            type = value;
        }

        if (type > 1)
        {
            // 2 (special pool) and 4 (session pool) are pools NtSim does not keep apart.
            context.Error($"PoolType {type:x} is not searched here: 0 nonpaged pool, 1 paged pool");
            return;
        }

        if (PoolViews.Of(context) is { } pool)
        {
            Find(context, pool, pattern, paged: type == 1);
        }
    }

    private static void Find(KdContext context, KdPoolView pool, PoolTagPattern pattern, bool paged)
    {
        context.Line($"Scanning large pool allocation table for Tag: {pattern.Text}");
        context.Line();
        foreach (var big in pool.BigAllocations)
        {
            if (big.Paged == paged && pattern.Matches(big.Tag))
            {
                // Layout chosen here (not in the reference): the start, the tag, the size asked for.
                context.Line(string.Create(CultureInfo.InvariantCulture,
                    $"{KdFormat.Hex64(big.Start)} : tag {PoolTag.Format(big.Tag)}, size 0x{big.Bytes:x}, {(paged ? "Paged" : "Nonpaged")} pool"));
            }
        }

        var region = paged ? pool.Paged : pool.NonPaged;
        context.Line($"Searching {(paged ? "Paged" : "NonPaged")} pool ({KdFormat.Hex64(region.Start)} : {KdFormat.Hex64(region.End)}) for Tag: {pattern.Text}");
        context.Line();
        foreach (var page in pool.Pages.Where(p => p.Paged == paged).OrderBy(p => p.Base))
        {
            foreach (var block in PoolBlock.Walk(context, page.Base, out _, out _))
            {
                if (pattern.Matches(block.Tag))
                {
                    context.Line(block.Format(marked: false)[1..]);
                }
            }
        }
    }
}
