using System.Globalization;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Pool;

/// <summary><c>!pool address [flags]</c>: the blocks of the pool page that holds the address, read from
/// their headers, the block holding the address marked with '*'; a big allocation is found in the big
/// pool table. Flag 2 prints the marked block only.</summary>
internal sealed class PoolCommand : KdCommand
{
    private const ulong OnlyTheBlock = 0x2;

    public override IReadOnlyList<string> Names { get; } = ["!pool"];

    public override string Help => "!pool <address> [flags]  the pool page's blocks, the one holding the address marked";

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

        var pool = context.Machine.Pool;
        if (pool.PageAt(address) is { } page)
        {
            PrintPage(context, page, address, flags);
            return;
        }

        var pageBase = address & ~MmLayout.PageMask;
        context.Line($"Pool page {KdFormat.Hex64(address)} region is {Region(context, address)}");
        context.Line($"{KdFormat.Hex64(pageBase)} is not a valid small pool allocation, checking large pool allocation table");
        foreach (var (start, entry) in pool.BigAllocations())
        {
            if (address >= start && address < start + entry.PageBytes)
            {
                // kdexts' line for a big allocation: the start, the tag and the size in bytes.
                context.Line(string.Create(CultureInfo.InvariantCulture,
                    $"*{KdFormat.Hex64(start)} : large page allocation, tag is {PoolTag.Format(entry.Tag)}, size is 0x{entry.Bytes:x} bytes"));
                return;
            }
        }

        context.Line($"{KdFormat.Hex64(address)} is not a valid large pool allocation");
    }

    private static void PrintPage(KdContext context, PoolPage page, ulong address, ulong flags)
    {
        context.Line($"Pool page {KdFormat.Hex64(address)} region is {(page.Descriptor.Paged ? "Paged pool" : "Nonpaged pool")}");
        var blocks = PoolBlock.Walk(page, out var bad);
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
    }

    private static string Region(KdContext context, ulong address)
    {
        var memory = context.Machine.Memory;
        return memory.NonPagedPool.Contains(address) ? "Nonpaged pool" : memory.PagedPool.Contains(address) ? "Paged pool" : "Unknown";
    }
}
