using System.Globalization;
using NtSim.Debugger.Commands.Threads;
using NtSim.Debugger.Engine;

namespace NtSim.Debugger.Commands.State;

/// <summary>
/// <c>!locks</c>: the spin locks held now, each with its owner and the driver line that acquired it, in the
/// shape of WinDbg's resource dump (<c>Resource @ ... owning threads</c>, then the count). The machine keeps no
/// list of a driver's ERESOURCEs, so executive resources are not listed; the header says what is scanned.
/// </summary>
internal sealed class LocksCommand : KdCommand
{
    public override IReadOnlyList<string> Names { get; } = ["!locks"];

    public override string Help => "!locks                  the spin locks held: owner and the line that acquired each";

    public override void Run(KdContext context, string name, string arguments)
    {
        // NtSim's layout, after !locks' resource dump: one entry per held lock, the owner marked <*>.
        context.Line("**** DUMP OF ALL HELD SPIN LOCKS ****");
        context.Line("KD: Scanning for held locks...");
        context.Line();
        var held = 0;
        foreach (var thread in KdThreads.All(context.Machine))
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
