using System.Runtime.CompilerServices;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.Memory;

/// <summary>
/// WinDbg's address range argument (Address and Address Range Syntax): <c>address</c> (the command's default count),
/// <c>address L count</c> (objects, not bytes), <c>address L? count</c> (no 256 MB limit), or <c>start end</c> (inclusive).
/// With no address a display command goes on where the last one ended, as WinDbg does.
/// </summary>
internal static class KdRange
{
    // "Typically, there is a range limit of 256 MB, because larger ranges are typographic errors" (the same page).
    private const ulong RangeLimit = 256UL << 20;

    private static readonly ConditionalWeakTable<KernelDebugger, StrongBox<ulong>> s_next = new();

    /// <summary>Parses <paramref name="arguments"/>; on a bad range prints WinDbg's error and returns false.</summary>
    internal static bool TryParse(KdContext context, string name, string arguments, int elementSize, ulong defaultCount,
        out ulong address, out ulong count)
    {
        address = 0;
        count = defaultCount;
        var command = KdErrors.Command(name, arguments);
        var words = KdCommandLine.Words(arguments);
        if (words.Count == 0)
        {
            if (!s_next.TryGetValue(context.Session, out var next))
            {
                // No previous display and no instruction pointer in NtSim to start from.
                context.SyntaxError(command, command.Length);
                return false;
            }

            address = next.Value;
            return true;
        }

        if (context.Evaluate(words[0]) is not { } start)
        {
            return false;
        }

        address = start;
        if (words.Count == 1)
        {
            return true;
        }

        var second = string.Join(' ', words.Skip(1));
        if (second[0] is 'L' or 'l')
        {
            var spec = second[1..].TrimStart();
            var unlimited = spec.StartsWith('?');
            spec = unlimited ? spec[1..].TrimStart() : spec;
            if (context.Evaluate(spec) is not { } objects)
            {
                return false;
            }

            if (objects == 0 || (!unlimited && objects > RangeLimit / (ulong)elementSize))
            {
                KdErrors.Caret(context, "Range error", command, command.Length - 1);
                return false;
            }

            count = objects;
            return true;
        }

        if (words.Count > 2)
        {
            context.SyntaxError(command, command.Length - 1);
            return false;
        }

        if (context.Evaluate(words[1]) is not { } end)
        {
            return false;
        }

        if (end < start || (end - start) / (ulong)elementSize >= RangeLimit / (ulong)elementSize)
        {
            KdErrors.Caret(context, "Range error", command, command.Length - 1);
            return false;
        }

        count = ((end - start) / (ulong)elementSize) + 1;
        return true;
    }

    /// <summary>Remembers where the display ended, for the next display command without an address.</summary>
    internal static void DisplayedUpTo(KdContext context, ulong next) =>
        s_next.AddOrUpdate(context.Session, new StrongBox<ulong>(next));
}
