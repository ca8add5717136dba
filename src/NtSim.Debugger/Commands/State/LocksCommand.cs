using System.Globalization;
using NtSim.Debugger.Commands.Threads;
using NtSim.Debugger.Engine;
using NtSim.Debugger.Target.Views;

namespace NtSim.Debugger.Commands.State;

/// <summary>
/// <c>!locks</c>: the executive resources (ERESOURCE) held now, with their owners (<c>-01</c> the recursion
/// count, <c>&lt;*&gt;</c> an owner) and the threads waiting for them, then the total; then the spin locks held,
/// a section of NtSim's own in the same shape, with the driver line that acquired each.
/// Contention counts are left out (NtSim keeps none).
/// </summary>
internal sealed class LocksCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!locks"];

    public override string Help => "!locks                  the executive resources and spin locks held: owners, waiters";

    public override bool ReadsDumps => true;

    public override void Run(KdContext context, string name, string arguments)
    {
        if (context.Target.Snapshot.Locks is not { } locks)
        {
            KdThreads.NotInDump(context, "The locks");
            return;
        }

        context.Line("**** DUMP OF ALL RESOURCE OBJECTS ****");
        context.Line("KD: Scanning for held locks...");
        context.Line();
        foreach (var resource in locks.Held)
        {
            PrintResource(context, resource);
        }

        context.Line(string.Create(CultureInfo.InvariantCulture, $"{locks.Resources} total locks, {locks.Held.Count} locks currently held"));
        PrintSpinLocks(context, locks.SpinLocks);
    }

    private static void PrintResource(KdContext context, KdResourceView resource)
    {
        context.Line(resource.Exclusive
            ? $"Resource @ 0x{KdFormat.Hex64(resource.Address)}    Exclusively owned"
            : string.Create(CultureInfo.InvariantCulture, $"Resource @ 0x{KdFormat.Hex64(resource.Address)}    Shared {resource.Owners.Count} owning threads"));
        context.Line("     Threads: " + string.Join(" ", resource.Owners.Select(o => string.Create(CultureInfo.InvariantCulture, $"{KdFormat.Hex64(o.Thread)}-{o.Count:x2}<*>"))));
        if (resource.ExclusiveWaiters.Count > 0)
        {
            context.Line("     Threads Waiting On Exclusive Access:");
            context.Line("              " + string.Join("       ", resource.ExclusiveWaiters.Select(KdFormat.Hex64)));
        }

        if (resource.SharedWaiters.Count > 0)
        {
            context.Line("     Threads Waiting On Shared Access:");
            context.Line("              " + string.Join("       ", resource.SharedWaiters.Select(KdFormat.Hex64)));
        }

        context.Line();
    }

    private static void PrintSpinLocks(KdContext context, IReadOnlyList<KdSpinLockView> spinLocks)
    {
        // NtSim's section, in the shape of the resource dump: each held spin lock, its owner, the line that took it.
        context.Line();
        context.Line("**** HELD SPIN LOCKS ****");
        context.Line();
        foreach (var spinLock in spinLocks)
        {
            context.Line($"KSPIN_LOCK @ 0x{KdFormat.Hex64(spinLock.Address)}    Exclusively owned");
            context.Line($"     Threads: {KdFormat.Hex64(spinLock.Thread)}-01<*>  ({spinLock.ThreadName})");
            if (spinLock.AcquiredFile.Length > 0)
            {
                context.Line($"     Acquired at {SourceSite.Format(spinLock.AcquiredFile, spinLock.AcquiredLine)}");
            }

            context.Line();
        }

        context.Line(string.Create(CultureInfo.InvariantCulture, $"{spinLocks.Count} spin locks currently held"));
    }
}
