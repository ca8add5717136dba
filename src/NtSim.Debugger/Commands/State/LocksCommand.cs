using System.Globalization;
using NtSim.Debugger.Commands.Threads;
using NtSim.Debugger.Engine;

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

    public override void Run(KdContext context, string name, string arguments)
    {
        var machine = context.Machine;
        var threads = KdThreads.All(machine);
        context.Line("**** DUMP OF ALL RESOURCE OBJECTS ****");
        context.Line("KD: Scanning for held locks...");
        context.Line();
        var resources = machine.ExecutiveResources.Snapshot();
        var held = 0;
        lock (machine.Scheduler.Lock)
        {
            foreach (var resource in resources)
            {
                if (resource.ExclusiveOwner == 0 && resource.SharedOwners.Count == 0)
                {
                    continue;
                }

                held++;
                PrintResource(context, resource);
            }
        }

        context.Line(string.Create(CultureInfo.InvariantCulture, $"{resources.Count} total locks, {held} locks currently held"));
        PrintSpinLocks(context, threads);
    }

    private static void PrintResource(KdContext context, ERESOURCE resource)
    {
        var exclusive = resource.ExclusiveOwner != 0;
        context.Line(exclusive
            ? $"Resource @ 0x{KdFormat.Hex64(resource.Address)}    Exclusively owned"
            : string.Create(CultureInfo.InvariantCulture, $"Resource @ 0x{KdFormat.Hex64(resource.Address)}    Shared {resource.SharedOwners.Count} owning threads"));
        var owners = exclusive
            ? [(resource.ExclusiveOwner, resource.ExclusiveCount)]
            : resource.SharedOwners.Select(o => (o.Key, o.Value)).ToList();
        context.Line("     Threads: " + string.Join(" ", owners.Select(o => string.Create(CultureInfo.InvariantCulture, $"{KdFormat.Hex64(o.Item1)}-{o.Item2:x2}<*>"))));
        var exclusiveWaiters = resource.ExclusiveWake.WaitList.Select(b => b.Thread).ToList();
        if (exclusiveWaiters.Count > 0)
        {
            context.Line("     Threads Waiting On Exclusive Access:");
            context.Line("              " + string.Join("       ", exclusiveWaiters.Select(t => KdFormat.Hex64(t.Address))));
        }

        if (resource.SharedWaitList.Count > 0)
        {
            context.Line("     Threads Waiting On Shared Access:");
            context.Line("              " + string.Join("       ", resource.SharedWaitList.Select(t => KdFormat.Hex64(t.Address))));
        }

        context.Line();
    }

    private static void PrintSpinLocks(KdContext context, IReadOnlyList<KTHREAD> threads)
    {
        // NtSim's section, in the shape of the resource dump: each held spin lock, its owner, the line that took it.
        context.Line();
        context.Line("**** HELD SPIN LOCKS ****");
        context.Line();
        var held = 0;
        foreach (var thread in threads)
        {
            for (var spinLock = thread.LastHeldSpinLock; spinLock is not null; spinLock = spinLock.HeldBefore)
            {
                held++;
                context.Line($"KSPIN_LOCK @ 0x{KdFormat.Hex64(spinLock.Address)}    Exclusively owned");
                context.Line($"     Threads: {KdFormat.Hex64(thread.Address)}-01<*>  ({thread})");
                if (spinLock.AcquiredFile.Length > 0)
                {
                    context.Line($"     Acquired at {SourceSite.Format(spinLock.AcquiredFile, spinLock.AcquiredLine)}");
                }

                context.Line();
            }
        }

        context.Line(string.Create(CultureInfo.InvariantCulture, $"{held} spin locks currently held"));
    }
}
