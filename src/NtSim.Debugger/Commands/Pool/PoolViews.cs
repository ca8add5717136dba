using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Pool;

/// <summary>The target's pool view for the pool commands, and the blocks of a page read from memory.</summary>
internal static class PoolViews
{
    /// <summary>The pool view; null (and a line saying why) when a dump keeps none.</summary>
    internal static KdPoolView? Of(KdContext context)
    {
        if (context.Target.Snapshot.Pool is { } pool)
        {
            return pool;
        }

        // NtSim's words: a small memory dump, as Windows', keeps no pool.
        context.Error("This dump keeps no pool: a small memory dump holds none (open a kernel dump)");
        return null;
    }
}
