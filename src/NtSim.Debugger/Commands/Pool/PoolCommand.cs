using System.Globalization;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Pool;

/// <summary><c>!pool address [flags]</c>: the blocks of the pool page that holds the address, read from
/// their headers, the block holding the address marked with '*'; a big allocation is found in the big
/// pool table. Flag 2 prints the marked block only.</summary>
internal sealed class PoolCommand : KdCommand
{
    private const ulong OnlyTheBlock = 0x2;

    public override IReadOnlyList<string> Names { get; } = ["!pool"];

    public override string Help => "!pool <address> [flags]  the pool page's blocks, the one holding the address marked";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        var words = KdCommandLine.Words(arguments);
        if (words.Count is 0 or > 2)
        {
            // NtSim has no process heaps: the forms without an address (the heap summaries) do not apply.
            context.Error("Usage: !pool <address> [flags]");
            return;
        }

        if (context.Evaluate(words[0]) is not { } address)
        {
            return;
        }

        ulong flags = 0;
        if (words.Count == 2)
        {
            if (context.Evaluate(words[1]) is not { } value)
            {
                return;
            }

            flags = value;
        }

        if (PoolViews.Of(context) is not { } pool)
        {
            return;
        }

        var pageBase = address & ~MmLayout.PageMask;
        if (pool.PageAt(pageBase) is { } page)
        {
            PrintPage(context, page, address, flags);
            return;
        }

        context.Line($"Pool page {KdFormat.Hex64(address)} region is {Region(pool, address)}");
        context.Line($"{KdFormat.Hex64(pageBase)} is not a valid small pool allocation, checking large pool allocation table");
        if (pool.BigAllocations.FirstOrDefault(b => b.Contains(address)) is { } big)
        {
            // kdexts' line for a big allocation: the start, the tag and the size in bytes.
            context.Line(string.Create(CultureInfo.InvariantCulture,
                $"*{KdFormat.Hex64(big.Start)} : large page allocation, tag is {PoolTag.Format(big.Tag)}, size is 0x{big.Bytes:x} bytes"));
            return;
        }

        context.Line($"{KdFormat.Hex64(address)} is not a valid large pool allocation");
    }

    private static void PrintPage(KdContext context, KdPoolPageView page, ulong address, ulong flags)
    {
        context.Line($"Pool page {KdFormat.Hex64(address)} region is {(page.Paged ? "Paged pool" : "Nonpaged pool")}");
        var blocks = PoolBlock.Walk(context, page.Base, out var bad, out var unreadable);
        foreach (var block in blocks)
        {
            var marked = block.Contains(address);
            if (marked || (flags & OnlyTheBlock) == 0)
            {
                context.Line(block.Format(marked));
            }
        }

        if (bad is { } at)
        {
            // What kdexts says of a page whose header chain breaks (the blocks before it are listed).
            context.Line($"{KdFormat.Hex64(at)}: invalid pool header: the page's list of blocks is corrupt from here (BlockSize or PreviousSize do not chain)");
        }

        if (unreadable is { } missing)
        {
            // NtSim's words for a header the target cannot read (a page the dump did not keep).
            context.Line($"{KdFormat.Hex64(missing)}: unable to read the pool header (the page is not in memory)");
        }
    }

    private static string Region(KdPoolView pool, ulong address) =>
        pool.NonPaged.Contains(address) ? "Nonpaged pool" : pool.Paged.Contains(address) ? "Paged pool" : "Unknown";
}
