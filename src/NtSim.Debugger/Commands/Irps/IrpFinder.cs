using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.Irps;

/// <summary>The IRPs a debugger can find: those allocated when the view was taken (the I/O manager's lookaside
/// lists hold the free ones), by address, from the target's <c>irps</c> view.</summary>
internal static class IrpFinder
{
    /// <summary>Every IRP in use, by address; null (and a line saying why) when a dump keeps no IRPs.</summary>
    internal static IReadOnlyList<KdIrpView>? InUse(KdContext context)
    {
        if (context.Target.Snapshot.Irps is { } irps)
        {
            return irps;
        }

        // NtSim's words: a small memory dump, as Windows', keeps no pool and so no IRPs.
        context.Error("This dump keeps no IRPs: a small memory dump holds no pool (open a kernel dump)");
        return null;
    }

    /// <summary>The address of stack location <paramref name="location"/> (1-based): they follow the
    /// 0xD0-byte IRP body, 0x48 bytes each (x64).</summary>
    internal static ulong LocationAddress(KdIrpView irp, int location) => irp.Address + 0xD0 + (ulong)((location - 1) * 0x48);
}
